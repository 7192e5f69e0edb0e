/**
 * The whole pipeline shared by the action and the CLI: settings -> load both sides (the reference
 * possibly at a git revision) -> compare -> Report. The only I/O here is reading the inputs;
 * publishing is the adapters' job.
 */
import { DATA_FILE_EXTENSIONS, isDataFileName } from '../data/formats/detect.js';
import { type DataSource, loadTables } from '../data/load.js';
import { UserInputError } from '../errors.js';
import { imageDrift } from '../images/drift.js';
import {
  IMAGE_FILE_EXTENSIONS,
  type ImageSet,
  isImageFileName,
  readImageFolder,
  readImageGlob,
} from '../images/read.js';
import { imageThumbnails } from '../images/thumbnails.js';
import { readFileAtRevision } from '../inputs/git.js';
import { isFolder, isPattern, type LocatedInput, locateInput } from '../inputs/locate.js';
import type { ImageThumbnails } from '../report/html.js';
import type { Report } from '../report/model.js';
import type { Settings } from '../settings/settings.js';
import { compareTables, compareTablesWith } from './compare.js';
import { columnWork, compareWorkerPath, runJointChecks } from './joint.js';
import { runPeriods, usesPeriods } from './periods.js';
import { columnTypeOverrides, type PipelineContext } from './pipeline-context.js';
import { compareWithProfile } from './profile/compare.js';
import { readProfileIfAny } from './profile/read.js';

export { columnTypeOverrides, type PipelineContext } from './pipeline-context.js';

/** What a run makes beside the report, for the HTML report: image thumbnails (image folders only). */
export interface PipelineArtifacts {
  thumbnails?: ImageThumbnails;
}

/** Read both datasets and compare them. Throws UserInputError for anything wrong with the inputs. */
export async function runPipeline(settings: Settings, context: PipelineContext): Promise<Report> {
  return (await runPipelineWithArtifacts(settings, context)).report;
}

/** runPipeline, and what the HTML report shows beside the report (thumbnails of image runs). */
export async function runPipelineWithArtifacts(
  settings: Settings,
  context: PipelineContext,
): Promise<{ report: Report; artifacts: PipelineArtifacts }> {
  if (usesPeriods(settings)) return { report: await runPeriods(settings, context), artifacts: {} };
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
  return { report: await compareDataFiles(reference, candidate, settings, context), artifacts: {} };
}

/** Two data files (the reference possibly at a git revision). */
async function compareDataFiles(
  reference: LocatedInput,
  candidate: LocatedInput,
  settings: Settings,
  context: PipelineContext,
): Promise<Report> {
  let referenceSource: DataSource = { label: reference.label, path: reference.absolute };
  if (context.referenceRevision) {
    const bytes = await readFileAtRevision({
      cwd: context.root,
      revision: context.referenceRevision,
      path: reference.label,
    });
    referenceSource = {
      label: `${reference.label}@${context.referenceRevision.slice(0, 12)}`,
      name: reference.label,
      bytes,
    };
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
      handParseWorkerTo: compareWorkerPath(context.workers?.compare) ?? undefined,
    },
  );
  // the row and multivariate checks run in a worker thread, and on large tables shares of the
  // column tests in others, while this one runs the rest of the column tests
  return compareTablesWith(
    tables.reference,
    tables.candidate,
    settings,
    { referenceRevision: context.referenceRevision, labels: context.labels },
    (reference, candidate, request, share) =>
      runJointChecks(reference, candidate, request, context.workers?.compare, share),
    columnWork(context.workers?.compare),
  );
}

/** What a pattern may name, for messages: data files (the candidate's periods) or images. */
const ACCEPTED_PATTERNS =
  `give a pattern of data files (${DATA_FILE_EXTENSIONS.join(', ')}, optionally ending in .gz or .zst) ` +
  `as the candidate, one period per file, beside one reference file; or patterns of images ` +
  `(${IMAGE_FILE_EXTENSIONS.join(', ')}) on both sides`;

/**
 * Rejects the patterns this image comparison was handed by mistake: one ending in an extension
 * that is neither a data format's nor an image's (`data/*.xyz`), and a reference pattern of data
 * files. An extension with glob characters (`*.[pP][nN][gG]`) is left to the image reader.
 */
function checkPatternExtensions(paths: readonly string[], patterns: readonly boolean[]): void {
  ['reference', 'candidate'].forEach((what, side) => {
    if (!patterns[side]) return;
    const pattern = paths[side];
    const extension = /\.[A-Za-z0-9_-]+$/.exec(pattern.replace(/^.*[\\/]/, ''))?.[0];
    if (extension === undefined || isImageFileName(pattern)) return;
    if (!isDataFileName(pattern)) {
      throw new UserInputError(
        `'${what}' pattern ${pattern} names ${extension} files, which drift-gate does not read: ${ACCEPTED_PATTERNS}`,
      );
    }
    // a candidate pattern of data files runs as periods (usesPeriods), so only the reference gets here
    throw new UserInputError(
      `'reference' pattern ${pattern} names data files, but the reference is one data file: only the candidate can be a pattern of data files (one period per file)`,
    );
  });
}

/** Both sides as glob patterns of image files, e.g. `images/train/*.png`. */
async function compareImageGlobs(
  settings: Settings,
  context: PipelineContext,
  patterns: boolean[],
): Promise<{ report: Report; artifacts: PipelineArtifacts }> {
  const [reference, candidate] = [settings.reference as string, settings.candidate as string];
  checkPatternExtensions([reference, candidate], patterns);
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
): Promise<{ report: Report; artifacts: PipelineArtifacts }> {
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
): { report: Report; artifacts: PipelineArtifacts } {
  const { properties, ...images } = imageDrift(referenceSet, candidateSet, {
    varianceShare: settings.multivariateVarianceShare,
    minIncrease: settings.multivariateMinIncrease,
  });
  const thumbnails = imageThumbnails(referenceSet, candidateSet, images.status === 'ok' ? images.worst : []);
  const report = compareTables(
    properties.reference,
    properties.candidate,
    { ...settings, multivariate: false },
    {
      rowChecks: false,
      images,
      labels: context.labels,
    },
  );
  return { report, artifacts: { thumbnails } };
}
