/** Image drift: reading image folders, per-image properties and the reconstruction-error test on pixels. */
export { decodeGray, type GrayImage, type ImageFormat, sniffFormat } from './decode.js';
export {
  DEFAULT_MAX_IMAGES,
  DEFAULT_WORST,
  type ImageDriftOk,
  type ImageDriftOptions,
  type ImageDriftResult,
  type ImageDriftSkipped,
  type ImageSideSummary,
  imageDrift,
  MIN_CANDIDATE_IMAGES,
  MIN_REFERENCE_IMAGES,
  type WorstImage,
} from './drift.js';
export {
  describePropertyChange,
  IMAGE_PROPERTIES,
  imagePropertyTables,
  type NumericImageProperty,
  propertyTable,
} from './properties.js';
export {
  BRIGHT_ABOVE,
  DARK_BELOW,
  DEFAULT_IMAGE_SIZE,
  type ImageReadError,
  type ImageRecord,
  type ImageSet,
  type ReadImageOptions,
  readImageFolder,
} from './read.js';
export { resizeArea } from './resize.js';
