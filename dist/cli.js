#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_modules__ = {
	318: ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {
		__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => {
			try {
				var _launch_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(18);
				(0, _launch_js__WEBPACK_IMPORTED_MODULE_0__.Wk)();
				if (process.argv.includes("--candidate")) (0, _launch_js__WEBPACK_IMPORTED_MODULE_0__.RT)();
				await import("./cli-main.js");
				__webpack_async_result__();
			} catch (e) {
				__webpack_async_result__(e);
			}
		}, 1);
	}),
	18: ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
		__nccwpck_require__.d(__webpack_exports__, {
			RT: () => prestartParseWorker,
			Wk: () => relaunchWithHugePages
		});
		;
		const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
		;
		const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
		;
		const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
		;
		class errors_UserInputError extends Error {
			name = "UserInputError";
			file;
			line;
			column;
			constructor(message, where = {}) {
				super(message);
				this.file = where.file;
				this.line = where.line;
				this.column = where.column;
			}
			describe() {
				const place = [
					this.file,
					this.line,
					this.column
				].filter((part) => part !== undefined).join(":");
				return place ? `${place}: ${this.message}` : this.message;
			}
		}
		;
		function errorData(error) {
			if (error instanceof UserInputError) return {
				user: true,
				message: error.message,
				file: error.file,
				line: error.line,
				column: error.column
			};
			return {
				user: false,
				message: error instanceof Error ? error.stack ?? error.message : String(error)
			};
		}
		function errorFrom(error, prefix) {
			if (error.user) return new UserInputError(error.message, {
				file: error.file,
				line: error.line,
				column: error.column
			});
			return new Error(`${prefix}${error.message}`);
		}
		class WorkerUnavailable extends (null && Error) {}
		const PRESTARTED = Symbol.for("drift-gate: prestarted workers");
		const registry = globalThis;
		registry[PRESTARTED] ??= new Map();
		const prestarted = registry[PRESTARTED];
		function prestartWorker(file) {
			let worker;
			try {
				worker = new external_node_worker_threads_namespaceObject.Worker(file);
			} catch {
				return;
			}
			keepStarted(file, worker);
		}
		function keepStarted(file, worker) {
			worker.unref();
			const forget = () => {
				const waiting = prestarted.get(file) ?? [];
				const at = waiting.indexOf(worker);
				if (at >= 0) waiting.splice(at, 1);
			};
			worker.once("error", forget);
			worker.once("exit", forget);
			const waiting = prestarted.get(file);
			if (waiting) waiting.push(worker);
			else prestarted.set(file, [worker]);
		}
		function waitingWorkers(file) {
			return prestarted.get(file)?.length ?? 0;
		}
		function workerFor(file, asked) {
			const worker = prestarted.get(file)?.shift() ?? new Worker(file);
			worker.ref();
			worker.postMessage(asked);
			return worker;
		}
		function askWorker(job) {
			return new Promise((resolve, reject) => {
				let worker;
				try {
					worker = workerFor(job.file, {
						request: job.request,
						...job.next === undefined ? {} : { next: job.next }
					});
				} catch (error) {
					reject(new WorkerUnavailable(String(error)));
					return;
				}
				let settled = false;
				worker.once("message", (message) => {
					settled = true;
					if (job.next === undefined) void worker.terminate();
					else keepStarted(job.next, worker);
					if ("value" in message) resolve(message.value);
					else reject(errorFrom(message.error, `${job.name} failed: `));
				});
				worker.once("error", (error) => {
					if (!settled) reject(new WorkerUnavailable(String(error)));
					settled = true;
				});
				worker.once("exit", (code) => {
					if (!settled) reject(new WorkerUnavailable(`${job.name} exited with code ${code} before answering`));
					settled = true;
				});
			});
		}
		function inWorkerOrHere(file, ask, here) {
			if (file === null) return Promise.resolve(here());
			return ask(file).catch((error) => {
				if (error instanceof WorkerUnavailable) return here();
				throw error;
			});
		}
		function answerParent(work, transfer = () => []) {
			const port = parentPort;
			if (!port) return;
			port.once("message", (asked) => Promise.resolve(asked.request).then(work).then((value) => port.postMessage({ value }, transfer(value)), (error) => port.postMessage({ error: errorData(error) })).then(() => {
				if (asked.next !== undefined) return import(pathToFileURL(asked.next).href);
			}));
		}
		;
		const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
		var external_node_path_default = __nccwpck_require__.n(external_node_path_namespaceObject);
		;
		function workerOverrides(env) {
			return {
				parse: env.DRIFT_GATE_PARSE_WORKER,
				compare: env.DRIFT_GATE_COMPARE_WORKER
			};
		}
		function builtWorkerPath(name, override) {
			if (override === "off") return null;
			if (override) return (0, external_node_fs_namespaceObject.existsSync)(override) ? override : null;
			let here;
			try {
				here = external_node_path_default().dirname((0, external_node_url_namespaceObject.fileURLToPath)(import.meta.url));
			} catch {
				return null;
			}
			const file = external_node_path_default().join(here, [name, "js"].join("."));
			return (0, external_node_fs_namespaceObject.existsSync)(file) ? file : null;
		}
		;
		const TUNABLE = "glibc.malloc.hugetlb";
		const ARENAS = "glibc.malloc.arena_max";
		const THP_MODE_FILE = "/sys/kernel/mm/transparent_hugepage/enabled";
		function hugePageTunables(context) {
			if (context.platform !== "linux" || context.transparentHugePages !== "madvise") return undefined;
			const tunables = context.tunables ?? "";
			if (tunables.includes(TUNABLE)) return undefined;
			const [major, minor] = (context.glibc() ?? "").split(".").map(Number);
			if (!(major > 2 || major === 2 && minor >= 35)) return undefined;
			const ours = tunables.includes(ARENAS) ? [`${TUNABLE}=1`] : [`${TUNABLE}=1`, `${ARENAS}=1`];
			return [...tunables === "" ? [] : [tunables], ...ours].join(":");
		}
		function selectedMode(text) {
			return /\[(\w+)\]/.exec(text)?.[1];
		}
		function transparentHugePageMode() {
			try {
				return selectedMode((0, external_node_fs_namespaceObject.readFileSync)(THP_MODE_FILE, "utf8"));
			} catch {
				return undefined;
			}
		}
		function glibcVersion() {
			const header = process.report?.getReport()?.header;
			return header?.glibcVersionRuntime;
		}
		function relaunchWithHugePages() {
			if (!external_node_worker_threads_namespaceObject.isMainThread || typeof process.execve !== "function") return;
			const tunables = hugePageTunables({
				platform: process.platform,
				glibc: glibcVersion,
				transparentHugePages: process.platform === "linux" ? transparentHugePageMode() : undefined,
				tunables: process.env.GLIBC_TUNABLES
			});
			if (tunables === undefined) return;
			try {
				process.execve(process.execPath, [
					process.execPath,
					...process.execArgv,
					...process.argv.slice(1)
				], {
					...process.env,
					GLIBC_TUNABLES: tunables
				});
			} catch {}
		}
		function prestartParseWorker() {
			const file = builtWorkerPath("parse-worker", process.env.DRIFT_GATE_PARSE_WORKER);
			if (file !== null) prestartWorker(file);
		}
	})
};
var __webpack_module_cache__ = {};
function __nccwpck_require__(moduleId) {
	var cachedModule = __webpack_module_cache__[moduleId];
	if (cachedModule !== undefined) {
		return cachedModule.exports;
	}
	var module = __webpack_module_cache__[moduleId] = { exports: {} };
	var threw = true;
	try {
		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
		threw = false;
	} finally {
		if (threw) delete __webpack_module_cache__[moduleId];
	}
	return module.exports;
}
if (typeof __nccwpck_require__ !== "undefined") __nccwpck_require__.ab = decodeURIComponent(new URL(".", import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
(() => {
	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
	var resolveQueue = (queue) => {
		if (queue && queue.d < 1) {
			queue.d = 1;
			queue.forEach((fn) => fn.r--);
			queue.forEach((fn) => fn.r-- ? fn.r++ : fn());
		}
	};
	var wrapDeps = (deps) => deps.map((dep) => {
		if (dep !== null && typeof dep === "object") {
			if (dep[webpackQueues]) return dep;
			if (dep.then) {
				var queue = [];
				queue.d = 0;
				dep.then((r) => {
					obj[webpackExports] = r;
					resolveQueue(queue);
				}, (e) => {
					obj[webpackError] = e;
					resolveQueue(queue);
				});
				var obj = {};
				obj[webpackQueues] = (fn) => fn(queue);
				return obj;
			}
		}
		var ret = {};
		ret[webpackQueues] = (x) => {};
		ret[webpackExports] = dep;
		return ret;
	});
	__nccwpck_require__.a = (module, body, hasAwait) => {
		var queue;
		hasAwait && ((queue = []).d = -1);
		var depQueues = new Set();
		var exports = module.exports;
		var currentDeps;
		var outerResolve;
		var reject;
		var promise = new Promise((resolve, rej) => {
			reject = rej;
			outerResolve = resolve;
		});
		promise[webpackExports] = exports;
		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"]((x) => {}));
		module.exports = promise;
		body((deps) => {
			currentDeps = wrapDeps(deps);
			var fn;
			var getResult = () => currentDeps.map((d) => {
				if (d[webpackError]) throw d[webpackError];
				return d[webpackExports];
			});
			var promise = new Promise((resolve) => {
				fn = () => resolve(getResult);
				fn.r = 0;
				var fnQueue = (q) => q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn)));
				currentDeps.map((dep) => dep[webpackQueues](fnQueue));
			});
			return fn.r ? promise : getResult();
		}, (err) => (err ? reject(promise[webpackError] = err) : outerResolve(exports), resolveQueue(queue)));
		queue && queue.d < 0 && (queue.d = 0);
	};
})();
(() => {
	__nccwpck_require__.n = (module) => {
		var getter = module && module.__esModule ? () => module["default"] : () => module;
		__nccwpck_require__.d(getter, { a: getter });
		return getter;
	};
})();
(() => {
	__nccwpck_require__.d = (exports, definition) => {
		for (var key in definition) {
			if (__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
				Object.defineProperty(exports, key, {
					enumerable: true,
					get: definition[key]
				});
			}
		}
	};
})();
(() => {
	__nccwpck_require__.o = (obj, prop) => Object.prototype.hasOwnProperty.call(obj, prop);
})();
var __webpack_exports__ = __nccwpck_require__(318);
__webpack_exports__ = await __webpack_exports__;
