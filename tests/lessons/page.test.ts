/**
 * Lesson pages for a class: the title and the point printed once, every fact as a plain sentence
 * (no internal names such as `topBroadcasterFollowerRank`), legends listing only the roles in the
 * picture, chart text at least 16 px, and a network layout in which the communities sit apart.
 */
import { describe, expect, it } from 'vitest';
import { LESSON_TEXT_SIZE, withLargerText } from '../../src/charts/common.js';
import { ModelError } from '../../src/errors.js';
import { factSentences } from '../../src/lessons/facts.js';
import { seededLayout } from '../../src/lessons/layout.js';
import { LESSONS, getLesson } from '../../src/lessons/registry.js';
import { lessonReportInput } from '../../src/lessons/report.js';
import { lessonWorld, runLesson } from '../../src/lessons/run-lesson.js';
import { renderReportHtml } from '../../src/report/render-report.js';

const results = LESSONS.map((l) => runLesson(l));

/** The page's visible text outside scripts (charts are drawn by the browser, not in the HTML). */
function pageText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<title>[\s\S]*?<\/title>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const count = (hay: string, needle: string) => hay.split(needle).length - 1;

describe('lesson pages', () => {
  it.each(results.map((r) => [r.lesson.id, r] as const))('%s: title and point once, every fact a plain sentence', (_, r) => {
    const html = renderReportHtml(lessonReportInput([r], `goodhart lesson ${r.lesson.id}`));
    const text = pageText(html);
    expect(count(text, r.lesson.title)).toBe(1);
    expect(count(text, r.lesson.point)).toBe(1);
    // Internal names are camelCase keys; a one-word key (e.g. `moved`) is plain English anyway.
    for (const key of Object.keys(r.finding.facts).filter((k) => /[A-Z]/.test(k))) expect(text, key).not.toContain(key);
    const sentences = factSentences(r.lesson.factText, r.finding.facts);
    expect(sentences).toHaveLength(Object.keys(r.finding.facts).length);
    for (const s of sentences) {
      expect(text).toContain(s);
      expect(s).not.toMatch(/\{%?\}|undefined|NaN/);
    }
    expect(html).toContain('id="projector-toggle"');
    // The explorer link: same folder, preset to this lesson's world and seed, its question shown.
    const href = /<a href="(explorer\.html#[^"]+)">Open this lesson&#39;s world in the explorer<\/a>/.exec(html)?.[1];
    expect(href).toBeDefined();
    const p = new URLSearchParams(href!.replace(/&amp;/g, '&').split('#')[1]);
    expect(p.get('lesson')).toBe(r.lesson.id);
    expect(p.get('seed')).toBe(String(r.world.seed));
    expect(p.get('question')).toBe(r.lesson.explorer.question);
    expect(text).toContain(r.lesson.explorer.question);
  });

  it('the all-lessons page prints each title and point once', () => {
    const text = pageText(renderReportHtml(lessonReportInput(results, 'goodhart lessons')));
    for (const r of results) {
      expect(count(text, r.lesson.point), r.lesson.id).toBe(1);
      expect(count(text, `. ${r.lesson.title}`), r.lesson.id).toBe(1);
    }
  });

  it('a fact without a sentence is refused, naming the fact', () => {
    expect(() => factSentences({ a: 'A is {}.' }, { a: 1, secretKey: 2 })).toThrow(ModelError);
    expect(() => factSentences({ a: 'A is {}.' }, { a: 1, secretKey: 2 })).toThrow(/secretKey/);
    expect(factSentences({ a: 'A is {}.', b: 'B is {%}.' }, { a: 1.23456, b: 0.938 })).toEqual(['A is 1.23.', 'B is 94%.']);
  });

  it('network legends list only the roles drawn', () => {
    for (const r of results) {
      const spec = r.picture as unknown as {
        datasets: { nodes: { role: string }[] };
        hconcat: { layer: { encoding?: { color?: { scale?: { domain: string[] } } } }[] }[];
      };
      const present = new Set(spec.datasets.nodes.map((n) => n.role));
      const domain = spec.hconcat[0]!.layer[1]!.encoding!.color!.scale!.domain;
      expect(new Set(domain), r.lesson.id).toEqual(present);
    }
    const silent = results.find((r) => r.lesson.id === 'silent-majority')!;
    expect(JSON.stringify(silent.picture)).not.toContain('"sybil"');
  });

  it('lesson charts: every font size at least 16 px, titles still larger than labels', () => {
    const sizes: number[] = [];
    const visit = (node: unknown, key: string): void => {
      if (Array.isArray(node)) {
        for (const v of node) visit(v, '');
      } else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) visit(v, k);
      else if (typeof node === 'number' && /fontSize$/i.test(key)) sizes.push(node);
    };
    const spec = withLargerText(results[4]!.finding.chart, LESSON_TEXT_SIZE) as {
      config: { title: { fontSize: number }; axis: { labelFontSize: number } };
    };
    visit(spec, '');
    expect(sizes.length).toBeGreaterThan(4);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(LESSON_TEXT_SIZE);
    expect(spec.config.title.fontSize).toBeGreaterThan(spec.config.axis.labelFontSize);
  });
});

describe('network layout', () => {
  /** Mean distance of an account to its community's centre over the mean distance between centres. */
  function spreadRatio(crossWeight?: number): number {
    const w = lessonWorld(getLesson('silent-majority'));
    const { hidden, observation } = w.result.final;
    const c = hidden.community;
    const lay = seededLayout(observation.follows, w.seed, { community: c, ...(crossWeight === undefined ? {} : { crossWeight }) });
    const k = Math.max(...c) + 1;
    const cx = new Float64Array(k);
    const cy = new Float64Array(k);
    const cn = new Float64Array(k);
    for (let i = 0; i < c.length; i++) {
      cx[c[i]!]! += lay.x[i]!;
      cy[c[i]!]! += lay.y[i]!;
      cn[c[i]!]! += 1;
    }
    for (let j = 0; j < k; j++) {
      cx[j]! /= cn[j]!;
      cy[j]! /= cn[j]!;
    }
    let within = 0;
    for (let i = 0; i < c.length; i++) within += Math.hypot(lay.x[i]! - cx[c[i]!]!, lay.y[i]! - cy[c[i]!]!) / c.length;
    let between = 0;
    let pairs = 0;
    for (let a = 0; a < k; a++)
      for (let b = a + 1; b < k; b++) {
        between += Math.hypot(cx[a]! - cx[b]!, cy[a]! - cy[b]!);
        pairs++;
      }
    return within / (between / pairs);
  }

  it('the six communities sit apart: each is tighter than a fifth of the distance between communities', () => {
    const ratio = spreadRatio(); // the default the lesson pictures use
    console.log(`spread ratio: ${ratio.toFixed(3)} (default cross weight), ${spreadRatio(1).toFixed(3)} (1)`);
    expect(ratio).toBeLessThan(0.2);
    // Equal pulls across and inside communities mix them more: the weight is part of what separates them.
    expect(spreadRatio(1)).toBeGreaterThan(1.5 * ratio);
  });

  it('refuses a cross weight outside (0, 1]', () => {
    const w = lessonWorld(getLesson('silent-majority'));
    expect(() => seededLayout(w.result.final.observation.follows, 1, { crossWeight: 0 })).toThrow(/crossWeight/);
  });
});
