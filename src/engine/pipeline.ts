/**
 * The whole pipeline shared by the action and the CLI: settings -> load both sides (the reference
 * possibly at a git revision) -> compare -> Report. The only I/O here is reading the inputs;
 * publishing is the adapters' job.
 */
import { type DataSource, loadTables } from '../data/load.js';
import type { ColumnType } from '../data/table.js';
import { UserInputError } from '../errors.js';
import { imageDrift } from '../images/drift.js';
import { type ImageSet, readImageFolder, readImageGlob } from '../images/read.js';
import { readFileAtRevision } from '../inputs/git.js';
import { isFolder, isPattern, type LocatedInput, locateInput } from '../inputs/locate.js';
import type { Report } from '../report/model.js';
import type { Settings } from '../settings/settings.js';
import type { WorkerOverrides } from '../workers/worker-file.js';
import { compareTables, compareTablesWith } from './compare.js';
import { runJointChecks } from './joint.js';
import { compareWithProfile } from './profile/compare.js';
import { readProfileIfAny } from './profile/read.js';

export interface PipelineContext {
  /** Directory relative paths are resolved against (the workspace for the action, cwd for the CLI). */
  readonly root: string;
  /** Reject absolute paths and paths outside `root` (the action does; the CLI does not). */
  readonly confineToRoot: boolean;
  /** The revision to read the reference at, already resolved (e.g. `base` -> the base sha), or null. */
  readonly referenceRevision: string | null;
  /** Worker files instead of the built ones (a path, or `off`); the adapters read them from the environment. */
  readonly workers?: WorkerOverrides;
  /** The pull request's labels (the action reads them from the event payload; the CLI has none). */
  readonly labels?: readonly string[];
}

/** Per-column type overrides: `categorical-columns` first, then each column's own `type`. */
export function columnTypeOverrides(settings: Settings): Record<string, ColumnType> {
  const types: Record<string, ColumnType> = {};
  for (const name of settings.categoricalColumns) types[name] = 'categorical';
  for (const [name, own] of Object.entries(settings.columnSettings)) if (own.type) types[name] = own.type;
  return types;
}

/** Read both datasets and compare them. Throws UserInputError for anything wrong with the inputs. */
export async function runPipeline(settings: Settings, context: PipelineContext): Promise<Report> {
  const patterns = [settings.reference, settings.candidate].map((path) => path !== null && isPattern(path));
  if (patterns[0] || patterns[1]) return compareImageGlobs(settings, context, patterns);
  const reference = locateInput(settings.reference, 'reference', context);
  const candidate = locateInput(settings.candidate, 'candidate', context);
  const folders = [isFolder(reference.absolute), isFolder(candidate.absolute)];
  if (folders[0] || folders[1]) {
    if (!(folders[0] && folders[1])) {
      const [folder, file] = folders[0] ? [reference, candidate] : [candidate, reference];
      throw new UserInputError(
        `${folder.label} is a folder (of images) but ${file.label} is not: give two folders of images or two data files`,
      );
    }
    if (context.referenceRevision) {
      throw new UserInputError(
        'reference-ref reads a file at a git revision; it does not apply to image folders',
      );
    }
    return compareImageFolders(reference, candidate, settings, context);
  }
  let referenceSource: DataSource = { label: reference.label, path: reference.absolute };
  if (context.referenceRevision) {
    const bytes = await readFileAtRevision({
      cwd: context.root,
      revision: context.referenceRevision,
      path: reference.label,
    });
    referenceSource = { label: `${reference.label}@${context.referenceRevision.slice(0, 12)}`, bytes };
  }
  const profile = await readProfileIfAny(referenceSource);
  if (profile !== null) {
    return compareWithProfile({
      profile,
      profileLabel: referenceSource.label,
      candidate: { label: candidate.label, path: candidate.absolute },
      settings,
      columnTypes: columnTypeOverrides(settings),
      meta: { referenceRevision: context.referenceRevision, labels: context.labels },
    });
  }
  const tables = await loadTables(
    referenceSource,
    { label: candidate.label, path: candidate.absolute },
    {
      delimiter: settings.delimiter ?? undefined,
      missingValues: settings.missingValues,
      columnTypes: columnTypeOverrides(settings),
      worker: context.workers?.parse,
    },
  );
  // the row and multivariate checks run in a worker thread while this one runs the column tests
  return compareTablesWith(
    tables.reference,
    tables.candidate,
    settings,
    { referenceRevision: context.referenceRevision, labels: context.labels },
    (reference, candidate, request) =>
      runJointChecks(reference, candidate, request, context.workers?.compare),
  );
}

/** Both sides as glob patterns of image files, e.g. `images/train/*.png`. */
async function compareImageGlobs(
  settings: Settings,
  context: PipelineContext,
  patterns: boolean[],
): Promise<Report> {
  const [reference, candidate] = [settings.reference as string, settings.candidate as string];
  if (!(patterns[0] && patterns[1])) {
    const [glob, other] = patterns[0] ? [reference, candidate] : [candidate, reference];
    throw new UserInputError(
      `${glob} is a pattern of image files but ${other} is not: give two patterns (or two folders)`,
    );
  }
  if (context.referenceRevision) {
    throw new UserInputError(
      'reference-ref reads a file at a git revision; it does not apply to image patterns',
    );
  }
  const confineToRoot = context.confineToRoot;
  const [referenceSet, candidateSet] = await Promise.all([
    readImageGlob(reference, context.root, { size: settings.imageSize, confineToRoot, what: 'reference' }),
    readImageGlob(candidate, context.root, { size: settings.imageSize, confineToRoot, what: 'candidate' }),
  ]);
  return compareImageSets(referenceSet, candidateSet, settings, context);
}

/** Both sides as folders of images (read recursively). */
async function compareImageFolders(
  reference: LocatedInput,
  candidate: LocatedInput,
  settings: Settings,
  context: PipelineContext,
): Promise<Report> {
  const [referenceSet, candidateSet] = await Promise.all([
    readImageFolder(reference.absolute, { size: settings.imageSize }),
    readImageFolder(candidate.absolute, { size: settings.imageSize }),
  ]);
  return compareImageSets(
    { ...referenceSet, source: reference.label },
    { ...candidateSet, source: candidate.label },
    settings,
    context,
  );
}

/**
 * Image sets: reconstruction error on the pixels (imageDrift) and the per-image properties
 * (brightness, contrast, size, format, ...) compared as columns with the usual tests.
 */
function compareImageSets(
  referenceSet: ImageSet,
  candidateSet: ImageSet,
  settings: Settings,
  context: PipelineContext,
): Report {
  const { properties, ...images } = imageDrift(referenceSet, candidateSet, {
    varianceShare: settings.multivariateVarianceShare,
    minIncrease: settings.multivariateMinIncrease,
  });
  return compareTables(
    properties.reference,
    properties.candidate,
    { ...settings, multivariate: false },
    {
      rowChecks: false,
      images,
      labels: context.labels,
    },
  );
}
