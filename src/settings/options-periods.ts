/**
 * Declarations of the options for scheduled monitoring over periods: how the candidate is cut into
 * periods (`period`, with the existing `time-column`), which period decides the run
 * (`fail-on-period`) and the history file that carries periods across runs (`history`).
 */
import { EVERYWHERE, setting } from './option-shape.js';
import { asEnum, asOptionalText } from './parse.js';

export const PERIOD_CHOICES = ['day', 'week', 'month', 'quarter', 'value'] as const;
export type PeriodUnit = (typeof PERIOD_CHOICES)[number];
export const FAIL_ON_PERIOD_CHOICES = ['latest', 'any'] as const;
export type FailOnPeriod = (typeof FAIL_ON_PERIOD_CHOICES)[number];

export const PERIOD_OPTIONS = [
  setting({
    key: 'period',
    field: 'period',
    default: null,
    form: '`day`, `week`, `month`, `quarter` or `value`',
    allowed: PERIOD_CHOICES,
    help: 'Cut the candidate into periods by `time-column`: day, week (ISO), month, quarter, or each value',
    description:
      'Cut one candidate file into periods by `time-column`: a datetime column by `day`, `week` (ISO week), `month` or `quarter`; `value` (and any unit for a text column) takes each distinct value as a period, in sorted order. A glob `candidate` of data files needs no `period`: each file is one period.',
    defaultText: 'off (one candidate)',
    exposed: EVERYWHERE,
    parse: (v, fail): PeriodUnit | null => {
      const text = asOptionalText(v, fail);
      return text === null ? null : asEnum(text, PERIOD_CHOICES, fail);
    },
  }),
  setting({
    key: 'fail-on-period',
    field: 'failOnPeriod',
    default: 'latest' as FailOnPeriod,
    form: '`latest` or `any`',
    allowed: FAIL_ON_PERIOD_CHOICES,
    help: 'With periods: fail on the latest period (or a jump starting in it), or on any period',
    description:
      'With periods: `latest` fails the run when the latest period fails or a sudden jump starts in it; `any` fails it when any period fails.',
    exposed: EVERYWHERE,
    parse: (v, fail): FailOnPeriod => asEnum(v, FAIL_ON_PERIOD_CHOICES, fail),
  }),
  setting({
    key: 'history',
    field: 'history',
    default: null,
    form: 'a path to a .jsonl file in the workspace',
    help: 'Append one line per run to this JSON-lines file and read earlier runs from it as periods',
    description:
      'A JSON-lines file in the workspace (e.g. `.drift/history.jsonl`): each run appends one line (time, candidate, per-period column effect sizes and verdicts) and reads the earlier lines as periods. Keep it by committing it back or with `actions/cache` (see README).',
    exposed: EVERYWHERE,
    parse: asOptionalText,
  }),
];
