/**
 * The report's stylesheet: system fonts, one readable column, charts drawn at their own size (never
 * shrunk below their 13 px text: a chart wider than the column scrolls inside it), tables whose
 * headers wrap and whose first column stays in view when a wide table scrolls inside its box.
 */
export const REPORT_CSS = `
:root { color-scheme: light; --fg: #1d232a; --muted: #5b6670; --line: #e3e7eb; --accent: #2f6fa3; --bg-soft: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--fg); background: #fff;
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .75rem; }
h2 { font-size: 1.3rem; margin: 2.5rem 0 .5rem; padding-top: .5rem; border-top: 1px solid var(--line); }
p { margin: .5rem 0 1rem; }
.story { font-size: 1.05rem; }
.meta { color: var(--muted); font-size: .9rem; }
figure { margin: 1rem 0 1.5rem; }
.chart { width: 100%; min-height: 200px; overflow-x: auto; }
figcaption { color: var(--muted); font-size: .92rem; margin-top: .35rem; }
.table-wrap { overflow-x: auto; margin: 1rem 0; max-width: 100%; }
table { border-collapse: collapse; font-size: .88rem; font-variant-numeric: tabular-nums; }
th, td { padding: .35rem .6rem; border-bottom: 1px solid var(--line); text-align: right; }
td { white-space: normal; }
td.num { white-space: nowrap; }
th { white-space: normal; min-width: 5.5rem; vertical-align: bottom; }
th:first-child, td:first-child { text-align: left; position: sticky; left: 0; background: #fff; }
td:first-child { white-space: normal; min-width: 9rem; }
th, th:first-child { background: var(--bg-soft); font-weight: 600; }
pre { background: var(--bg-soft); border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem;
  overflow-x: auto; font: .85rem/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; font-size: .92rem; }
dt { color: var(--muted); }
dd { margin: 0; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; overflow-wrap: anywhere; }
details summary { cursor: pointer; color: var(--accent); }
footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; }
@media (max-width: 600px) { main { padding: 1rem .75rem 3rem; } h1 { font-size: 1.5rem; } }
`;
