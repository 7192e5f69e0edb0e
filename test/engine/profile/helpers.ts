/** Shared by the profile tests: raw and profile-based reports of the same pair of files. */
import { loadTables } from '../../../src/data/load.js';
import { readAndScan } from '../../../src/data/read.js';
import { compareTables } from '../../../src/engine/compare.js';
import { columnTypeOverrides } from '../../../src/engine/pipeline.js';
import { buildProfile, type ProfileOptions } from '../../../src/engine/profile/build.js';
import { compareWithProfile } from '../../../src/engine/profile/compare.js';
import { parseProfile } from '../../../src/engine/profile/format.js';
import type { ProfileFile, Report } from '../../../src/report/model.js';
import { resolveSettings, type Settings } from '../../../src/settings/settings.js';

export const settingsOf = (values: Record<string, unknown> = {}): Settings =>
  resolveSettings([{ source: 'test', values }]);

export type Side = { label: string; path?: string; bytes?: Uint8Array };

/** The profile of one file, written to JSON and read back (what a user's file holds). */
export async function profileOf(
  side: Side,
  settings: Settings,
  options: Omit<ProfileOptions, 'settings'> = {},
): Promise<ProfileFile> {
  const raw = await readAndScan(side, {
    delimiter: settings.delimiter ?? undefined,
    missingValues: settings.missingValues,
    columnTypes: columnTypeOverrides(settings),
  });
  const profile = buildProfile(raw, { ...options, settings }, new Date(0));
  return parseProfile(JSON.stringify(profile), 'test.profile.json');
}

export async function rawReport(reference: Side, candidate: Side, settings: Settings): Promise<Report> {
  const tables = await loadTables(reference, candidate, {
    worker: 'off',
    delimiter: settings.delimiter ?? undefined,
    missingValues: settings.missingValues,
    columnTypes: columnTypeOverrides(settings),
  });
  return compareTables(tables.reference, tables.candidate, settings, { now: new Date(0) });
}

export async function profileReport(
  reference: Side,
  candidate: Side,
  settings: Settings,
  options: Omit<ProfileOptions, 'settings'> & { maxPseudoRows?: number } = {},
): Promise<{ report: Report; profile: ProfileFile }> {
  const profile = await profileOf(reference, settings, options);
  const report = await compareWithProfile({
    profile,
    profileLabel: reference.label,
    candidate,
    settings,
    columnTypes: columnTypeOverrides(settings),
    meta: { now: new Date(0) },
    maxPseudoRows: options.maxPseudoRows,
  });
  return { report, profile };
}
