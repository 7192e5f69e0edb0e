#!/usr/bin/env node
/** The command line's launcher (dist/cli.js): huge pages first, then the body (src/cli-main.ts). */
import { prestartParseWorker, relaunchWithHugePages } from './launch.js';

relaunchWithHugePages();
// a comparison reads its inputs in two threads (every comparison names a candidate)
if (process.argv.includes('--candidate')) prestartParseWorker();
// a separate bundle, loaded only after the relaunch (loading it first would cost its parse twice)
await import(/* webpackIgnore: true */ './cli-main.js');
