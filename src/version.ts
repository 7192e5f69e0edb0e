/** drift-gate's version; a test keeps it equal to package.json's. */
export const VERSION = '0.1.0';

/**
 * The oldest Node.js drift-gate runs on: image patterns use `fs.promises.glob` with `withFileTypes`
 * (Node 22.2; stable, without an experimental warning, since 22.17.0 and 24.0.0). The action runs on
 * the runner's `node24`; package.json `engines` says the same minimum.
 */
export const MIN_NODE_VERSION = '22.17.0';

/** The message for a Node.js older than MIN_NODE_VERSION, or null when `version` (`v20.20.2`) is recent enough. */
export function nodeVersionProblem(version: string): string | null {
  const [major, minor, patch] = version.replace(/^v/, '').split('.').map(Number);
  const [needMajor, needMinor, needPatch] = MIN_NODE_VERSION.split('.').map(Number);
  const older =
    major !== needMajor ? major < needMajor : minor !== needMinor ? minor < needMinor : patch < needPatch;
  if (!older) return null;
  return `drift-gate needs Node.js ${MIN_NODE_VERSION} or newer (this is ${version}); install a current Node.js (24 LTS) or run it with npx -p node@24`;
}
