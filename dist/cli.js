#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 318:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _launch_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(18);
/** The command line's launcher (dist/cli.js): huge pages first, then the body (src/cli-main.ts). */

(0,_launch_js__WEBPACK_IMPORTED_MODULE_0__/* .relaunchWithHugePages */ .Wk)();
// a comparison reads its inputs in two threads (every comparison names a candidate)
if (process.argv.includes('--candidate'))
    (0,_launch_js__WEBPACK_IMPORTED_MODULE_0__/* .prestartParseWorker */ .RT)();
// a separate bundle, loaded only after the relaunch (loading it first would cost its parse twice)
await import(/* webpackIgnore: true */ './cli-main.js');

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  RT: () => (/* binding */ prestartParseWorker),
  Wk: () => (/* binding */ relaunchWithHugePages)
});

// UNUSED EXPORTS: hugePageTunables, selectedMode

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/errors.ts
/**
 * The one error type for problems in the user's input or usage (a bad file, a bad setting, a
 * missing revision). Adapters turn it into one clear message and exit status 2; anything else
 * that escapes is a bug in drift-gate.
 */
class errors_UserInputError extends Error {
    name = 'UserInputError';
    /** The file (or setting source) the problem is in, when there is one. */
    file;
    /** 1-based line in `file`, when the problem has a position. */
    line;
    /** 1-based column (field number for CSV) in `file`, when the problem has a position. */
    column;
    constructor(message, where = {}) {
        super(message);
        this.file = where.file;
        this.line = where.line;
        this.column = where.column;
    }
    /** "file:line:column: message", leaving out the parts that are unknown. */
    describe() {
        const place = [this.file, this.line, this.column].filter((part) => part !== undefined).join(':');
        return place ? `${place}: ${this.message}` : this.message;
    }
}

;// CONCATENATED MODULE: ./src/workers/thread.ts
/**
 * Requests and answers in worker threads: the plumbing the parse worker (data/load.ts,
 * dist/parse-worker.js) and the compare worker (engine/joint.ts, dist/compare-worker.js) share.
 *
 * The protocol:
 * - The parent starts the worker and posts it the request as its first message,
 *   `{ request, next? }` (structured clone: arrays on SharedArrayBuffers are shared, other arrays
 *   copied).
 * - The worker (see `answerParent`) computes and posts exactly one message: `{ value }` (buffers in
 *   the transfer list move instead of being copied), or `{ error }`, the thrown error as ErrorData.
 * - On that message the parent terminates the worker (so its heap is freed now, not at its exit)
 *   and resolves with `value`, or rejects with the error rebuilt: a UserInputError with its file,
 *   line and column, or, for a bug, an Error carrying the worker's stack.
 * - With `next` (a worker file), the worker is handed on instead of ended: once it has answered,
 *   it loads `next` and waits for that file's request, and the parent keeps it as a started
 *   worker of `next` (below). The parse worker becomes the compare worker this way, so the joint
 *   checks need no thread of their own to start (a Node thread and its bundle: about 0.1 s, on
 *   a core the other side's read still needs).
 * - A worker that cannot start, throws outside the request (a missing or broken file), or exits
 *   before answering rejects with WorkerUnavailable; `inWorkerOrHere` then does the work in this
 *   thread instead, so a broken build costs speed, never the result.
 * - A worker can also be started before its request is known (`prestartWorker`), so its start
 *   (a Node thread and its bundle to compile: 0.1-0.2 s) overlaps the parent's work; the next
 *   askWorker for its file posts the request to it instead of starting another.
 */



