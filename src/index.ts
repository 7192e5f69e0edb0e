/** The action's launcher (dist/index.js): huge pages first, then the body (src/action-main.ts). */
import { prestartParseWorker, relaunchWithHugePages } from './launch.js';

relaunchWithHugePages();
prestartParseWorker();
// a separate bundle, loaded only after the relaunch (loading it first would cost its parse twice)
await import(/* webpackIgnore: true */ './action-main.js');
