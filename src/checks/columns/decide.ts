/**
 * The one place that decides whether a score is past its threshold (DESIGN.md practice 2):
 * a p-value drifts when it is strictly below alpha; a distance drifts when it is at or above its
 * threshold. Every caller (auto mode, named tests, the missing-share test) goes through here.
 */
import type { ScoreKind } from '../../stats/types.js';

export function isPastThreshold(kind: ScoreKind, score: number, threshold: number): boolean {
  return kind === 'p-value' ? score < threshold : score >= threshold;
}
