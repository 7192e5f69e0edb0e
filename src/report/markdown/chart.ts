/**
 * The mermaid bar chart of effect sizes against their minimum, for the markdown summary: one bar
 * series per outcome (drifted red, warned yellow, stable green; mermaid's xychart overlays series,
 * and each column has a value in one series only), short unique labels, and a clipped axis when one
 * bar (a unit error) would flatten the rest. The note under the chart comes from report/wording.ts.
 */
import { escapeMermaidLabel } from '../escape.js';
import { formatChartValue } from '../format.js';
import type { ColumnReport } from '../model.js';
import { chartNoteText } from '../wording.js';
import { cell } from './cells.js';

/** Columns in the mermaid chart. */
const CHART_COLUMNS = 10;
/** Longest x-axis label, in characters (longer names keep their start and end). */
const LABEL_LENGTH = 18;
/** The axis is clipped when the largest bar is more than this many times the next bar (and the line). */
const CLIP_RATIO = 5;
/** Series colours: drifted, warned, stable bars, then the min-effect line (mermaid's plotColorPalette). */
/** Longest column name in the note under the chart. */
const MAX_NOTE_NAME = 60;
const PALETTE = '#cf222e, #bf8700, #2da44e, #57606a';

/** `sensor_temperature_left` -> `sensor_te..ure_left`: start and end of a long label. */
function shorten(label: string, max: number): string {
  if (label.length <= max) return label;
  const tail = Math.floor((max - 2) / 2);
  return `${label.slice(0, max - 2 - tail)}..${label.slice(label.length - tail)}`;
}

/**
 * Short labels, unique among the chart's columns: names sharing a long prefix keep their ends; any
 * labels still equal get ` 2`, ` 3`, ... (mermaid would merge equal categories into one bar).
 */
export function chartLabels(names: readonly string[], max = LABEL_LENGTH): string[] {
  const labels = names.map((name) => shorten(escapeMermaidLabel(name, 200), max));
  const seen = new Map<string, number>();
  return labels.map((label) => {
    const count = (seen.get(label) ?? 0) + 1;
    seen.set(label, count);
    return count === 1 ? label : `${label} ${count}`;
  });
}

/** The bar chart of effect sizes against thresholds, and the note under it; '' when it would not help. */
export function chart(compared: readonly ColumnReport[]): string {
  const withEffect = compared.filter((c) => c.effectSize && Number.isFinite(c.effectSize.statistic));
  if (withEffect.length < 2) return '';
  const top = withEffect.slice(0, CHART_COLUMNS);
  const effects = top.map((c) => c.effectSize?.statistic ?? 0);
  const thresholds = top.map((c) => c.effectSize?.threshold ?? 0);
  const order = [...effects].sort((a, b) => b - a);
  const others = Math.max(order[1] ?? 0, ...thresholds);
  const clipAt = order[0] > CLIP_RATIO * others && others > 0 ? others * 2 : null;
  const clippedNames: Array<{ name: string; value: number }> = [];
  const shown = effects.map((value, i) => {
    if (clipAt === null || value <= clipAt) return value;
    clippedNames.push({ name: top[i].name, value });
    return clipAt;
  });
  const labels = chartLabels(top.map((c) => c.name)).map((label) => `"${label}"`);
  const series = (pick: (c: ColumnReport) => boolean) =>
    `[${top.map((c, i) => (pick(c) ? formatChartValue(shown[i]) : '0')).join(', ')}]`;
  const max = Math.max(...shown, ...thresholds);
  const yMax = max > 0 ? formatChartValue(max * 1.1, 2) : '1';
  const lines = [
    '```mermaid',
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${PALETTE}"}}}}%%`,
    'xychart-beta',
    '  title "Effect size per column vs min-effect (line)"',
    `  x-axis [${labels.join(', ')}]`,
    `  y-axis "effect size" 0 --> ${yMax}`,
    `  bar ${series((c) => c.drift)}`,
    `  bar ${series((c) => !c.drift && c.outcome === 'warn')}`,
    `  bar ${series((c) => !c.drift && c.outcome !== 'warn')}`,
    `  line [${thresholds.map((t) => formatChartValue(t)).join(', ')}]`,
    '```',
    '',
  ];
  const note = chartNoteText(
    {
      shown: top.length,
      total: withEffect.length,
      clipped: clippedNames,
      clipAt,
      aboveLineNotDrifted: top.filter((c, i) => !c.drift && effects[i] >= thresholds[i]).map((c) => c.name),
    },
    (name) => `'${cell(name, MAX_NOTE_NAME)}'`,
  );
  return `${lines.join('\n')}\n<sub>${note}</sub>\n`;
}
