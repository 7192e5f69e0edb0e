/** The HTML report's stylesheet (inline: the page loads nothing). Light and dark by the reader's setting. */
export const REFERENCE_COLOR = '#4c78a8';
export const CANDIDATE_COLOR = '#e45756';

export const STYLE = `
:root { --fg: #1f2328; --muted: #59636e; --bg: #fff; --card: #f6f8fa; --line: #d1d9e0;
  --fail: #cf222e; --warn: #9a6700; --pass: #1a7f37; --info: #0969da;
  --ref: ${REFERENCE_COLOR}; --cand: ${CANDIDATE_COLOR}; color-scheme: light dark; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --card: #151b23;
  --line: #3d444d; --fail: #f85149; --warn: #d29922; --pass: #3fb950; --info: #4493f8; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
main { max-width: 1180px; margin: 0 auto; padding: 20px 24px 40px; }
h1 { font-size: 22px; margin: 0 0 6px; display: flex; gap: 10px; align-items: baseline; flex-wrap: wrap; }
h2 { font-size: 18px; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 15px; margin: 0; overflow-wrap: anywhere; }
section > h3 { margin: 14px 0 6px; }
p { margin: 6px 0; }
.muted { color: var(--muted); }
.verdict { border-left: 6px solid var(--line); padding: 12px 16px; background: var(--card); border-radius: 6px; }
.verdict.fail { border-color: var(--fail); } .verdict.warn { border-color: var(--warn); } .verdict.pass { border-color: var(--pass); }
.verdict ul { margin: 8px 0 0; padding-left: 20px; }
.hint { margin: 8px 0 0; }
.sides { margin: 10px 0 0; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; font-weight: 600;
  color: #fff; background: var(--muted); white-space: nowrap; }
.badge.fail { background: var(--fail); } .badge.warn { background: var(--warn); } .badge.pass { background: var(--pass); }
.badge.info { background: var(--info); }
.big { font-size: 15px; padding: 2px 12px; }
table { border-collapse: collapse; margin: 6px 0 10px; font-size: 13px; }
th, td { border: 1px solid var(--line); padding: 3px 8px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: var(--card); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
a { color: var(--info); }
.legend { display: flex; gap: 16px; align-items: center; margin: 4px 0 10px; font-size: 13px; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; vertical-align: -1px; margin-right: 4px; }
.swatch.ref { background: var(--ref); opacity: .6; } .swatch.cand { background: var(--cand); }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(540px, 1fr)); gap: 14px; }
.card { background: var(--card); border: 1px solid var(--line); border-left: 5px solid var(--pass);
  border-radius: 6px; padding: 10px 14px; min-width: 0; }
.card.fail { border-left-color: var(--fail); grid-column: 1 / -1; }
.card.warn { border-left-color: var(--warn); }
.card header { display: flex; gap: 8px; align-items: baseline; flex-wrap: wrap; }
.card .explanation { font-size: 13px; overflow-wrap: anywhere; }
.card .body { display: flex; gap: 14px; flex-wrap: wrap; align-items: flex-start; }
.card .chart { flex: 1 1 420px; min-width: 0; }
.card.fail .chart { flex-basis: 640px; }
.card.pass .body { display: block; }
.card .stats { flex: 0 1 260px; }
.card .stats table { width: 100%; }
.card .tests { font-size: 12px; color: var(--muted); margin-top: 4px; }
svg.chart { width: 100%; height: auto; display: block; }
svg.chart text { font: 11px sans-serif; fill: var(--muted); }
svg.chart .axis { stroke: var(--line); }
svg.chart .ref { fill: var(--ref); fill-opacity: .55; }
svg.chart .cand { fill: var(--cand); fill-opacity: .85; }
svg.chart .cand-line { fill: none; stroke: var(--cand); stroke-width: 2; }
svg.chart .cand-area { fill: var(--cand); fill-opacity: .15; }
.thumbs { display: flex; flex-wrap: wrap; gap: 10px; }
.thumbs figure { margin: 0; width: 96px; font-size: 11px; text-align: center; overflow-wrap: anywhere; }
.thumbs img { width: 84px; height: 84px; image-rendering: pixelated; border: 1px solid var(--line); background: #000; }
details summary { cursor: pointer; font-weight: 600; margin: 6px 0; }
footer { margin-top: 30px; font-size: 12px; color: var(--muted); }
`;
