/**
 * The action's only way to the runner's log: @actions/core's info / notice / warning / error /
 * setFailed with every message and annotation title passed through `forLog` first, so data
 * (column names, category values, file names, API answers) can never start a workflow command
 * (`::add-mask::`, `::warning ...`) or flood the log. @actions/core escapes `%`, `\r`, `\n` in
 * annotation messages but writes `info` text as is.
 */
import * as core from '@actions/core';
import { forLog, forLogLines, MAX_LOG_VALUE } from '../report/escape.js';

/** Longest annotation title, in code points (GitHub shows a short title above the message). */
export const MAX_ANNOTATION_TITLE = 100;

export interface AnnotationPlace {
  readonly title?: string;
  readonly file?: string;
}

function annotation(place: AnnotationPlace | undefined): core.AnnotationProperties | undefined {
  if (!place) return undefined;
  return {
    title: place.title === undefined ? undefined : forLog(place.title, MAX_ANNOTATION_TITLE),
    file: place.file === undefined ? undefined : forLog(place.file, MAX_LOG_VALUE),
  };
}

export const log = {
  info(message: string): void {
    core.info(forLog(message));
  },
  /** Multi-line text made by drift-gate (the terminal report, data already sanitised), line by line. */
  lines(text: string): void {
    core.info(forLogLines(text));
  },
  notice(message: string, place?: AnnotationPlace): void {
    core.notice(forLog(message), annotation(place));
  },
  warning(message: string, place?: AnnotationPlace): void {
    core.warning(forLog(message), annotation(place));
  },
  error(message: string, place?: AnnotationPlace): void {
    core.error(forLog(message), annotation(place));
  },
  /** Sets the exit status to failure and logs `message` as an error annotation. */
  setFailed(message: string): void {
    core.setFailed(forLog(message));
  },
};
