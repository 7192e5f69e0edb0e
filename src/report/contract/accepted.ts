/** The accepted-drift part of the report contract: what the `accept` setting and the accept label covered. */
import Type, { type Static } from 'typebox';
import { definition, list, nullable, oneOf, text } from './common.js';

export const AcceptedItem = definition(
  'accepted',
  {
    column: nullable(text(), 'The accepted column (setting `accept`, `column:`), or null.'),
    check: nullable(
      text(),
      'The accepted check (`multivariate`, `images`, `target`, `performance`, `critical` or a data-quality check id), or null; both null: the accept label, which covers everything failing.',
    ),
    by: oneOf(
      ['config', 'label'],
      '`config`: an entry of the `accept` setting; `label`: the pull-request label (`accept-label`).',
    ),
    reason: text("Why the drift is intended: the entry's `reason`, or `pull request labelled '<label>'`."),
    until: nullable(
      Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
      'The last day (UTC) the entry applies, or null for no end.',
    ),
    status: oneOf(
      ['applied', 'unused', 'expired'],
      '`applied`: it covered what `covered` lists; `unused`: it matched nothing in this run; `expired`: `until` lies before the report date, so it did not apply and the run fails.',
    ),
    covered: list(
      text(),
      "What it covered, in words: the drifted columns' explanations, the failing checks' reasons, the data-quality errors' messages.",
    ),
    note: nullable(
      text(),
      'Why an unused entry matched nothing (e.g. the column is in neither dataset), or null.',
    ),
  },
  'One accepted item (setting `accept` or the pull-request label `accept-label`). Acceptance is applied after the verdict: a run whose every failure is covered passes; nothing is accepted silently.',
);
export interface AcceptedItem extends Static<typeof AcceptedItem> {}
