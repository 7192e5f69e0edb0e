import type { getOctokit } from '@actions/github';
import type { OctokitLike } from '../../src/action/comment.js';

// Compile-time check: the real Octokit from @actions/github fits the structural interface.
export const acceptsRealOctokit = (octokit: ReturnType<typeof getOctokit>): OctokitLike => octokit;
