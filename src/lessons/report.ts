/**
 * The lessons report: one self-contained HTML page (src/report, lesson variant with a projector
 * mode) with, per lesson, the point, the network picture, the one chart that makes the point, its
 * numbers as plain sentences, what to ask the class, and a link into the explorer preset to its world;
 * plus every chart as `.vl.json`, `.svg` and `.png` (src/charts renderer) and `facts.json`.
 *
 *   LessonResult[] ─▶ report sections ─▶ report.html
 *                  ─▶ <lesson>/network.*, <lesson>/point.* ─▶ facts.json, manifest.json
 *
 * Every file is returned in one map so the caller writes the directory atomically.
 */
import { LESSON_TEXT_SIZE, withLargerText } from '../charts/common.js';
import { chartFiles } from '../charts/render.js';
import { manifest } from '../io/manifest.js';
import { renderReportHtml, type ReportInput, type ReportSection } from '../report/render-report.js';
import { explorerLink } from './explorer-link.js';
import { factSentences } from './facts.js';
import type { LessonResult } from './run-lesson.js';

/**
 * The report's sections and header for lesson results (one or more). Each lesson's title and point
 * are printed once (the page title for a single lesson, the lesson's first heading otherwise), then
 * one idea per section, so the projector mode shows one per screen: what happens, the network,
 * the chart, the numbers as plain sentences, and what to ask the class. Chart text is at least
 * {@link LESSON_TEXT_SIZE} px.
 */
export function lessonReportInput(results: readonly LessonResult[], command: string): ReportInput {
  const sections: ReportSection[] = [];
  const single = results.length === 1 ? results[0]! : undefined;
  results.forEach((r, i) => {
    const { lesson, finding } = r;
    const n = single ? '' : `${i + 1}. `;
    const sub = (what: string) => (single ? what : `${i + 1}. ${what}`);
    const inRun = `In this run (seed ${r.world.seed}): ${finding.summary}`;
    sections.push(
      single
        ? { heading: 'What happens', text: `${lesson.story}\n\n${inRun}` }
        : { heading: `${n}${lesson.title}`, text: `The point: ${lesson.point}\n\n${lesson.story}\n\n${inRun}` },
    );
    sections.push({
      heading: sub('The network'),
      text:
        'Every dot is an account, every line a follow; accounts that follow each other a lot sit together, so each cluster is a community. ' +
        `Colours are roles. On the left a dot's size is its ${lesson.scorers[0]} score, what a platform shows; on the right its true ` +
        'influence, the real people one of its messages moves.',
      chart: withLargerText(r.picture, LESSON_TEXT_SIZE),
    });
    sections.push({ heading: sub('The chart'), chart: withLargerText(finding.chart, LESSON_TEXT_SIZE) });
    if (finding.interactive) {
      sections.push({ heading: sub(finding.interactive.heading), text: finding.interactive.text, html: finding.interactive.html });
    }
    sections.push({
      heading: sub(`The numbers ${finding.holds ? '✓' : '✗'}`),
      text: finding.holds ? 'In this run the point holds (✓).' : 'In this run the point does not hold (✗): ask the class why.',
      list: factSentences(lesson.factText, finding.facts),
    });
    sections.push({ heading: sub('What to ask the class'), text: lesson.ask });
    sections.push({
      heading: sub('Explore it yourself'),
      text:
        `Open this world in the explorer, with the question "${lesson.explorer.question}" shown above it: change one setting ` +
        'at a time and watch the score and the truth. The link holds every setting, so you can share it.',
      links: [{ text: "Open this lesson's world in the explorer", href: explorerLink(lesson, r.world.seed) }],
    });
  });
  return {
    title: single ? `Lesson: ${single.lesson.title}` : 'Goodhart classroom lessons',
    story: single
      ? `The point: ${single.lesson.point}`
      : 'Small worlds, one point each, from the story of influence scores: ' +
        results.map((r) => r.lesson.title.toLowerCase()).join('; ') +
        '. Each runs in seconds with the seed shown.',
    sections,
    command,
    manifest: manifestFields(results, command),
    variant: 'lesson',
  };
}

function manifestFields(results: readonly LessonResult[], command: string): Record<string, unknown> {
  return JSON.parse(
    manifest({ command, seed: results.map((r) => r.world.seed), parameters: results.map((r) => r.world.config), outputs: [] }),
  ) as Record<string, unknown>;
}

/**
 * Every file of the lessons report by relative path: `report.html`, `manifest.json`, `facts.json`,
 * and `<lesson>/network.{vl.json,svg,png}`, `<lesson>/point.{vl.json,svg,png}`.
 * @param command the command line that reproduces the report (shown in it and in manifest.json).
 * @param extra further files written beside them and listed in the manifest (the CLI adds the
 *   explorer page, `explorer.html`, that every lesson's "explore it yourself" link opens).
 */
export async function lessonReportFiles(
  results: readonly LessonResult[],
  command: string,
  extra: ReadonlyMap<string, string | Uint8Array> = new Map(),
): Promise<Map<string, string | Uint8Array>> {
  const files = new Map<string, string | Uint8Array>(extra);
  files.set('report.html', renderReportHtml(lessonReportInput(results, command)));
  for (const r of results) {
    for (const [name, spec] of [
      ['network', withLargerText(r.picture, LESSON_TEXT_SIZE)],
      ['point', withLargerText(r.finding.chart, LESSON_TEXT_SIZE)],
    ] as const) {
      for (const [file, content] of await chartFiles(name, spec)) files.set(`${r.lesson.id}/${file}`, content);
    }
  }
  const facts = results.map((r) => ({
    lesson: r.lesson.id,
    seed: r.world.seed,
    point: r.lesson.point,
    holds: r.finding.holds,
    summary: r.finding.summary,
    facts: r.finding.facts,
  }));
  files.set('facts.json', `${JSON.stringify(facts, null, 2)}\n`);
  const outputs = [...files.keys(), 'manifest.json'];
  files.set(
    'manifest.json',
    manifest({
      command,
      seed: results.map((r) => r.world.seed),
      parameters: results.map((r) => ({ lesson: r.lesson.id, config: r.world.config })),
      outputs,
    }),
  );
  return files;
}
