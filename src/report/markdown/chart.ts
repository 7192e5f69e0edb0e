/** The mermaid bar chart of effect sizes against their minimum, for the markdown summary. */
import { escapeMermaidLabel } from '../escape.js';
import { formatChartValue, formatCount } from '../format.js';
import type { ColumnReport } from '../model.js';

/** Columns in the mermaid chart. */
const CHART_COLUMNS = 10;

/** The bar chart of effect sizes against thresholds, or '' when it would not help. */
export function chart(compared: readonly ColumnReport[]): string {
  const withEffect = compared.filter((c) => c.effectSize && Number.isFinite(c.effectSize.statistic));
  if (withEffect.length < 2) return '';
  const top = withEffect.slice(0, CHART_COLUMNS);
  const labels = top.map((c) => `"${escapeMermaidLabel(c.name)}"`);
  const bars = top.map((c) => formatChartValue(c.effectSize?.statistic ?? 0));
  const lines = top.map((c) => formatChartValue(c.effectSize?.threshold ?? 0));
  const max = Math.max(
    ...top.map((c) => Math.max(c.effectSize?.statistic ?? 0, c.effectSize?.threshold ?? 0)),
  );
  const yMax = max > 0 ? formatChartValue(max * 1.1, 2) : '1';
  return [
    '```mermaid',
    'xychart-beta',
    `  title "Effect size (bars) vs minimum effect (line), top ${formatCount(top.length)}"`,
    `  x-axis [${labels.join(', ')}]`,
    `  y-axis "effect size" 0 --> ${yMax}`,
    `  bar [${bars.join(', ')}]`,
    `  line [${lines.join(', ')}]`,
    '```',
    '',
  ].join('\n');
}