/** The error as data to post to the other thread. */
function errorData(error) {
    if (error instanceof UserInputError)
        return { user: true, message: error.message, file: error.file, line: error.line, column: error.column };
    return { user: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}
/** The error back from its data: the same UserInputError, or a bug's Error whose message starts with `prefix`. */
function errorFrom(error, prefix) {
    if (error.user)
        return new UserInputError(error.message, { file: error.file, line: error.line, column: error.column });
    return new Error(`${prefix}${error.message}`);
}
/** The worker could not run (missing or broken file, or it exited without answering). */
class WorkerUnavailable extends (/* unused pure expression or super */ null && (Error)) {
}
const PRESTARTED = Symbol.for('drift-gate: prestarted workers');
/**
 * Started workers not yet asked (prestarted, or handed on), by file: one map for the process,
 * found through a global symbol, because the launcher's bundle (dist/cli.js, dist/index.js)
 * prestarts the parse worker before the body's bundle, with its own copy of this module, is loaded.
 */
const registry = globalThis;
registry[PRESTARTED] ??= new Map();
const prestarted = registry[PRESTARTED];
/**
 * Starts a worker running `file` now, for the next askWorker of that file (see the protocol
 * above). While it waits it does not keep the process alive; if it fails or exits first, it is
 * forgotten and askWorker starts another.
 */
function prestartWorker(file) {
    let worker;
    try {
        worker = new external_node_worker_threads_namespaceObject.Worker(file);
    }
    catch {
        return;
    }
    keepStarted(file, worker);
}
/**
 * Keeps `worker` (prestarted, or handed on to `file`) for the next askWorker of `file`, without
 * keeping the process alive; forgets it if it fails or exits first.
 */
function keepStarted(file, worker) {
    worker.unref();
    const forget = () => {
        const waiting = prestarted.get(file) ?? [];
        const at = waiting.indexOf(worker);
        if (at >= 0)
            waiting.splice(at, 1);
    };
    worker.once('error', forget);
    worker.once('exit', forget);
    const waiting = prestarted.get(file);
    if (waiting)
        waiting.push(worker);
    else
        prestarted.set(file, [worker]);
}
/** How many started workers wait for a request of `file` (prestarted or handed on). */
function waitingWorkers(file) {
    return prestarted.get(file)?.length ?? 0;
}
/** A started worker of `file`, or a new one, asked `asked`. */
function workerFor(file, asked) {
    const worker = prestarted.get(file)?.shift() ?? new Worker(file);
    worker.ref();
    worker.postMessage(asked);
    return worker;
}
/**
 * Runs `job.file` on `job.request` and settles with its answer (see the protocol above). Rejects
 * with WorkerUnavailable when the worker cannot run, with the rebuilt error when it answered one.
 */
function askWorker(job) {
    return new Promise((resolve, reject) => {
        let worker;
        try {
            worker = workerFor(job.file, {
                request: job.request,
                ...(job.next === undefined ? {} : { next: job.next }),
            });
        }
        catch (error) {
            reject(new WorkerUnavailable(String(error)));
            return;
        }
        let settled = false;
        worker.once('message', (message) => {
            settled = true;
            if (job.next === undefined)
                void worker.terminate();
            else
                keepStarted(job.next, worker);
            if ('value' in message)
                resolve(message.value);
            else
                reject(errorFrom(message.error, `${job.name} failed: `));
        });
        worker.once('error', (error) => {
            if (!settled)
                reject(new WorkerUnavailable(String(error)));
            settled = true;
        });
        worker.once('exit', (code) => {
            if (!settled)
                reject(new WorkerUnavailable(`${job.name} exited with code ${code} before answering`));
            settled = true;
        });
    });
}
/**
 * `ask(file)` when there is a worker file and it runs; else `here()` in this thread (also when
 * `ask` rejects with WorkerUnavailable). Errors the worker answered are thrown as they are.
 * Without a file, `here` runs now, synchronously.
 */
function inWorkerOrHere(file, ask, here) {
    if (file === null)
        return Promise.resolve(here());
    return ask(file).catch((error) => {
        if (error instanceof WorkerUnavailable)
            return here();
        throw error;
    });
}
/**
 * Worker side: when this module runs as a worker thread, answers its parent's request (the first
 * message) once with `work(request)` (or the error it threw); `transfer` lists the answer's
 * buffers to move rather than copy. Handed on (`next`), it then loads that file, whose own
 * answerParent waits for the next request. Does nothing in the main thread.
 */
function answerParent(work, transfer = () => []) {
    const port = parentPort;
    if (!port)
        return;
    port.once('message', (asked) => Promise.resolve(asked.request)
        .then(work)
        .then((value) => port.postMessage({ value }, transfer(value)), (error) => port.postMessage({ error: errorData(error) }))
        .then(() => {
        // a file that fails to load ends the thread with an error event: the parent forgets the
        // waiting worker, or the ask already posted to it rejects with WorkerUnavailable
        if (asked.next !== undefined)
            return import(/* webpackIgnore: true */ pathToFileURL(asked.next).href);
    }));
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/workers/worker-file.ts
/**
 * Finds a built worker entry (dist/parse-worker.js, dist/compare-worker.js) next to the running
 * bundle. Running from sources (e.g. under vitest) there is none, and callers work in-thread.
 */



/** The overrides an adapter finds in `env` (the adapter passes its own environment). */
function workerOverrides(env) {
    return { parse: env.DRIFT_GATE_PARSE_WORKER, compare: env.DRIFT_GATE_COMPARE_WORKER };
}
/**
 * The built worker `name` (without `.js`) next to this module, or null. `override` wins: a path
 * to use (null when it does not exist), or `off`.
 */
function builtWorkerPath(name, override) {
    if (override === 'off')
        return null;
    if (override)
        return (0,external_node_fs_namespaceObject.existsSync)(override) ? override : null;
    let here;
    try {
        here = external_node_path_default().dirname((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url));
    }
    catch {
        return null;
    }
    // joined at run time, so the bundler does not take it for an asset to copy
    const file = external_node_path_default().join(here, [name, 'js'].join('.'));
    return (0,external_node_fs_namespaceObject.existsSync)(file) ? file : null;
}

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
 *
 * The relaunch also sets `glibc.malloc.arena_max=1` (unless the user set an arena count): glibc
 * gives each thread's allocations an arena of its own by default, and it asks for huge pages only
 * on the main arena and on maps of their own, so the worker threads' columns, row hashes and sort
 * buffers came from their arenas in 4 KiB pages. A first touch of such a page costs about 14 us
 * here (an 8 MiB array: 2,048 faults, 29 ms; 516 faults and 8 ms with huge pages). With one arena,
 * 1M x 20 made 18,300-19,100 page faults instead of 29,500-29,800, and took a median 2.37 s
 * against 2.55 s and 1.96 against 2.16 s (12 and 8 alternated runs, both without the relaunch).
 * One arena means one lock for every thread's malloc; our threads allocate large arrays, few times.
 */




const TUNABLE = 'glibc.malloc.hugetlb';
const ARENAS = 'glibc.malloc.arena_max';
const THP_MODE_FILE = '/sys/kernel/mm/transparent_hugepage/enabled';
/** GLIBC_TUNABLES for the relaunch (the user's tunables kept; see the top of this file), or undefined when it cannot help. */
function hugePageTunables(context) {
    if (context.platform !== 'linux' || context.transparentHugePages !== 'madvise')
        return undefined;
    const tunables = context.tunables ?? '';
    if (tunables.includes(TUNABLE))
        return undefined;
    const [major, minor] = (context.glibc() ?? '').split('.').map(Number);
    if (!(major > 2 || (major === 2 && minor >= 35)))
        return undefined;
    const ours = tunables.includes(ARENAS) ? [`${TUNABLE}=1`] : [`${TUNABLE}=1`, `${ARENAS}=1`];
    return [...(tunables === '' ? [] : [tunables]), ...ours].join(':');
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
    const tunables = hugePageTunables({
        platform: process.platform,
        glibc: glibcVersion,
        transparentHugePages: process.platform === 'linux' ? transparentHugePageMode() : undefined,
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
/**
 * Starts the parse worker (the built one, or DRIFT_GATE_PARSE_WORKER: a path, or `off`) before
 * the body's bundle loads: its start (a Node thread and its bundle to compile, about 0.25 s)
 * then overlaps the body's compile instead of delaying the read of its side of the data, which
 * otherwise ended a third of a second after this thread's (1M x 20). Unused, it waits without
 * keeping the process alive (workers/thread.ts).
 */
function prestartParseWorker() {
    const file = builtWorkerPath('parse-worker', process.env.DRIFT_GATE_PARSE_WORKER);
    if (file !== null)
        prestartWorker(file);
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
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
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
