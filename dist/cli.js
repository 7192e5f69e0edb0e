#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 318:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _launch_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(554);
/** The command line's launcher (dist/cli.js): huge pages first, then the body (src/cli-main.ts). */

(0,_launch_js__WEBPACK_IMPORTED_MODULE_0__/* .relaunchWithHugePages */ .Wk)();
// a separate bundle, loaded only after the relaunch (loading it first would cost its parse twice)
await import(/* webpackIgnore: true */ './cli-main.js');

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 554:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Wk: () => (/* binding */ relaunchWithHugePages)
});

// UNUSED EXPORTS: hugePageTunables, selectedMode

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./src/launch.ts
/**
 * Huge pages for the data, set before anything is loaded. The typed columns, sort buffers and hash
 * tables are ArrayBuffers, which glibc's malloc maps from the kernel; with 4 KiB pages the kernel
 * maps each page on its first write, and a run writes about its peak memory once. glibc 2.35+ asks
 * for transparent huge pages (2 MiB) on those maps when started with the tunable
 * `glibc.malloc.hugetlb=1`, 512 times fewer faults. Measured on the 2-core bench machine: a first
 * touch 14.8 us a 4 KiB page, 0.4 us with huge pages; the 1M x 20 bench 4.1 -> 3.4 s, 5M x 20
 * 19.4 -> 15.4 s (docs/performance.md). glibc reads its tunables only at process start, so the
 * launcher replaces the process (`process.execve`: same pid, stdio, signals and exit status) with
 * the variable set, when that can help: Linux with glibc 2.35+, the kernel's THP mode `madvise`
 * (with `always` every large map gets huge pages already; with `never` none can), and the user has
 * not set `glibc.malloc.hugetlb` themselves (`GLIBC_TUNABLES=glibc.malloc.hugetlb=0` turns this off;
 * it also keeps the relaunched process from relaunching). Nothing computed changes.
 */


const TUNABLE = 'glibc.malloc.hugetlb';
const THP_MODE_FILE = '/sys/kernel/mm/transparent_hugepage/enabled';
/** GLIBC_TUNABLES for the relaunch (the user's tunables kept), or undefined when it cannot help. */
function hugePageTunables(context) {
    if (context.platform !== 'linux' || context.transparentHugePages !== 'madvise')
        return undefined;
    const [major, minor] = (context.glibc ?? '').split('.').map(Number);
    if (!(major > 2 || (major === 2 && minor >= 35)))
        return undefined;
    const tunables = context.tunables ?? '';
    if (tunables.includes(TUNABLE))
        return undefined;
    return tunables === '' ? `${TUNABLE}=1` : `${tunables}:${TUNABLE}=1`;
}
/** The selected mode in the text of THP_MODE_FILE (`always [madvise] never` -> `madvise`). */
function selectedMode(text) {
    return /\[(\w+)\]/.exec(text)?.[1];
}
function transparentHugePageMode() {
    try {
        return selectedMode((0,external_node_fs_namespaceObject.readFileSync)(THP_MODE_FILE, 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** The glibc version the process runs on, from Node's diagnostic report header. */
function glibcVersion() {
    const header = process.report?.getReport()?.header;
    return header?.glibcVersionRuntime;
}
/**
 * Replaces this process by itself with huge pages asked for (see the top of this file); returns
 * only when that cannot help or the exec fails (then the run goes on as it is). Cost: one more
 * Node start, about 80 ms.
 */
function relaunchWithHugePages() {
    if (!external_node_worker_threads_namespaceObject.isMainThread || typeof process.execve !== 'function')
        return;
    if (process.platform !== 'linux' || process.env.GLIBC_TUNABLES?.includes(TUNABLE))
        return;
    const transparentHugePages = transparentHugePageMode();
    if (transparentHugePages !== 'madvise')
        return;
    // the report is read last: it costs a few milliseconds
    const tunables = hugePageTunables({
        platform: process.platform,
        glibc: glibcVersion(),
        transparentHugePages,
        tunables: process.env.GLIBC_TUNABLES,
    });
    if (tunables === undefined)
        return;
    try {
        process.execve(process.execPath, [process.execPath, ...process.execArgv, ...process.argv.slice(1)], {
            ...process.env,
            GLIBC_TUNABLES: tunables,
        });
    }
    catch {
        // the exec failed: run in this process, with small pages
    }
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(318);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
