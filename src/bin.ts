#!/usr/bin/env node
/** The command line's launcher (dist/cli.js): huge pages first, then the body (src/cli-main.ts). */
import { relaunchWithHugePages } from './launch.js';

relaunchWithHugePages();
// a separate bundle, loaded only after the relaunch (loading it first would cost its parse twice)
await import(/* webpackIgnore: true */ './cli-main.js');
