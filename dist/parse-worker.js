import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
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
 * One request, one answer, in a worker thread: the plumbing the parse worker (data/load.ts,
 * dist/parse-worker.js) and the compare worker (engine/joint.ts, dist/compare-worker.js) share.
 *
 * The protocol:
 * - The parent starts the worker with the request as `workerData` (structured clone: arrays on
 *   SharedArrayBuffers are shared, other arrays copied).
 * - The worker (see `answerParent`) computes and posts exactly one message: `{ value }` (buffers in
 *   the transfer list move instead of being copied), or `{ error }`, the thrown error as ErrorData.
 * - On that message the parent terminates the worker (so its heap is freed now, not at its exit)
 *   and resolves with `value`, or rejects with the error rebuilt: a UserInputError with its file,
 *   line and column, or, for a bug, an Error carrying the worker's stack.
 * - A worker that cannot start, throws outside the request (a missing or broken file), or exits
 *   before answering rejects with WorkerUnavailable; `inWorkerOrHere` then does the work in this
 *   thread instead, so a broken build costs speed, never the result.
 */


/** The error as data to post to the other thread. */
function errorData(error) {
    if (error instanceof errors_UserInputError)
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
/**
 * Runs `job.file` on `job.request` and settles with its answer (see the protocol above). Rejects
 * with WorkerUnavailable when the worker cannot run, with the rebuilt error when it answered one.
 */
function askWorker(job) {
    return new Promise((resolve, reject) => {
        let worker;
        try {
            worker = new Worker(job.file, { workerData: job.request });
        }
        catch (error) {
            reject(new WorkerUnavailable(String(error)));
            return;
        }
        let settled = false;
        worker.once('message', (message) => {
            settled = true;
            void worker.terminate();
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
 * Worker side: when this module runs as a worker thread, answers its parent once with
 * `work(workerData)` (or the error it threw); `transfer` lists the answer's buffers to move
 * rather than copy. Does nothing in the main thread.
 */
function answerParent(work, transfer = () => []) {
    const port = external_node_worker_threads_namespaceObject.parentPort;
    if (!port)
        return;
    Promise.resolve(external_node_worker_threads_namespaceObject.workerData)
        .then(work)
        .then((value) => port.postMessage({ value }, transfer(value)), (error) => port.postMessage({ error: errorData(error) }));
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./src/stats/sort.ts
/**
 * Sorting Float64Arrays for the rank-based tests. `Float64Array.prototype.sort` is a comparison
 * sort (about 110 ms for 1M values here); every numeric column sorts both sides, so for large
 * inputs we use an LSD radix sort on the IEEE-754 bit patterns (6 passes of 11 bits, O(n)), about
 * 3x faster. Written by hand: no well-kept npm package sorts typed floats this way.
 */
/** Below this length the built-in sort is as fast and needs no scratch buffer. */
const RADIX_MIN_LENGTH = 4096;
/** 11-bit digits: 6 passes over 64 bits with 2048 counters each (fits in L1; faster than 8 or 16 bits here). */
const BUCKETS = 2048;
const MASK = BUCKETS - 1;
const PASSES = 6;
/** Whether `values` is in ascending order. O(n). */
function isSortedAscending(values) {
    for (let i = 1; i < values.length; i++)
        if (values[i] < values[i - 1])
            return false;
    return true;
}
/**
 * Sorts `values` ascending in place (same order as `Float64Array.prototype.sort`: -0 before +0;
 * no NaN expected) and returns it. O(n) time and one scratch array of n doubles.
 */
function sortFloat64(values) {
    const n = values.length;
    if (n < RADIX_MIN_LENGTH)
        return values.sort();
    const words = new Uint32Array(values.buffer, values.byteOffset, n * 2);
    // Map each double to an unsigned 64-bit key with the same order: flip every bit of negatives,
    // only the sign bit of non-negatives (little-endian: word 2i is the low half, 2i+1 the high).
    for (let i = 0; i < n; i++) {
        const high = words[2 * i + 1];
        if (high & 0x80000000) {
            words[2 * i + 1] = ~high;
            words[2 * i] = ~words[2 * i];
        }
        else {
            words[2 * i + 1] = high | 0x80000000;
        }
    }
    const counts = new Uint32Array(PASSES * BUCKETS);
    for (let i = 0; i < n; i++) {
        const low = words[2 * i];
        const high = words[2 * i + 1];
        counts[low & MASK]++;
        counts[BUCKETS + ((low >>> 11) & MASK)]++;
        counts[2 * BUCKETS + ((low >>> 22) | ((high & 1) << 10))]++;
        counts[3 * BUCKETS + ((high >>> 1) & MASK)]++;
        counts[4 * BUCKETS + ((high >>> 12) & MASK)]++;
        counts[5 * BUCKETS + (high >>> 23)]++;
    }
    let source = words;
    let target = new Uint32Array(n * 2);
    for (let pass = 0; pass < PASSES; pass++) {
        const offset = pass * BUCKETS;
        // a digit shared by every key leaves the order unchanged: skip the pass
        let shared = false;
        for (let d = 0; d < BUCKETS; d++) {
            if (counts[offset + d] === 0)
                continue;
            shared = counts[offset + d] === n;
            break;
        }
        if (shared)
            continue;
        let total = 0;
        for (let d = 0; d < BUCKETS; d++) {
            const count = counts[offset + d];
            counts[offset + d] = total;
            total += count;
        }
        // one loop per digit position, so the digit is a plain shift the JIT keeps in registers
        if (pass < 2) {
            const shift = pass * 11;
            for (let i = 0; i < n; i++) {
                const low = source[2 * i];
                const at = 2 * counts[offset + ((low >>> shift) & MASK)]++;
                target[at] = low;
                target[at + 1] = source[2 * i + 1];
            }
        }
        else if (pass === 2) {
            for (let i = 0; i < n; i++) {
                const low = source[2 * i];
                const high = source[2 * i + 1];
                const at = 2 * counts[offset + ((low >>> 22) | ((high & 1) << 10))]++;
                target[at] = low;
                target[at + 1] = high;
            }
        }
        else {
            const shift = 1 + (pass - 3) * 11;
            for (let i = 0; i < n; i++) {
                const high = source[2 * i + 1];
                const at = 2 * counts[offset + ((high >>> shift) & MASK)]++;
                target[at] = source[2 * i];
                target[at + 1] = high;
            }
        }
        const swap = source;
        source = target;
        target = swap;
    }
    if (source !== words)
        words.set(source);
    for (let i = 0; i < n; i++) {
        const high = words[2 * i + 1];
        if (high & 0x80000000) {
            words[2 * i + 1] = high & 0x7fffffff;
        }
        else {
            words[2 * i + 1] = ~high;
            words[2 * i] = ~words[2 * i];
        }
    }
    return values;
}
/**
 * `values` in ascending order: the input itself when it is already sorted (callers must not
 * mutate the result), else a sorted copy. O(n) when sorted, O(n) radix sort otherwise.
 */
function ascending(values) {
    if (values instanceof Float64Array && isSortedAscending(values))
        return values;
    return sortFloat64(Float64Array.from(values));
}

;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
;// CONCATENATED MODULE: ./src/data/csv-bytes.ts
/**
 * CSV bytes before they are scanned: what is not CSV text is rejected (empty, a Git LFS pointer,
 * gzip, binary, not UTF-8, with the line and field of the first bad byte), and the delimiter is
 * detected from the header and first lines.
 */


const LF = 10;
const CR = 13;
const QUOTE = 34;
const DELIMITERS = [',', ';', '\t', '|'];
const LFS_POINTER = 'version https://git-lfs.github.com/spec/v1';
/** A UserInputError naming the file and, when known, the line and column. */
function fail(source, message, line, column) {
    throw new errors_UserInputError(message, { file: source, line, column });
}
/** Byte offset just past a UTF-8 BOM, or 0. */
function bomLength(bytes) {
    return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
}
/** The offset of the first invalid UTF-8 sequence (the input is known to be invalid). */
function firstInvalidUtf8(bytes) {
    const n = bytes.length;
    let i = 0;
    while (i < n) {
        const b = bytes[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        let need;
        let min;
        if (b >= 0xc2 && b <= 0xdf) {
            need = 1;
            min = 0x80;
        }
        else if (b >= 0xe0 && b <= 0xef) {
            need = 2;
            min = 0x800;
        }
        else if (b >= 0xf0 && b <= 0xf4) {
            need = 3;
            min = 0x10000;
        }
        else
            return i;
        if (i + need >= n)
            return i;
        let code = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
        for (let k = 1; k <= need; k++) {
            const c = bytes[i + k];
            if (c === undefined || (c & 0xc0) !== 0x80)
                return i;
            code = (code << 6) | (c & 0x3f);
        }
        if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
            return i;
        i += need + 1;
    }
    return n;
}
/** Line (1-based) and field (1-based) of a byte offset, following quotes from the start. */
function positionOf(bytes, offset, delimiter) {
    let line = 1;
    let field = 1;
    let quoted = false;
    for (let i = bomLength(bytes); i < offset; i++) {
        const b = bytes[i];
        if (b === QUOTE)
            quoted = !quoted;
        else if (b === LF || (b === CR && bytes[i + 1] !== LF)) {
            line++;
            if (!quoted)
                field = 1;
        }
        else if (b === delimiter && !quoted)
            field++;
    }
    return { line, field };
}
/** Rejects what is not CSV text: empty, LFS pointer, binary, not UTF-8. */
function checkBytes(bytes, source, delimiter) {
    const start = bomLength(bytes);
    let i = start;
    while (i < bytes.length && (bytes[i] === LF || bytes[i] === CR || bytes[i] === 32 || bytes[i] === 9))
        i++;
    if (i === bytes.length) {
        fail(source, 'the file is empty: expected a CSV file with a header row and at least one data row');
    }
    const head = new TextDecoder('latin1').decode(bytes.subarray(start, start + 200));
    if (head.startsWith(LFS_POINTER)) {
        fail(source, 'this is a Git LFS pointer file, not the data: check the repository out with `lfs: true` ' +
            '(actions/checkout) or run `git lfs pull` before drift-gate');
    }
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
        fail(source, 'this is a gzip-compressed file, not CSV text: decompress it first');
    }
    const firstKb = bytes.subarray(0, 1024);
    if (firstKb.includes(0)) {
        fail(source, 'this looks like a binary file (it contains NUL bytes), not CSV text');
    }
    if (!(0,external_node_buffer_namespaceObject.isUtf8)(bytes)) {
        const offset = firstInvalidUtf8(bytes);
        const { line, field } = positionOf(bytes, offset, delimiter.charCodeAt(0));
        const byte = bytes[offset].toString(16).toUpperCase().padStart(2, '0');
        fail(source, `the file is not valid UTF-8 (byte 0x${byte} in field ${field}; it may be Latin-1 or Windows-1252): ` +
            're-save it as UTF-8', line, field);
    }
}
/** Field counts of the first records in bytes[start, end) for one delimiter (quote-aware). */
function fieldCounts(bytes, start, end, delimiter, complete) {
    const counts = [];
    let fields = 1;
    let quoted = false;
    let blank = true;
    for (let i = start; i < end; i++) {
        const b = bytes[i];
        if (b === QUOTE) {
            quoted = !quoted;
            blank = false;
        }
        else if (quoted)
            continue;
        else if (b === delimiter) {
            fields++;
            blank = false;
        }
        else if (b === LF || b === CR) {
            if (!blank)
                counts.push(fields);
            fields = 1;
            blank = true;
        }
        else
            blank = false;
    }
    if (!blank && complete)
        counts.push(fields);
    return counts;
}
/** The delimiter among , ; tab | that splits the header and first lines most consistently. */
function detectDelimiter(bytes) {
    const start = bomLength(bytes);
    const end = Math.min(bytes.length, start + 65_536);
    const complete = end === bytes.length;
    let best = ',';
    let bestScore = -1;
    for (const delimiter of DELIMITERS) {
        const counts = fieldCounts(bytes, start, end, delimiter.charCodeAt(0), complete).slice(0, 50);
        if (counts.length === 0 || counts[0] < 2)
            continue;
        const header = counts[0];
        let same = 0;
        for (let k = 1; k < counts.length; k++)
            if (counts[k] === header)
                same++;
        const consistency = counts.length > 1 ? same / (counts.length - 1) : 1;
        const score = consistency * 1000 + Math.min(header, 999);
        if (score > bestScore) {
            bestScore = score;
            best = delimiter;
        }
    }
    return best;
}

;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/CsvError.js
class CsvError extends Error {
  constructor(code, message, options, ...contexts) {
    if (Array.isArray(message)) message = message.join(" ").trim();
    super(message);
    if (Error.captureStackTrace !== undefined) {
      Error.captureStackTrace(this, CsvError);
    }
    this.code = code;
    for (const context of contexts) {
      for (const key in context) {
        const value = context[key];
        this[key] = Buffer.isBuffer(value)
          ? value.toString(options.encoding)
          : value == null
            ? value
            : JSON.parse(JSON.stringify(value));
      }
    }
  }
}



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/utils/is_object.js
const is_object = function (obj) {
  return typeof obj === "object" && obj !== null && !Array.isArray(obj);
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/normalize_columns_array.js



const normalize_columns_array = function (columns) {
  const normalizedColumns = [];
  for (let i = 0, l = columns.length; i < l; i++) {
    const column = columns[i];
    if (column === undefined || column === null || column === false) {
      normalizedColumns[i] = { disabled: true };
    } else if (typeof column === "string" || typeof column === "number") {
      normalizedColumns[i] = { name: `${column}` };
    } else if (is_object(column)) {
      if (typeof column.name !== "string") {
        throw new CsvError("CSV_OPTION_COLUMNS_MISSING_NAME", [
          "Option columns missing name:",
          `property "name" is required at position ${i}`,
          "when column is an object literal",
        ]);
      }
      normalizedColumns[i] = column;
    } else {
      throw new CsvError("CSV_INVALID_COLUMN_DEFINITION", [
        "Invalid column definition:",
        "expect a string or a literal object,",
        `got ${JSON.stringify(column)} at position ${i}`,
      ]);
    }
  }
  return normalizedColumns;
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/utils/ResizeableBuffer.js
class ResizeableBuffer {
  constructor(size = 100) {
    this.size = size;
    this.length = 0;
    this.buf = Buffer.allocUnsafe(size);
  }
  prepend(val) {
    if (Buffer.isBuffer(val)) {
      const length = this.length + val.length;
      if (length >= this.size) {
        this.resize();
        if (length >= this.size) {
          throw Error("INVALID_BUFFER_STATE");
        }
      }
      const buf = this.buf;
      this.buf = Buffer.allocUnsafe(this.size);
      val.copy(this.buf, 0);
      buf.copy(this.buf, val.length);
      this.length += val.length;
    } else {
      const length = this.length++;
      if (length === this.size) {
        this.resize();
      }
      const buf = this.clone();
      this.buf[0] = val;
      buf.copy(this.buf, 1, 0, length);
    }
  }
  append(val) {
    const length = this.length++;
    if (length === this.size) {
      this.resize();
    }
    this.buf[length] = val;
  }
  clone() {
    return Buffer.from(this.buf.slice(0, this.length));
  }
  resize() {
    const length = this.length;
    this.size = this.size * 2;
    const buf = Buffer.allocUnsafe(this.size);
    this.buf.copy(buf, 0, 0, length);
    this.buf = buf;
  }
  toString(encoding) {
    if (encoding) {
      return this.buf.toString(encoding, 0, this.length);
    } else {
      return Uint8Array.prototype.slice.call(this.buf.slice(0, this.length));
    }
  }
  toJSON() {
    return this.toString("utf8");
  }
  reset() {
    this.length = 0;
  }
}

/* harmony default export */ const utils_ResizeableBuffer = (ResizeableBuffer);

;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/init_state.js


const init_state = function (options) {
  // ECMAScript WhiteSpace + LineTerminator codepoints, encoded under
  // `options.encoding`. Aligns trimming with `String.prototype.trim()`.
  // https://tc39.es/ecma262/#sec-white-space
  // https://tc39.es/ecma262/#sec-line-terminators
  //
  // Codepoints unrepresentable in the target encoding are dropped: Node's
  // Buffer substitutes them with `?` (0x3F), and including those would cause
  // literal `?` bytes in the input to be trimmed under `latin1`/`ascii`.
  const timchars = [
    // Basic Latin
    0x0020, // [Space](https://www.fileformat.info/info/unicode/char/0020/index.htm)
    0x0009, // [CHARACTER TABULATION (HT)](https://www.fileformat.info/info/unicode/char/0009/index.htm)
    0x000a, // [LINE FEED (LF)](https://www.fileformat.info/info/unicode/char/000a/index.htm)
    0x000d, // [CARRIAGE RETURN (CR)](https://www.fileformat.info/info/unicode/char/000d/index.htm)
    0x000c, // [FORM FEED (FF)](https://www.fileformat.info/info/unicode/char/000c/index.htm)
    0x000b, // [LINE TABULATION (VT)](https://www.fileformat.info/info/unicode/char/000b/index.htm)
    // Latin-1 Supplement
    0x00a0, // [NO-BREAK SPACE (NBSP)](https://www.fileformat.info/info/unicode/char/00a0/index.htm)
    // Ogham
    0x1680, // [OGHAM SPACE MARK](https://www.fileformat.info/info/unicode/char/1680/index.htm)
    // General Punctuation
    0x2000, // [EN QUAD](https://www.fileformat.info/info/unicode/char/2000/index.htm)
    0x2001, // [EM QUAD](https://www.fileformat.info/info/unicode/char/2001/index.htm)
    0x2002, // [EN SPACE](https://www.fileformat.info/info/unicode/char/2002/index.htm)
    0x2003, // [EM SPACE](https://www.fileformat.info/info/unicode/char/2003/index.htm)
    0x2004, // [THREE-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2004/index.htm)
    0x2005, // [FOUR-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2005/index.htm)
    0x2006, // [SIX-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2006/index.htm)
    0x2007, // [FIGURE SPACE](https://www.fileformat.info/info/unicode/char/2007/index.htm)
    0x2008, // [PUNCTUATION SPACE](https://www.fileformat.info/info/unicode/char/2008/index.htm)
    0x2009, // [THIN SPACE](https://www.fileformat.info/info/unicode/char/2009/index.htm)
    0x200a, // [HAIR SPACE](https://www.fileformat.info/info/unicode/char/200a/index.htm)
    0x2028, // [LINE SEPARATOR](https://www.fileformat.info/info/unicode/char/2028/index.htm)
    0x2029, // [PARAGRAPH SEPARATOR](https://www.fileformat.info/info/unicode/char/2029/index.htm)
    0x202f, // [NARROW NO-BREAK SPACE (NNBSP)](https://www.fileformat.info/info/unicode/char/202f/index.htm)
    0x205f, // [MEDIUM MATHEMATICAL SPACE (MMSP)](https://www.fileformat.info/info/unicode/char/205f/index.htm)
    0x3000, // [IDEOGRAPHIC SPACE](https://www.fileformat.info/info/unicode/char/3000/index.htm)
    0xfeff, // [ZERO WIDTH NO-BREAK SPACE (BOM)](https://www.fileformat.info/info/unicode/char/feff/index.htm)
  ].reduce((acc, codepoint) => {
    const encoded = Buffer.from(
      String.fromCharCode(codepoint),
      options.encoding,
    );
    if (codepoint !== 0x3f && encoded.length === 1 && encoded[0] === 0x3f) {
      return acc;
    }
    acc.push(encoded);
    return acc;
  }, []);
  // First-byte lookup table for `__isCharTrimable`. Non-whitespace bytes
  // (the common case) bail out in O(1) without scanning every timchar.
  const timcharFirstBytes = new Uint8Array(256);
  for (const t of timchars) timcharFirstBytes[t[0]] = 1;
  return {
    bomSkipped: false,
    bufBytesStart: 0,
    castField: options.cast_function,
    commenting: false,
    delimiterBufPrevious: undefined,
    delimiterDiscovered: false,
    // Current error encountered by a record
    error: undefined,
    enabled: options.from_line === 1,
    escaping: false,
    escapeIsQuote:
      Buffer.isBuffer(options.escape) &&
      Buffer.isBuffer(options.quote) &&
      Buffer.compare(options.escape, options.quote) === 0,
    // columns can be `false`, `true`, `Array`
    expectedRecordLength: Array.isArray(options.columns)
      ? options.columns.length
      : undefined,
    field: new utils_ResizeableBuffer(20),
    firstLineToHeaders: options.cast_first_line_to_header,
    needMoreDataSize: Math.max(
      // Skip if the remaining buffer smaller than comment
      options.comment !== null ? options.comment.length : 0,
      // Skip if the remaining buffer can be delimiter
      ...(options.delimiter
        ? options.delimiter.map((delimiter) => delimiter.length)
        : []),
      // Auto discovery of delimiter is limited to 1 character
      options.delimiter_auto ? 1 : 0,
      // Skip if the remaining buffer can be escape sequence
      options.quote !== null ? options.quote.length : 0,
      // Skip if the remaining buffer can be a multi-byte trim character
      ...timchars.map((t) => t.length),
    ),
    previousBuf: undefined,
    quoting: false,
    stop: false,
    rawBuffer: new utils_ResizeableBuffer(100),
    record: [],
    recordHasError: false,
    record_length: 0,
    recordDelimiterMaxLength:
      options.record_delimiter.length === 0
        ? 0
        : Math.max(...options.record_delimiter.map((v) => v.length)),
    trimChars: [
      Buffer.from(" ", options.encoding)[0],
      Buffer.from("\t", options.encoding)[0],
    ],
    wasQuoting: false,
    wasRowDelimiter: false,
    timchars: timchars,
    timcharFirstBytes: timcharFirstBytes,
  };
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/utils/underscore.js
const underscore = function (str) {
  return str.replace(/([A-Z])/g, function (_, match) {
    return "_" + match.toLowerCase();
  });
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/normalize_options.js





const normalize_options = function (opts) {
  const options = {};
  // Merge with user options
  for (const opt in opts) {
    options[underscore(opt)] = opts[opt];
  }
  // Normalize option `encoding`
  // Note: defined first because other options depends on it
  // to convert chars/strings into buffers.
  if (options.encoding === undefined || options.encoding === true) {
    options.encoding = "utf8";
  } else if (options.encoding === null || options.encoding === false) {
    options.encoding = null;
  } else if (
    typeof options.encoding !== "string" &&
    options.encoding !== null
  ) {
    throw new CsvError(
      "CSV_INVALID_OPTION_ENCODING",
      [
        "Invalid option encoding:",
        "encoding must be a string or null to return a buffer,",
        `got ${JSON.stringify(options.encoding)}`,
      ],
      options,
    );
  }
  // Normalize option `bom`
  if (
    options.bom === undefined ||
    options.bom === null ||
    options.bom === false
  ) {
    options.bom = false;
  } else if (options.bom !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_BOM",
      [
        "Invalid option bom:",
        "bom must be true,",
        `got ${JSON.stringify(options.bom)}`,
      ],
      options,
    );
  }
  // Normalize option `cast`
  options.cast_function = null;
  if (
    options.cast === undefined ||
    options.cast === null ||
    options.cast === false ||
    options.cast === ""
  ) {
    options.cast = undefined;
  } else if (typeof options.cast === "function") {
    options.cast_function = options.cast;
    options.cast = true;
  } else if (options.cast !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST",
      [
        "Invalid option cast:",
        "cast must be true or a function,",
        `got ${JSON.stringify(options.cast)}`,
      ],
      options,
    );
  }
  // Normalize option `cast_date`
  if (
    options.cast_date === undefined ||
    options.cast_date === null ||
    options.cast_date === false ||
    options.cast_date === ""
  ) {
    options.cast_date = false;
  } else if (options.cast_date === true) {
    options.cast_date = function (value) {
      const date = Date.parse(value);
      return !isNaN(date) ? new Date(date) : value;
    };
  } else if (typeof options.cast_date !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST_DATE",
      [
        "Invalid option cast_date:",
        "cast_date must be true or a function,",
        `got ${JSON.stringify(options.cast_date)}`,
      ],
      options,
    );
  }
  // Normalize option `columns`
  options.cast_first_line_to_header = undefined;
  if (options.columns === true) {
    // Fields in the first line are converted as-is to columns
    options.cast_first_line_to_header = undefined;
  } else if (typeof options.columns === "function") {
    options.cast_first_line_to_header = options.columns;
    options.columns = true;
  } else if (Array.isArray(options.columns)) {
    options.columns = normalize_columns_array(options.columns);
  } else if (
    options.columns === undefined ||
    options.columns === null ||
    options.columns === false
  ) {
    options.columns = false;
  } else {
    throw new CsvError(
      "CSV_INVALID_OPTION_COLUMNS",
      [
        "Invalid option columns:",
        "expect an array, a function or true,",
        `got ${JSON.stringify(options.columns)}`,
      ],
      options,
    );
  }
  // Normalize option `group_columns_by_name`
  if (
    options.group_columns_by_name === undefined ||
    options.group_columns_by_name === null ||
    options.group_columns_by_name === false
  ) {
    options.group_columns_by_name = false;
  } else if (options.group_columns_by_name !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "expect an boolean,",
        `got ${JSON.stringify(options.group_columns_by_name)}`,
      ],
      options,
    );
  } else if (options.columns === false) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "the `columns` mode must be activated.",
      ],
      options,
    );
  }
  // Normalize option `comment`
  if (
    options.comment === undefined ||
    options.comment === null ||
    options.comment === false ||
    options.comment === ""
  ) {
    options.comment = null;
  } else {
    if (typeof options.comment === "string") {
      options.comment = Buffer.from(options.comment, options.encoding);
    }
    if (!Buffer.isBuffer(options.comment)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_COMMENT",
        [
          "Invalid option comment:",
          "comment must be a buffer or a string,",
          `got ${JSON.stringify(options.comment)}`,
        ],
        options,
      );
    }
  }
  // Normalize option `comment_no_infix`
  if (
    options.comment_no_infix === undefined ||
    options.comment_no_infix === null ||
    options.comment_no_infix === false
  ) {
    options.comment_no_infix = false;
  } else if (options.comment_no_infix !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_COMMENT",
      [
        "Invalid option comment_no_infix:",
        "value must be a boolean,",
        `got ${JSON.stringify(options.comment_no_infix)}`,
      ],
      options,
    );
  }
  // Normalize option `delimiter_auto`
  if (
    options.delimiter_auto === undefined ||
    options.delimiter_auto === null ||
    options.delimiter_auto === false
  ) {
    options.delimiter_auto = false;
  } else if (options.delimiter_auto === true) {
    options.delimiter_auto = {};
  } else if (!is_object(options.delimiter_auto)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_DELIMITER_AUTO",
      [
        "Invalid option delimiter_auto:",
        "delimiter_auto must be a boolean or a configuration object,",
        `got ${JSON.stringify(options.delimiter_auto)}`,
      ],
      options,
    );
  }
  if (options.delimiter_auto) {
    if (options.delimiter_auto.preferred === undefined)
      options.delimiter_auto.preferred = {
        [",".charCodeAt(0)]: 1.8,
        ["\t".charCodeAt(0)]: 1.8,
        [";".charCodeAt(0)]: 1.6,
        [" ".charCodeAt(0)]: 1.6,
        [":".charCodeAt(0)]: 1.5,
        [".".charCodeAt(0)]: 1.4,
        ["/".charCodeAt(0)]: 1.4,
      };
    else if (!is_object(options.delimiter_auto.preferred)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "preferred must be an object,",
          `got ${JSON.stringify(options.delimiter_auto.preferred)}`,
        ],
        options,
      );
    }
    if (options.delimiter_auto.score === undefined)
      options.delimiter_auto.score = (info, options) => {
        return (
          (info.total - info.std) * (options.preferred[info.char_code] || 1)
        );
      };
    else if (typeof options.delimiter_auto.score !== "function") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "score must be a function,",
          `got ${JSON.stringify(options.delimiter_auto.score)}`,
        ],
        options,
      );
    }
    if (options.delimiter_auto.size === undefined)
      options.delimiter_auto.size = 2048;
    else if (typeof options.delimiter_auto.size !== "number") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "size must be a number,",
          `got ${JSON.stringify(options.delimiter_auto.size)}`,
        ],
        options,
      );
    }
  }
  // Normalize option `delimiter`
  const delimiter_json = JSON.stringify(options.delimiter);
  if (options.delimiter_auto !== false) {
    options.delimiter = [];
  }
  if (!Array.isArray(options.delimiter)) {
    if (
      options.delimiter === undefined ||
      options.delimiter === null ||
      options.delimiter === false
    ) {
      options.delimiter = Buffer.from(",", options.encoding);
    }
    options.delimiter = [options.delimiter];
  }
  options.delimiter = options.delimiter.map(function (delimiter) {
    if (typeof delimiter === "string") {
      delimiter = Buffer.from(delimiter, options.encoding);
    }
    if (!Buffer.isBuffer(delimiter) || delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER",
        [
          "Invalid option delimiter:",
          "delimiter must be a non empty string or buffer or array of string|buffer,",
          `got ${delimiter_json}`,
        ],
        options,
      );
    }
    return delimiter;
  });
  // Normalize option `escape`
  if (options.escape === undefined || options.escape === true) {
    options.escape = Buffer.from('"', options.encoding);
  } else if (typeof options.escape === "string") {
    options.escape = Buffer.from(options.escape, options.encoding);
  } else if (options.escape === null || options.escape === false) {
    options.escape = null;
  }
  if (options.escape !== null) {
    if (!Buffer.isBuffer(options.escape)) {
      throw new Error(
        `Invalid Option: escape must be a buffer, a string or a boolean, got ${JSON.stringify(options.escape)}`,
      );
    }
  }
  // Normalize option `from`
  if (options.from === undefined || options.from === null) {
    options.from = 1;
  } else {
    if (typeof options.from === "string" && /\d+/.test(options.from)) {
      options.from = parseInt(options.from);
    }
    if (Number.isInteger(options.from)) {
      if (options.from < 0) {
        throw new Error(
          `Invalid Option: from must be a positive integer, got ${JSON.stringify(opts.from)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from must be an integer, got ${JSON.stringify(options.from)}`,
      );
    }
  }
  // Normalize option `from_line`
  if (options.from_line === undefined || options.from_line === null) {
    options.from_line = 1;
  } else {
    if (
      typeof options.from_line === "string" &&
      /\d+/.test(options.from_line)
    ) {
      options.from_line = parseInt(options.from_line);
    }
    if (Number.isInteger(options.from_line)) {
      if (options.from_line <= 0) {
        throw new Error(
          `Invalid Option: from_line must be a positive integer greater than 0, got ${JSON.stringify(opts.from_line)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from_line must be an integer, got ${JSON.stringify(opts.from_line)}`,
      );
    }
  }
  // Normalize options `ignore_last_delimiters`
  if (
    options.ignore_last_delimiters === undefined ||
    options.ignore_last_delimiters === null
  ) {
    options.ignore_last_delimiters = false;
  } else if (typeof options.ignore_last_delimiters === "number") {
    options.ignore_last_delimiters = Math.floor(options.ignore_last_delimiters);
    if (options.ignore_last_delimiters === 0) {
      options.ignore_last_delimiters = false;
    }
  } else if (typeof options.ignore_last_delimiters !== "boolean") {
    throw new CsvError(
      "CSV_INVALID_OPTION_IGNORE_LAST_DELIMITERS",
      [
        "Invalid option `ignore_last_delimiters`:",
        "the value must be a boolean value or an integer,",
        `got ${JSON.stringify(options.ignore_last_delimiters)}`,
      ],
      options,
    );
  }
  if (options.ignore_last_delimiters === true && options.columns === false) {
    throw new CsvError(
      "CSV_IGNORE_LAST_DELIMITERS_REQUIRES_COLUMNS",
      [
        "The option `ignore_last_delimiters`",
        "requires the activation of the `columns` option",
      ],
      options,
    );
  }
  // Normalize option `info`
  if (
    options.info === undefined ||
    options.info === null ||
    options.info === false
  ) {
    options.info = false;
  } else if (options.info !== true) {
    throw new Error(
      `Invalid Option: info must be true, got ${JSON.stringify(options.info)}`,
    );
  }
  // Normalize option `max_record_size`
  if (
    options.max_record_size === undefined ||
    options.max_record_size === null ||
    options.max_record_size === false
  ) {
    options.max_record_size = 0;
  } else if (
    Number.isInteger(options.max_record_size) &&
    options.max_record_size >= 0
  ) {
    // Great, nothing to do
  } else if (
    typeof options.max_record_size === "string" &&
    /\d+/.test(options.max_record_size)
  ) {
    options.max_record_size = parseInt(options.max_record_size);
  } else {
    throw new Error(
      `Invalid Option: max_record_size must be a positive integer, got ${JSON.stringify(options.max_record_size)}`,
    );
  }
  // Normalize option `objname`
  if (
    options.objname === undefined ||
    options.objname === null ||
    options.objname === false
  ) {
    options.objname = undefined;
  } else if (Buffer.isBuffer(options.objname)) {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty buffer`);
    }
    if (options.encoding === null) {
      // Don't call `toString`, leave objname as a buffer
    } else {
      options.objname = options.objname.toString(options.encoding);
    }
  } else if (typeof options.objname === "string") {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty string`);
    }
    // Great, nothing to do
  } else if (typeof options.objname === "number") {
    // if(options.objname.length === 0){
    //   throw new Error(`Invalid Option: objname must be a non empty string`);
    // }
    // Great, nothing to do
  } else {
    throw new Error(
      `Invalid Option: objname must be a string or a buffer, got ${options.objname}`,
    );
  }
  if (options.objname !== undefined) {
    if (typeof options.objname === "number") {
      if (options.columns !== false) {
        throw Error(
          "Invalid Option: objname index cannot be combined with columns or be defined as a field",
        );
      }
    } else {
      // A string or a buffer
      if (options.columns === false) {
        throw Error(
          "Invalid Option: objname field must be combined with columns or be defined as an index",
        );
      }
    }
  }
  // Normalize option `on_record`
  if (options.on_record === undefined || options.on_record === null) {
    options.on_record = undefined;
  } else if (typeof options.on_record !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_ON_RECORD",
      [
        "Invalid option `on_record`:",
        "expect a function,",
        `got ${JSON.stringify(options.on_record)}`,
      ],
      options,
    );
  }
  // Normalize option `on_skip`
  // options.on_skip ??= (err, chunk) => {
  //   this.emit('skip', err, chunk);
  // };
  if (
    options.on_skip !== undefined &&
    options.on_skip !== null &&
    typeof options.on_skip !== "function"
  ) {
    throw new Error(
      `Invalid Option: on_skip must be a function, got ${JSON.stringify(options.on_skip)}`,
    );
  }
  // Normalize option `quote`
  if (
    options.quote === null ||
    options.quote === false ||
    options.quote === ""
  ) {
    options.quote = null;
  } else {
    if (options.quote === undefined || options.quote === true) {
      options.quote = Buffer.from('"', options.encoding);
    } else if (typeof options.quote === "string") {
      options.quote = Buffer.from(options.quote, options.encoding);
    }
    if (!Buffer.isBuffer(options.quote)) {
      throw new Error(
        `Invalid Option: quote must be a buffer or a string, got ${JSON.stringify(options.quote)}`,
      );
    }
  }
  // Normalize option `raw`
  if (
    options.raw === undefined ||
    options.raw === null ||
    options.raw === false
  ) {
    options.raw = false;
  } else if (options.raw !== true) {
    throw new Error(
      `Invalid Option: raw must be true, got ${JSON.stringify(options.raw)}`,
    );
  }
  // Normalize option `record_delimiter`
  if (options.record_delimiter === undefined) {
    options.record_delimiter = [];
  } else if (
    typeof options.record_delimiter === "string" ||
    Buffer.isBuffer(options.record_delimiter)
  ) {
    if (options.record_delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer,",
          `got ${JSON.stringify(options.record_delimiter)}`,
        ],
        options,
      );
    }
    options.record_delimiter = [options.record_delimiter];
  } else if (!Array.isArray(options.record_delimiter)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_RECORD_DELIMITER",
      [
        "Invalid option `record_delimiter`:",
        "value must be a string, a buffer or array of string|buffer,",
        `got ${JSON.stringify(options.record_delimiter)}`,
      ],
      options,
    );
  }
  options.record_delimiter = options.record_delimiter.map(function (rd, i) {
    if (typeof rd !== "string" && !Buffer.isBuffer(rd)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a string, a buffer or array of string|buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`,
        ],
        options,
      );
    } else if (rd.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`,
        ],
        options,
      );
    }
    if (typeof rd === "string") {
      rd = Buffer.from(rd, options.encoding);
    }
    return rd;
  });
  // Normalize option `relax_column_count`
  if (typeof options.relax_column_count === "boolean") {
    // Great, nothing to do
  } else if (
    options.relax_column_count === undefined ||
    options.relax_column_count === null
  ) {
    options.relax_column_count = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count must be a boolean, got ${JSON.stringify(options.relax_column_count)}`,
    );
  }
  if (typeof options.relax_column_count_less === "boolean") {
    // Great, nothing to do
  } else if (
    options.relax_column_count_less === undefined ||
    options.relax_column_count_less === null
  ) {
    options.relax_column_count_less = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_less must be a boolean, got ${JSON.stringify(options.relax_column_count_less)}`,
    );
  }
  if (typeof options.relax_column_count_more === "boolean") {
    // Great, nothing to do
  } else if (
    options.relax_column_count_more === undefined ||
    options.relax_column_count_more === null
  ) {
    options.relax_column_count_more = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_more must be a boolean, got ${JSON.stringify(options.relax_column_count_more)}`,
    );
  }
  // Normalize option `relax_quotes`
  if (typeof options.relax_quotes === "boolean") {
    // Great, nothing to do
  } else if (
    options.relax_quotes === undefined ||
    options.relax_quotes === null
  ) {
    options.relax_quotes = false;
  } else {
    throw new Error(
      `Invalid Option: relax_quotes must be a boolean, got ${JSON.stringify(options.relax_quotes)}`,
    );
  }
  // Normalize option `skip_empty_lines`
  if (typeof options.skip_empty_lines === "boolean") {
    // Great, nothing to do
  } else if (
    options.skip_empty_lines === undefined ||
    options.skip_empty_lines === null
  ) {
    options.skip_empty_lines = false;
  } else {
    throw new Error(
      `Invalid Option: skip_empty_lines must be a boolean, got ${JSON.stringify(options.skip_empty_lines)}`,
    );
  }
  // Normalize option `skip_records_with_empty_values`
  if (typeof options.skip_records_with_empty_values === "boolean") {
    // Great, nothing to do
  } else if (
    options.skip_records_with_empty_values === undefined ||
    options.skip_records_with_empty_values === null
  ) {
    options.skip_records_with_empty_values = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_empty_values must be a boolean, got ${JSON.stringify(options.skip_records_with_empty_values)}`,
    );
  }
  // Normalize option `skip_records_with_error`
  if (typeof options.skip_records_with_error === "boolean") {
    // Great, nothing to do
  } else if (
    options.skip_records_with_error === undefined ||
    options.skip_records_with_error === null
  ) {
    options.skip_records_with_error = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_error must be a boolean, got ${JSON.stringify(options.skip_records_with_error)}`,
    );
  }
  // Normalize option `rtrim`
  if (
    options.rtrim === undefined ||
    options.rtrim === null ||
    options.rtrim === false
  ) {
    options.rtrim = false;
  } else if (options.rtrim !== true) {
    throw new Error(
      `Invalid Option: rtrim must be a boolean, got ${JSON.stringify(options.rtrim)}`,
    );
  }
  // Normalize option `ltrim`
  if (
    options.ltrim === undefined ||
    options.ltrim === null ||
    options.ltrim === false
  ) {
    options.ltrim = false;
  } else if (options.ltrim !== true) {
    throw new Error(
      `Invalid Option: ltrim must be a boolean, got ${JSON.stringify(options.ltrim)}`,
    );
  }
  // Normalize option `trim`
  if (
    options.trim === undefined ||
    options.trim === null ||
    options.trim === false
  ) {
    options.trim = false;
  } else if (options.trim !== true) {
    throw new Error(
      `Invalid Option: trim must be a boolean, got ${JSON.stringify(options.trim)}`,
    );
  }
  // Normalize options `trim`, `ltrim` and `rtrim`
  if (options.trim === true && opts.ltrim !== false) {
    options.ltrim = true;
  } else if (options.ltrim !== true) {
    options.ltrim = false;
  }
  if (options.trim === true && opts.rtrim !== false) {
    options.rtrim = true;
  } else if (options.rtrim !== true) {
    options.rtrim = false;
  }
  // Normalize option `to`
  if (options.to === undefined || options.to === null) {
    options.to = -1;
  } else if (options.to !== -1) {
    if (typeof options.to === "string" && /\d+/.test(options.to)) {
      options.to = parseInt(options.to);
    }
    if (Number.isInteger(options.to)) {
      if (options.to <= 0) {
        throw new Error(
          `Invalid Option: to must be a positive integer greater than 0, got ${JSON.stringify(opts.to)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to must be an integer, got ${JSON.stringify(opts.to)}`,
      );
    }
  }
  // Normalize option `to_line`
  if (options.to_line === undefined || options.to_line === null) {
    options.to_line = -1;
  } else if (options.to_line !== -1) {
    if (typeof options.to_line === "string" && /\d+/.test(options.to_line)) {
      options.to_line = parseInt(options.to_line);
    }
    if (Number.isInteger(options.to_line)) {
      if (options.to_line <= 0) {
        throw new Error(
          `Invalid Option: to_line must be a positive integer greater than 0, got ${JSON.stringify(opts.to_line)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to_line must be an integer, got ${JSON.stringify(opts.to_line)}`,
      );
    }
  }
  return options;
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/utils/delimiter_discover.js



// Discussed in [issue #400](https://github.com/adaltas/node-csv/issues/400)
// See https://github.com/python/cpython/blob/ea1b1c579f600cc85d145c60862b2e6b98701b24/Lib/csv.py#L349
const delimiter_discover = function (records, options) {
  // Normalize the configuration
  if (!options) {
    ({ delimiter_auto: options } = normalize_options({ delimiter_auto: true }));
  }
  // Convert String to Buffer
  if (typeof records === "string") {
    records = Buffer.from(records);
  }
  // Convert Buffer to an array of records
  if (Buffer.isBuffer(records)) {
    records = ((data) => {
      const records = [];
      const parser = transform({ delimiter: [] });
      const push = (record) => records.push(record);
      const close = () => {};
      const error = parser.parse(data, true, push, close);
      if (error !== undefined) throw error;
      return records;
    })(records);
  }
  // Info array initialization, 127 entries, one per char code
  const info = Array(127)
    .fill()
    .map(() => ({ lines: [] }));
  // Traverse each records, count occurences per char code
  records.map(([record], line) => {
    for (let i = 0, l = record.length; i < l; i++) {
      // Count the character frequency
      const code = record.charCodeAt(i);
      if (info[code].lines[line] === undefined) info[code].lines[line] = 0;
      info[code].lines[line]++;
    }
  });
  // Traverse each char code, compute the score
  info.map((info, i) => {
    info.char_code = i;
    info.std = std(info.lines);
    info.total = info.lines.reduce((acc, val) => acc + val, 0);
    info.preferred = !!options.preferred[i];
    info.score = options.score(info, options);
  });
  // Extract the dominant character
  const result = info.reduce(
    (acc, info) => (acc.score > info.score ? acc : info),
    {},
  );
  return String.fromCharCode(result.char_code);
};

const std = function (array) {
  const n = array.length;
  if (n === 0) return 0;
  const mean = array.reduce((a, b) => a + b) / n;
  return Math.sqrt(
    array.map((x) => Math.pow(x - mean, 2)).reduce((a, b) => a + b) / n,
  );
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/index.js






const isRecordEmpty = function (record) {
  return record.every(
    (field) =>
      field == null || (field.toString && field.toString().trim() === ""),
  );
};

const cr = 13; // `\r`, carriage return, 0x0D in hexadécimal, 13 in decimal
const nl = 10; // `\n`, newline, 0x0A in hexadecimal, 10 in decimal

const boms = {
  // Note, the following are equals:
  // Buffer.from("\ufeff")
  // Buffer.from([239, 187, 191])
  // Buffer.from('EFBBBF', 'hex')
  utf8: Buffer.from([239, 187, 191]),
  // Note, the following are equals:
  // Buffer.from "\ufeff", 'utf16le
  // Buffer.from([255, 254])
  utf16le: Buffer.from([255, 254]),
};

const transform = function (original_options = {}) {
  const info = {
    bytes: 0,
    bytes_records: 0,
    comment_lines: 0,
    empty_lines: 0,
    invalid_field_length: 0,
    lines: 1,
    records: 0,
  };
  const options = normalize_options(original_options);
  return {
    info: info,
    original_options: original_options,
    options: options,
    state: init_state(options),
    __needMoreData: function (i, bufLen, end) {
      if (end) return false;
      const { encoding, escape, quote } = this.options;
      const { quoting, needMoreDataSize, recordDelimiterMaxLength } =
        this.state;
      const numOfCharLeft = bufLen - i - 1;
      const requiredLength = Math.max(
        needMoreDataSize,
        // Skip if the remaining buffer smaller than record delimiter
        // If "record_delimiter" is yet to be discovered:
        // 1. It is equals to `[]` and "recordDelimiterMaxLength" equals `0`
        // 2. We set the length to windows line ending in the current encoding
        // Note, that encoding is known from user or bom discovery at that point
        // recordDelimiterMaxLength,
        recordDelimiterMaxLength === 0
          ? Buffer.from("\r\n", encoding).length
          : recordDelimiterMaxLength,
        // Skip if remaining buffer can be an escaped quote
        quoting ? (escape === null ? 0 : escape.length) + quote.length : 0,
        // Skip if remaining buffer can be record delimiter following the closing quote
        quoting ? quote.length + recordDelimiterMaxLength : 0,
      );
      return numOfCharLeft < requiredLength;
    },
    // Central parser implementation
    parse: function (nextBuf, end, push, close) {
      const {
        bom,
        comment_no_infix,
        delimiter_auto,
        encoding,
        from_line,
        ltrim,
        max_record_size,
        raw,
        relax_quotes,
        rtrim,
        skip_empty_lines,
        to,
        to_line,
      } = this.options;
      let { comment, escape, quote, record_delimiter } = this.options;
      const {
        bomSkipped,
        delimiterDiscovered,
        delimiterBufPrevious,
        rawBuffer,
        escapeIsQuote,
      } = this.state;
      // Automatic delimiter discovery
      if (!delimiterDiscovered && delimiter_auto) {
        let delimiterBuf;
        if (delimiterBufPrevious === undefined) {
          delimiterBuf = nextBuf;
        } else if (
          delimiterBufPrevious !== undefined &&
          nextBuf === undefined
        ) {
          delimiterBuf = delimiterBufPrevious;
        } else {
          delimiterBuf = Buffer.concat([delimiterBufPrevious, nextBuf]);
        }
        // Ensure that nextBuf is not concatenated a second time during buffer reconciliation
        nextBuf = undefined;
        // this.delimiterBufPrevious = delimiterBuf;
        if (end || delimiterBuf.length > delimiter_auto.size) {
          this.options.delimiter = [
            Buffer.from(
              delimiter_discover(delimiterBuf, this.options.delimiter_auto),
            ),
          ];
          this.state.previousBuf = delimiterBuf;
          this.state.delimiterBufPrevious = undefined;
          this.state.delimiterDiscovered = true;
        } else {
          this.state.delimiterBufPrevious = delimiterBuf;
          return;
        }
      }
      // Previous buffers reconciliation
      const { previousBuf } = this.state;
      let buf;
      if (previousBuf === undefined) {
        if (nextBuf === undefined) {
          // Handle empty string
          close();
          return;
        } else {
          buf = nextBuf;
        }
      } else if (previousBuf !== undefined && nextBuf === undefined) {
        buf = previousBuf;
      } else {
        buf = Buffer.concat([previousBuf, nextBuf]);
      }
      // Handle UTF BOM
      if (bomSkipped === false) {
        if (bom === false) {
          this.state.bomSkipped = true;
        } else if (buf.length < 3) {
          // No enough data
          if (end === false) {
            // Wait for more data
            this.state.previousBuf = buf;
            return;
          }
        } else {
          for (const encoding in boms) {
            if (boms[encoding].compare(buf, 0, boms[encoding].length) === 0) {
              // Skip BOM
              const bomLength = boms[encoding].length;
              this.state.bufBytesStart += bomLength;
              buf = buf.slice(bomLength);
              // Renormalize original options with the new encoding
              const options = normalize_options({
                ...this.original_options,
                encoding: encoding,
              });
              // Properties are merged with the existing options instance
              for (const key in options) {
                this.options[key] = options[key];
              }
              // Options will re-evaluate the Buffer with the new encoding
              ({ comment, escape, quote } = this.options);
              break;
            }
          }
          this.state.bomSkipped = true;
        }
      }
      const bufLen = buf.length;
      let pos;
      for (pos = 0; pos < bufLen; pos++) {
        // Ensure we get enough space to look ahead
        // There should be a way to move this out of the loop
        if (this.__needMoreData(pos, bufLen, end)) {
          break;
        }
        if (this.state.wasRowDelimiter === true) {
          this.info.lines++;
          this.state.wasRowDelimiter = false;
        }
        if (to_line !== -1 && this.info.lines > to_line) {
          this.state.stop = true;
          close();
          return;
        }
        // Auto discovery of record_delimiter, unix, mac and windows supported
        if (this.state.quoting === false && record_delimiter.length === 0) {
          const record_delimiterCount = this.__autoDiscoverRecordDelimiter(
            buf,
            pos,
          );
          if (record_delimiterCount) {
            record_delimiter = this.options.record_delimiter;
          }
        }
        const chr = buf[pos];
        if (raw === true) {
          rawBuffer.append(chr);
        }
        if (
          (chr === cr || chr === nl) &&
          this.state.wasRowDelimiter === false
        ) {
          this.state.wasRowDelimiter = true;
        }
        // Previous char was a valid escape char
        // treat the current char as a regular char
        if (this.state.escaping === true) {
          this.state.escaping = false;
        } else {
          // Escape is only active inside quoted fields
          // We are quoting, the char is an escape chr and there is a chr to escape
          // if(escape !== null && this.state.quoting === true && chr === escape && pos + 1 < bufLen){
          if (
            escape !== null &&
            this.state.quoting === true &&
            this.__isEscape(buf, pos, chr) &&
            pos + escape.length < bufLen
          ) {
            if (escapeIsQuote) {
              if (this.__isQuote(buf, pos + escape.length)) {
                this.state.escaping = true;
                pos += escape.length - 1;
                continue;
              }
            } else {
              this.state.escaping = true;
              pos += escape.length - 1;
              continue;
            }
          }
          // Not currently escaping and chr is a quote
          // TODO: need to compare bytes instead of single char
          if (this.state.commenting === false && this.__isQuote(buf, pos)) {
            if (this.state.quoting === true) {
              const nextChr = buf[pos + quote.length];
              const isNextChrTrimable =
                rtrim && this.__isCharTrimable(buf, pos + quote.length);
              const isNextChrComment =
                comment !== null &&
                this.__compareBytes(comment, buf, pos + quote.length, nextChr);
              const isNextChrDelimiter = this.__isDelimiter(
                buf,
                pos + quote.length,
                nextChr,
              );
              const isNextChrRecordDelimiter =
                record_delimiter.length === 0
                  ? this.__autoDiscoverRecordDelimiter(buf, pos + quote.length)
                  : this.__isRecordDelimiter(nextChr, buf, pos + quote.length);
              // Escape a quote
              // Treat next char as a regular character
              if (
                escape !== null &&
                this.__isEscape(buf, pos, chr) &&
                this.__isQuote(buf, pos + escape.length)
              ) {
                pos += escape.length - 1;
              } else if (
                !nextChr ||
                isNextChrDelimiter ||
                isNextChrRecordDelimiter ||
                isNextChrComment ||
                isNextChrTrimable
              ) {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                pos += quote.length - 1;
                continue;
              } else if (relax_quotes === false) {
                const err = this.__error(
                  new CsvError(
                    "CSV_INVALID_CLOSING_QUOTE",
                    [
                      "Invalid Closing Quote:",
                      `got "${String.fromCharCode(nextChr)}"`,
                      `at line ${this.info.lines}`,
                      "instead of delimiter, record delimiter, trimable character",
                      "(if activated) or comment",
                    ],
                    this.options,
                    this.__infoField(),
                  ),
                );
                if (err !== undefined) return err;
              } else {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                this.state.field.prepend(quote);
                pos += quote.length - 1;
              }
            } else {
              if (this.state.field.length !== 0) {
                // In relax_quotes mode, treat opening quote preceded by chrs as regular
                if (relax_quotes === false) {
                  const info = this.__infoField();
                  const bom = Object.keys(boms)
                    .map((b) =>
                      boms[b].equals(this.state.field.toString()) ? b : false,
                    )
                    .filter(Boolean)[0];
                  const err = this.__error(
                    new CsvError(
                      "INVALID_OPENING_QUOTE",
                      [
                        "Invalid Opening Quote:",
                        `a quote is found on field ${JSON.stringify(info.column)} at line ${info.lines}, value is ${JSON.stringify(this.state.field.toString(encoding))}`,
                        bom ? `(${bom} bom)` : undefined,
                      ],
                      this.options,
                      info,
                      {
                        field: this.state.field,
                      },
                    ),
                  );
                  if (err !== undefined) return err;
                }
              } else {
                this.state.quoting = true;
                pos += quote.length - 1;
                continue;
              }
            }
          }
          if (this.state.quoting === false) {
            const recordDelimiterLength = this.__isRecordDelimiter(
              chr,
              buf,
              pos,
            );
            if (recordDelimiterLength !== 0) {
              // Do not emit comments which take a full line
              const skipCommentLine =
                this.state.commenting &&
                this.state.wasQuoting === false &&
                this.state.record.length === 0 &&
                this.state.field.length === 0;
              if (skipCommentLine) {
                this.info.comment_lines++;
                // Skip full comment line
              } else {
                // Activate records emission if above from_line
                if (
                  this.state.enabled === false &&
                  this.info.lines +
                    (this.state.wasRowDelimiter === true ? 1 : 0) >=
                    from_line
                ) {
                  this.state.enabled = true;
                  this.__resetField();
                  this.__resetRecord();
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                // Skip if line is empty and skip_empty_lines activated
                if (
                  skip_empty_lines === true &&
                  this.state.wasQuoting === false &&
                  this.state.record.length === 0 &&
                  this.state.field.length === 0
                ) {
                  this.info.empty_lines++;
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                this.info.bytes = this.state.bufBytesStart + pos;
                const errField = this.__onField();
                if (errField !== undefined) return errField;
                this.info.bytes =
                  this.state.bufBytesStart + pos + recordDelimiterLength;
                const errRecord = this.__onRecord(push);
                if (errRecord !== undefined) return errRecord;
                if (to !== -1 && this.info.records >= to) {
                  this.state.stop = true;
                  close();
                  return;
                }
              }
              this.state.commenting = false;
              pos += recordDelimiterLength - 1;
              continue;
            }
            if (this.state.commenting) {
              continue;
            }
            if (
              comment !== null &&
              (comment_no_infix === false ||
                (this.state.record.length === 0 &&
                  this.state.field.length === 0))
            ) {
              const commentCount = this.__compareBytes(comment, buf, pos, chr);
              if (commentCount !== 0) {
                this.state.commenting = true;
                continue;
              }
            }
            const delimiterLength = this.__isDelimiter(buf, pos, chr);
            if (delimiterLength !== 0) {
              this.info.bytes = this.state.bufBytesStart + pos;
              const errField = this.__onField();
              if (errField !== undefined) return errField;
              pos += delimiterLength - 1;
              continue;
            }
          }
        }
        if (this.state.commenting === false) {
          if (
            max_record_size !== 0 &&
            this.state.record_length + this.state.field.length > max_record_size
          ) {
            return this.__error(
              new CsvError(
                "CSV_MAX_RECORD_SIZE",
                [
                  "Max Record Size:",
                  "record exceed the maximum number of tolerated bytes",
                  `of ${max_record_size}`,
                  `at line ${this.info.lines}`,
                ],
                this.options,
                this.__infoField(),
              ),
            );
          }
        }
        const lappend =
          ltrim === false ||
          this.state.quoting === true ||
          this.state.field.length !== 0 ||
          !this.__isCharTrimable(buf, pos);
        // rtrim in non quoting is handle in __onField
        const rappend = rtrim === false || this.state.wasQuoting === false;
        if (lappend === true && rappend === true) {
          this.state.field.append(chr);
        } else if (rtrim === true && !this.__isCharTrimable(buf, pos)) {
          return this.__error(
            new CsvError(
              "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE",
              [
                "Invalid Closing Quote:",
                "found non trimable byte after quote",
                `at line ${this.info.lines}`,
              ],
              this.options,
              this.__infoField(),
            ),
          );
        } else {
          if (lappend === false) {
            pos += this.__isCharTrimable(buf, pos) - 1;
          }
          continue;
        }
      }
      if (end === true) {
        // Ensure we are not ending in a quoting state
        if (this.state.quoting === true) {
          const err = this.__error(
            new CsvError(
              "CSV_QUOTE_NOT_CLOSED",
              [
                "Quote Not Closed:",
                `the parsing is finished with an opening quote at line ${this.info.lines}`,
              ],
              this.options,
              this.__infoField(),
            ),
          );
          if (err !== undefined) return err;
        } else {
          // Skip last line if it has no characters
          if (
            this.state.wasQuoting === true ||
            this.state.record.length !== 0 ||
            this.state.field.length !== 0
          ) {
            this.info.bytes = this.state.bufBytesStart + pos;
            const errField = this.__onField();
            if (errField !== undefined) return errField;
            const errRecord = this.__onRecord(push);
            if (errRecord !== undefined) return errRecord;
          } else if (this.state.wasRowDelimiter === true) {
            this.info.empty_lines++;
          } else if (this.state.commenting === true) {
            this.info.comment_lines++;
          }
        }
      } else {
        this.state.bufBytesStart += pos;
        this.state.previousBuf = buf.slice(pos);
      }
      if (this.state.wasRowDelimiter === true) {
        this.info.lines++;
        this.state.wasRowDelimiter = false;
      }
    },
    __onRecord: function (push) {
      const {
        columns,
        group_columns_by_name,
        encoding,
        info,
        from,
        relax_column_count,
        relax_column_count_less,
        relax_column_count_more,
        raw,
        skip_records_with_empty_values,
      } = this.options;
      const { enabled, record } = this.state;
      if (enabled === false) {
        return this.__resetRecord();
      }
      // Convert the first line into column names
      const recordLength = record.length;
      if (columns === true) {
        if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
          this.__resetRecord();
          return;
        }
        return this.__firstLineToColumns(record);
      }
      if (columns === false && this.info.records === 0) {
        this.state.expectedRecordLength = recordLength;
      }
      if (recordLength !== this.state.expectedRecordLength) {
        const err =
          columns === false
            ? new CsvError(
                "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH",
                [
                  "Invalid Record Length:",
                  `expect ${this.state.expectedRecordLength},`,
                  `got ${recordLength} on line ${this.info.lines}`,
                ],
                this.options,
                this.__infoField(),
                {
                  record: record,
                },
              )
            : new CsvError(
                "CSV_RECORD_INCONSISTENT_COLUMNS",
                [
                  "Invalid Record Length:",
                  `columns length is ${columns.length},`, // rename columns
                  `got ${recordLength} on line ${this.info.lines}`,
                ],
                this.options,
                this.__infoField(),
                {
                  record: record,
                },
              );
        if (
          relax_column_count === true ||
          (relax_column_count_less === true &&
            recordLength < this.state.expectedRecordLength) ||
          (relax_column_count_more === true &&
            recordLength > this.state.expectedRecordLength)
        ) {
          this.info.invalid_field_length++;
          this.state.error = err;
          // Error is undefined with skip_records_with_error
        } else {
          const finalErr = this.__error(err);
          if (finalErr) return finalErr;
        }
      }
      if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
        this.__resetRecord();
        return;
      }
      if (this.state.recordHasError === true) {
        this.__resetRecord();
        this.state.recordHasError = false;
        return;
      }
      this.info.records++;
      if (from === 1 || this.info.records >= from) {
        const { objname } = this.options;
        // With columns, records are object
        if (columns !== false) {
          const obj = {};
          // Transform record array to an object
          for (let i = 0, l = record.length; i < l; i++) {
            if (columns[i] === undefined || columns[i].disabled) continue;
            // Turn duplicate columns into an array
            if (
              group_columns_by_name === true &&
              Object.hasOwn(obj, columns[i].name)
            ) {
              if (Array.isArray(obj[columns[i].name])) {
                obj[columns[i].name] = obj[columns[i].name].concat(record[i]);
              } else {
                obj[columns[i].name] = [obj[columns[i].name], record[i]];
              }
            } else {
              Object.defineProperty(obj, columns[i].name, {
                value: record[i],
                enumerable: true,
                writable: true,
                configurable: true,
              });
            }
          }
          // Without objname (default)
          if (raw === true || info === true) {
            const extRecord = Object.assign(
              { record: obj },
              raw === true
                ? { raw: this.state.rawBuffer.toString(encoding) }
                : {},
              info === true ? { info: this.__infoRecord() } : {},
            );
            const err = this.__push(
              objname === undefined ? extRecord : [obj[objname], extRecord],
              push,
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === undefined ? obj : [obj[objname], obj],
              push,
            );
            if (err) {
              return err;
            }
          }
          // Without columns, records are array
        } else {
          if (raw === true || info === true) {
            const extRecord = Object.assign(
              { record: record },
              raw === true
                ? { raw: this.state.rawBuffer.toString(encoding) }
                : {},
              info === true ? { info: this.__infoRecord() } : {},
            );
            const err = this.__push(
              objname === undefined ? extRecord : [record[objname], extRecord],
              push,
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === undefined ? record : [record[objname], record],
              push,
            );
            if (err) {
              return err;
            }
          }
        }
      }
      this.__resetRecord();
    },
    __firstLineToColumns: function (record) {
      const { firstLineToHeaders } = this.state;
      try {
        const headers =
          firstLineToHeaders === undefined
            ? record
            : firstLineToHeaders.call(null, record);
        if (!Array.isArray(headers)) {
          return this.__error(
            new CsvError(
              "CSV_INVALID_COLUMN_MAPPING",
              [
                "Invalid Column Mapping:",
                "expect an array from column function,",
                `got ${JSON.stringify(headers)}`,
              ],
              this.options,
              this.__infoField(),
              {
                headers: headers,
              },
            ),
          );
        }
        const normalizedHeaders = normalize_columns_array(headers);
        this.state.expectedRecordLength = normalizedHeaders.length;
        this.options.columns = normalizedHeaders;
        this.__resetRecord();
        return;
      } catch (err) {
        return err;
      }
    },
    __resetRecord: function () {
      if (this.options.raw === true) {
        this.state.rawBuffer.reset();
      }
      this.state.error = undefined;
      this.state.record = [];
      this.state.record_length = 0;
    },
    __onField: function () {
      const { cast, encoding, rtrim, max_record_size } = this.options;
      const { enabled, wasQuoting } = this.state;
      // Short circuit for the from_line options
      if (enabled === false) {
        return this.__resetField();
      }
      let field = this.state.field.toString(encoding);
      if (rtrim === true && wasQuoting === false) {
        field = field.trimRight();
      }
      if (cast === true) {
        const [err, f] = this.__cast(field);
        if (err !== undefined) return err;
        field = f;
      }
      this.state.record.push(field);
      // Increment record length if record size must not exceed a limit
      if (max_record_size !== 0 && typeof field === "string") {
        this.state.record_length += field.length;
      }
      this.__resetField();
    },
    __resetField: function () {
      this.state.field.reset();
      this.state.wasQuoting = false;
    },
    __push: function (record, push) {
      const { on_record } = this.options;
      if (on_record !== undefined) {
        const info = this.__infoRecord();
        try {
          record = on_record.call(null, record, info);
        } catch (err) {
          return err;
        }
        if (record === undefined || record === null) {
          return;
        }
      }
      this.info.bytes_records += this.info.bytes;
      push(record);
    },
    // Return a tuple with the error and the casted value
    __cast: function (field) {
      const { columns, relax_column_count } = this.options;
      const isColumns = Array.isArray(columns);
      // Dont loose time calling cast
      // because the final record is an object
      // and this field can't be associated to a key present in columns
      if (
        isColumns === true &&
        relax_column_count &&
        this.options.columns.length <= this.state.record.length
      ) {
        return [undefined, undefined];
      }
      if (this.state.castField !== null) {
        try {
          const info = this.__infoField();
          return [undefined, this.state.castField.call(null, field, info)];
        } catch (err) {
          return [err];
        }
      }
      if (this.__isFloat(field)) {
        return [undefined, parseFloat(field)];
      } else if (this.options.cast_date !== false) {
        const info = this.__infoField();
        return [undefined, this.options.cast_date.call(null, field, info)];
      }
      return [undefined, field];
    },
    __compareBytes: function (sourceBuf, targetBuf, targetPos, firstByte) {
      if (sourceBuf[0] !== firstByte) return 0;
      const sourceLength = sourceBuf.length;
      for (let i = 1; i < sourceLength; i++) {
        if (sourceBuf[i] !== targetBuf[targetPos + i]) return 0;
      }
      return sourceLength;
    },
    // Helper to test if a character is trimable
    __isCharTrimable: function (buf, pos) {
      const { timchars, timcharFirstBytes } = this.state;
      // Fast bail-out: non-whitespace bytes (the common case) are rejected
      // without scanning the full timchar list.
      const first = buf[pos];
      if (first === undefined || timcharFirstBytes[first] === 0) return 0;
      loop1: for (let i = 0; i < timchars.length; i++) {
        const timchar = timchars[i];
        for (let j = 0; j < timchar.length; j++) {
          if (timchar[j] !== buf[pos + j]) continue loop1;
        }
        return timchar.length;
      }
      return 0;
    },
    __isDelimiter: function (buf, pos, chr) {
      const { delimiter, ignore_last_delimiters } = this.options;
      if (
        ignore_last_delimiters === true &&
        this.state.record.length === this.options.columns.length - 1
      ) {
        return 0;
      } else if (
        ignore_last_delimiters !== false &&
        typeof ignore_last_delimiters === "number" &&
        this.state.record.length === ignore_last_delimiters - 1
      ) {
        return 0;
      }
      loop1: for (let i = 0; i < delimiter.length; i++) {
        const del = delimiter[i];
        if (del[0] === chr) {
          for (let j = 1; j < del.length; j++) {
            if (del[j] !== buf[pos + j]) continue loop1;
          }
          return del.length;
        }
      }
      return 0;
    },
    __isEscape: function (buf, pos, chr) {
      const { escape } = this.options;
      if (escape === null) return false;
      const l = escape.length;
      if (escape[0] === chr) {
        for (let i = 0; i < l; i++) {
          if (escape[i] !== buf[pos + i]) {
            return false;
          }
        }
        return true;
      }
      return false;
    },
    __isFloat: function (value) {
      return value - parseFloat(value) + 1 >= 0; // Borrowed from jquery
    },
    // Keep it in case we implement the `cast_int` option
    // __isInt(value){
    //   // return Number.isInteger(parseInt(value))
    //   // return !isNaN( parseInt( obj ) );
    //   return /^(\-|\+)?[1-9][0-9]*$/.test(value)
    // }
    __isQuote: function (buf, pos) {
      const { quote } = this.options;
      if (quote === null) return false;
      const l = quote.length;
      for (let i = 0; i < l; i++) {
        if (quote[i] !== buf[pos + i]) {
          return false;
        }
      }
      return true;
    },
    __isRecordDelimiter: function (chr, buf, pos) {
      const { record_delimiter } = this.options;
      const recordDelimiterLength = record_delimiter.length;
      loop1: for (let i = 0; i < recordDelimiterLength; i++) {
        const rd = record_delimiter[i];
        const rdLength = rd.length;
        if (rd[0] !== chr) {
          continue;
        }
        for (let j = 1; j < rdLength; j++) {
          if (rd[j] !== buf[pos + j]) {
            continue loop1;
          }
        }
        return rd.length;
      }
      return 0;
    },
    __autoDiscoverRecordDelimiter: function (buf, pos) {
      const { encoding } = this.options;
      // Note, we don't need to cache this information in state,
      // It is only called on the first line until we find out a suitable
      // record delimiter.
      const rds = [
        // Important, the windows line ending must be before mac os 9
        Buffer.from("\r\n", encoding),
        Buffer.from("\n", encoding),
        Buffer.from("\r", encoding),
      ];
      loop: for (let i = 0; i < rds.length; i++) {
        const l = rds[i].length;
        for (let j = 0; j < l; j++) {
          if (rds[i][j] !== buf[pos + j]) {
            continue loop;
          }
        }
        this.options.record_delimiter.push(rds[i]);
        this.state.recordDelimiterMaxLength = rds[i].length;
        return rds[i].length;
      }
      return 0;
    },
    __error: function (msg) {
      const { encoding, raw, skip_records_with_error } = this.options;
      const err = typeof msg === "string" ? new Error(msg) : msg;
      if (skip_records_with_error) {
        this.state.recordHasError = true;
        if (this.options.on_skip !== undefined) {
          try {
            this.options.on_skip(
              err,
              raw ? this.state.rawBuffer.toString(encoding) : undefined,
            );
          } catch (err) {
            return err;
          }
        }
        // this.emit('skip', err, raw ? this.state.rawBuffer.toString(encoding) : undefined);
        return undefined;
      } else {
        return err;
      }
    },
    __infoDataSet: function () {
      return {
        ...this.info,
        columns: this.options.columns,
      };
    },
    __infoRecord: function () {
      const { columns, raw, encoding } = this.options;
      return {
        ...this.__infoDataSet(),
        bytes_records: this.info.bytes,
        error: this.state.error,
        header: columns === true,
        index: this.state.record.length,
        raw: raw ? this.state.rawBuffer.toString(encoding) : undefined,
      };
    },
    __infoField: function () {
      const { columns } = this.options;
      const isColumns = Array.isArray(columns);
      // Bytes records are only incremented when all records'fields are parsed
      const bytes_records = this.info.bytes_records;
      return {
        ...this.__infoRecord(),
        bytes_records: bytes_records,
        column:
          isColumns === true
            ? columns.length > this.state.record.length
              ? columns[this.state.record.length].name
              : null
            : this.state.record.length,
        quoting: this.state.wasQuoting,
      };
    },
  };
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/sync.js



const parse = function (data, opts = {}) {
  if (typeof data === "string") {
    data = Buffer.from(data);
  }
  const records = opts && opts.objname ? Object.create(null) : [];
  const parser = transform(opts);
  const push = (record) => {
    if (parser.options.objname === undefined) records.push(record);
    else {
      records[record[0]] = record[1];
    }
  };
  const close = () => {};
  const error = parser.parse(data, true, push, close);
  if (error !== undefined) throw error;
  return records;
};



;// CONCATENATED MODULE: ./src/data/numbers.ts
/**
 * Numbers read straight from the bytes of a cell, without making a string: the one number parser
 * of the data layer (NumberReader; the CSV scanner and the column builders both use it).
 */
/** Exact powers of ten 1e0..1e22. */
const POW10 = new Float64Array(23);
for (let i = 0; i < 23; i++)
    POW10[i] = Number(`1e${i}`);
/** Whether byte `b` is an ASCII digit. */
function isDigit(b) {
    return b >= 48 && b <= 57;
}
function asciiText(src, s, e) {
    let text = '';
    for (let i = s; i < e; i++)
        text += String.fromCharCode(src[i]);
    return text;
}
/**
 * Reads a decimal number ([+-] digits [. digits] [e [+-] digits]) from the bytes, without making a
 * string; `end` is where the last read stopped. The value equals Number(text) exactly: the fast
 * path multiplies or divides an exact integer mantissa (at most 15 significant digits) by an exact
 * power of ten, one correctly rounded operation; longer mantissas or large exponents go through
 * Number(). One pass: the CSV scanner reads a cell's number and finds the cell's end together.
 */
class NumberReader {
    /** The offset just past the last number read (where reading stopped). */
    end = 0;
    /**
     * The number that starts at src[s] and ends before `e` or at the first byte that cannot continue
     * it (then `end` is that byte's offset), or NaN when no number starts there (no digit, or an
     * exponent marker without digits).
     */
    read(src, s, e) {
        // Plain decimals of at most 15 digits (most cells) in one tight loop; the rest in readAny.
        let i = s;
        let c = i < e ? src[i] : 0;
        const negative = c === 45;
        if (negative || c === 43)
            i++;
        let mantissa = 0;
        let digits = 0;
        let scale = 0;
        while (i < e) {
            c = src[i] - 48;
            if (c < 0 || c > 9)
                break;
            mantissa = mantissa * 10 + c;
            digits++;
            i++;
        }
        if (i < e && src[i] === 46) {
            i++;
            while (i < e) {
                c = src[i] - 48;
                if (c < 0 || c > 9)
                    break;
                mantissa = mantissa * 10 + c;
                digits++;
                scale++;
                i++;
            }
        }
        if (digits === 0 || digits > 15 || (i < e && (src[i] === 101 || src[i] === 69)))
            return this.readAny(src, s, e);
        this.end = i;
        const value = scale === 0 ? mantissa : mantissa / POW10[scale];
        return negative ? -value : value;
    }
    /** `read` for what the tight loop leaves: more than 15 digits, an exponent, or no digit at all. */
    readAny(src, s, e) {
        let i = s;
        let negative = false;
        let b = i < e ? src[i] : 0;
        if (b === 45 || b === 43) {
            negative = b === 45;
            i++;
        }
        let mantissa = 0;
        let significant = 0;
        let digits = 0;
        let scale = 0;
        let slow = false;
        while (i < e) {
            b = src[i];
            if (!isDigit(b))
                break;
            digits++;
            if (significant > 0 || b !== 48) {
                if (significant < 15) {
                    mantissa = mantissa * 10 + (b - 48);
                    significant++;
                }
                else {
                    slow = true;
                }
            }
            i++;
        }
        if (i < e && src[i] === 46) {
            i++;
            while (i < e) {
                b = src[i];
                if (!isDigit(b))
                    break;
                digits++;
                if (significant > 0 || b !== 48) {
                    if (significant < 15) {
                        mantissa = mantissa * 10 + (b - 48);
                        significant++;
                        scale--;
                    }
                    else {
                        slow = true;
                    }
                }
                else {
                    scale--;
                }
                i++;
            }
        }
        this.end = i;
        if (digits === 0)
            return NaN;
        if (i < e && (src[i] === 101 || src[i] === 69)) {
            i++;
            let expNegative = false;
            if (i < e && (src[i] === 45 || src[i] === 43)) {
                expNegative = src[i] === 45;
                i++;
            }
            let exponent = 0;
            const start = i;
            while (i < e && isDigit(src[i])) {
                if (exponent < 100_000)
                    exponent = exponent * 10 + (src[i] - 48);
                i++;
            }
            this.end = i;
            if (i === start)
                return NaN;
            scale += expNegative ? -exponent : exponent;
        }
        if (!slow) {
            if (mantissa === 0)
                return negative ? -0 : 0;
            let value;
            if (scale === 0)
                value = mantissa;
            else if (scale > 0 && scale <= 22)
                value = mantissa * POW10[scale];
            else if (scale < 0 && scale >= -22)
                value = mantissa / POW10[-scale];
            else
                return Number(asciiText(src, s, i));
            return negative ? -value : value;
        }
        return Number(asciiText(src, s, i));
    }
}
const reader = new NumberReader();
/**
 * The number in src[s, e) (surrounding spaces allowed), or NaN when the text is not a decimal
 * number ([+-] digits [. digits] [e [+-] digits]); equals Number(text) exactly (see NumberReader).
 */
function parseNumber(src, s, e) {
    while (s < e && src[s] === 32)
        s++;
    while (e > s && src[e - 1] === 32)
        e--;
    if (s === e)
        return NaN;
    const value = reader.read(src, s, e);
    return reader.end === e ? value : NaN;
}
/** Non-finite number tokens (case-insensitive): inf, infinity (signed) and nan. */
function nonFiniteToken(src, s, e) {
    let i = s;
    let sign = 1;
    if (i < e && (src[i] === 43 || src[i] === 45)) {
        if (src[i] === 45)
            sign = -1;
        i++;
    }
    const len = e - i;
    if (len !== 3 && len !== 8)
        return undefined;
    let word = '';
    for (let k = i; k < e; k++)
        word += String.fromCharCode(src[k] | 0x20);
    if (word === 'inf' || word === 'infinity')
        return sign * Infinity;
    if (word === 'nan')
        return NaN;
    return undefined;
}

;// CONCATENATED MODULE: ./src/data/dates.ts
/**
 * Dates and date-times read straight from the bytes of a cell: ISO 8601 (also with `/` between
 * year, month and day, as spreadsheets export) and month-name dates such as `Jan 1 2000`.
 */

function twoDigits(src, i) {
    const a = src[i] - 48;
    const b = src[i + 1] - 48;
    if (a < 0 || a > 9 || b < 0 || b > 9)
        return -1;
    return a * 10 + b;
}
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/**
 * Epoch milliseconds of an ISO 8601 date or date-time in src[s, e), or NaN. Accepted:
 * YYYY-MM-DD (or YYYY/MM/DD), then optionally T or space, HH:MM[:SS[.fff...]], then optionally Z
 * or +-HH[:]MM. A date-time without a zone is read as UTC.
 */
function parseIsoDate(src, s, e) {
    const len = e - s;
    const dash = src[s + 4];
    if (len < 10 || (dash !== 45 && dash !== 47) || src[s + 7] !== dash)
        return NaN;
    const y1 = twoDigits(src, s);
    const y2 = twoDigits(src, s + 2);
    const month = twoDigits(src, s + 5);
    const day = twoDigits(src, s + 8);
    if (y1 < 0 || y2 < 0 || month < 1 || month > 12 || day < 1)
        return NaN;
    const year = y1 * 100 + y2;
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    if (day > (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]))
        return NaN;
    let ms = Date.UTC(year, month - 1, day);
    if (year < 100)
        ms = new Date(ms).setUTCFullYear(year);
    let i = s + 10;
    if (i === e)
        return ms;
    const sep = src[i];
    if (sep !== 84 && sep !== 32 && sep !== 116)
        return NaN;
    i++;
    if (e - i < 5 || src[i + 2] !== 58)
        return NaN;
    const hour = twoDigits(src, i);
    const minute = twoDigits(src, i + 3);
    if (hour < 0 || hour > 24 || minute < 0 || minute > 59)
        return NaN;
    ms += hour * 3_600_000 + minute * 60_000;
    i += 5;
    if (i < e && src[i] === 58) {
        if (e - i < 3)
            return NaN;
        const second = twoDigits(src, i + 1);
        if (second < 0 || second > 60)
            return NaN;
        ms += second * 1000;
        i += 3;
        if (i < e && (src[i] === 46 || src[i] === 44)) {
            i++;
            const start = i;
            let fraction = 0;
            let weight = 100;
            while (i < e && isDigit(src[i])) {
                fraction += (src[i] - 48) * weight;
                weight /= 10;
                i++;
            }
            if (i === start)
                return NaN;
            ms += Math.round(fraction * 1000) / 1000;
        }
    }
    if (i === e)
        return ms;
    const zone = src[i];
    if ((zone === 90 || zone === 122) && i + 1 === e)
        return ms;
    if (zone !== 43 && zone !== 45)
        return NaN;
    i++;
    const zh = twoDigits(src, i);
    if (zh < 0 || e - i < 2)
        return NaN;
    i += 2;
    if (i < e && src[i] === 58)
        i++;
    let zm = 0;
    if (i < e) {
        if (e - i !== 2)
            return NaN;
        zm = twoDigits(src, i);
        if (zm < 0 || zm > 59)
            return NaN;
    }
    const offset = (zh * 60 + zm) * 60_000;
    return zone === 43 ? ms - offset : ms + offset;
}
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Epoch ms (UTC) of `Mon D YYYY` or `Mon D, YYYY` (English month abbreviation, any case), or NaN. */
function parseMonthNameDate(src, s, e) {
    if (e - s < 10 || e - s > 12 || src[s + 3] !== 32)
        return NaN;
    let name = '';
    for (let k = s; k < s + 3; k++)
        name += String.fromCharCode(src[k] | 0x20);
    const month = MONTHS.indexOf(name);
    if (month < 0)
        return NaN;
    let i = s + 4;
    let day = 0;
    const dayStart = i;
    while (i < e && isDigit(src[i]) && i - dayStart < 2)
        day = day * 10 + (src[i++] - 48);
    if (i === dayStart || day < 1)
        return NaN;
    if (src[i] === 44)
        i++;
    if (src[i] !== 32 || e - i !== 5)
        return NaN;
    i++;
    const y1 = twoDigits(src, i);
    const y2 = twoDigits(src, i + 2);
    if (y1 < 0 || y2 < 0)
        return NaN;
    const year = y1 * 100 + y2;
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    if (day > (month === 1 && leap ? 29 : DAYS_IN_MONTH[month]))
        return NaN;
    const ms = Date.UTC(year, month, day);
    return year < 100 ? new Date(ms).setUTCFullYear(year) : ms;
}
/** Epoch ms of a date in any accepted form (ISO 8601 with `-` or `/`, or `Jan 1 2000`), or NaN. O(length). */
function parseDate(src, s, e) {
    const time = parseIsoDate(src, s, e);
    return Number.isNaN(time) && e - s >= 10 && src[s] > 64 ? parseMonthNameDate(src, s, e) : time;
}

;// CONCATENATED MODULE: ./src/data/growth.ts
/**
 * Growth of typed arrays filled one row (or one dictionary level) at a time: the one place the
 * data layer copies an array into a larger one. Callers double the capacity, so filling n
 * entries copies fewer than 2n in all.
 */
/**
 * A copy of `array` with room for `length` entries (the new ones zero), of the same type and on
 * the same kind of buffer: a SharedArrayBuffer-backed array stays shared (see shared.ts). O(length).
 */
function grown(array, length) {
    const bytes = length * array.BYTES_PER_ELEMENT;
    const buffer = array.buffer instanceof SharedArrayBuffer ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);
    const next = new array.constructor(buffer);
    next.set(array);
    return next;
}
/** `capacity` doubled until it holds `needed` entries (at least 1). */
function doubled(capacity, needed) {
    let next = Math.max(1, capacity);
    while (next < needed)
        next *= 2;
    return next;
}

;// CONCATENATED MODULE: ./src/data/dictionary.ts
/**
 * The dictionary of one text column during the scan: a cell's bytes are hashed (FNV-1a) and
 * looked up in an open-addressing table over level indexes + 1, with the level bytes kept in one
 * arena, so a string is decoded only for a new level. Past MAX_DICTIONARY_LEVELS distinct values
 * it gives up (the column is identifier-like) and frees its memory.
 */

/** Distinct levels kept per column; past this a text column is identifier-like (memory bound). */
const MAX_DICTIONARY_LEVELS = 100_000;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
/** The code every cell gets once the dictionary overflowed. */
const OVERFLOW_CODE = -2;
const decoder = new TextDecoder('utf-8');
class LevelDictionary {
    /** The distinct texts in order of first appearance (empty once overflowed). */
    levels = [];
    /** More than MAX_DICTIONARY_LEVELS distinct values were seen. */
    overflow = false;
    slots = new Int32Array(16);
    levelHash = new Int32Array(16);
    levelStart = new Int32Array(16);
    levelLength = new Int32Array(16);
    arena = new Uint8Array(256);
    arenaLength = 0;
    /** The code of src[s, e), adding a level when new; OVERFLOW_CODE once overflowed. */
    code(src, s, e) {
        if (this.overflow)
            return OVERFLOW_CODE;
        let hash = FNV_OFFSET;
        for (let i = s; i < e; i++)
            hash = Math.imul(hash ^ src[i], FNV_PRIME);
        return this.codeWithHash(src, s, e, hash);
    }
    /** As `code`, with the FNV-1a hash of src[s, e) already computed (by the scanner). */
    codeWithHash(src, s, e, hash) {
        if (this.overflow)
            return OVERFLOW_CODE;
        const slots = this.slots;
        const mask = slots.length - 1;
        const len = e - s;
        let slot = hash & mask;
        for (;;) {
            const entry = slots[slot];
            if (entry === 0)
                break;
            const level = entry - 1;
            if (this.levelHash[level] === hash && this.levelLength[level] === len) {
                const start = this.levelStart[level];
                const arena = this.arena;
                let k = 0;
                while (k < len && arena[start + k] === src[s + k])
                    k++;
                if (k === len)
                    return level;
            }
            slot = (slot + 1) & mask;
        }
        return this.addLevel(src, s, e, hash, slot);
    }
    addLevel(src, s, e, hash, slot) {
        const level = this.levels.length;
        if (level >= MAX_DICTIONARY_LEVELS) {
            this.overflow = true;
            this.levels = [];
            this.slots = new Int32Array(0);
            this.arena = new Uint8Array(0);
            return OVERFLOW_CODE;
        }
        const len = e - s;
        if (level === this.levelHash.length) {
            const size = level * 2;
            this.levelHash = grown(this.levelHash, size);
            this.levelStart = grown(this.levelStart, size);
            this.levelLength = grown(this.levelLength, size);
        }
        if (this.arenaLength + len > this.arena.length) {
            this.arena = grown(this.arena, doubled(this.arena.length, this.arenaLength + len));
        }
        this.arena.set(src.subarray(s, e), this.arenaLength);
        this.levelHash[level] = hash;
        this.levelStart[level] = this.arenaLength;
        this.levelLength[level] = len;
        this.arenaLength += len;
        this.levels.push(decoder.decode(src.subarray(s, e)));
        this.slots[slot] = level + 1;
        if ((level + 1) * 2 > this.slots.length)
            this.rehash();
        return level;
    }
    rehash() {
        const slots = new Int32Array(this.slots.length * 2);
        const mask = slots.length - 1;
        for (let level = 0; level < this.levels.length; level++) {
            let slot = this.levelHash[level] & mask;
            while (slots[slot] !== 0)
                slot = (slot + 1) & mask;
            slots[slot] = level + 1;
        }
        this.slots = slots;
    }
}

;// CONCATENATED MODULE: ./src/data/shared.ts
/**
 * Typed arrays on SharedArrayBuffer: the loader allocates the per-row arrays of a Table this way
 * so a worker thread (the joint checks, see compare-worker.ts) gets the Tables without a copy
 * (structured clone shares SharedArrayBuffer memory; it copies ordinary ArrayBuffers).
 */
function sharedFloat64(length) {
    return new Float64Array(new SharedArrayBuffer(length * Float64Array.BYTES_PER_ELEMENT));
}
function sharedInt32(length) {
    return new Int32Array(new SharedArrayBuffer(length * Int32Array.BYTES_PER_ELEMENT));
}
function sharedUint32(length) {
    return new Uint32Array(new SharedArrayBuffer(length * Uint32Array.BYTES_PER_ELEMENT));
}
/** Whether the array's memory is a SharedArrayBuffer (shared, not copied, with a worker). */
function isShared(array) {
    return array.buffer instanceof SharedArrayBuffer;
}
/** A copy of `array` on a SharedArrayBuffer. */
function sharedCopy(array) {
    const copy = array instanceof Float64Array
        ? sharedFloat64(array.length)
        : array instanceof Int32Array
            ? sharedInt32(array.length)
            : sharedUint32(array.length);
    copy.set(array);
    return copy;
}
/** `array` itself when shared, else a copy on a SharedArrayBuffer. */
function asShared(array) {
    return isShared(array) ? array : sharedCopy(array);
}
/**
 * The first `rows` entries, on a SharedArrayBuffer: a view when little is wasted, else a copy
 * (frees the spare room).
 */
function fitted(array, rows) {
    const view = array.subarray(0, rows);
    return array.length > rows * 1.25 + 64 ? sharedCopy(view) : asShared(view);
}

;// CONCATENATED MODULE: ./src/data/columns.ts
/**
 * Per-column accumulation while a CSV is scanned: every cell arrives as a byte range and is
 * classified without creating a string (numbers parsed straight from the bytes, text
 * dictionary-coded by hashing its bytes; a string is decoded only for a new level). What is kept
 * (RawColumn) is enough to decide the column type from both sides later without the raw text.
 */





/** Numbers so far (or nothing but missing values): values hold the parse, no dictionary. */
const MODE_NUMBER = 0;
/** ISO dates so far: values hold epoch ms, the dictionary is kept while it is small. */
const MODE_DATE = 1;
/** Text: dictionary codes only. */
const MODE_TEXT = 2;
/** Configured numeric: anything that is not a finite number is coerced to missing. */
const MODE_FORCED_NUMBER = 3;
/** Configured datetime: anything that is not an ISO date is coerced to missing. */
const MODE_FORCED_DATE = 4;
/** Configured identifier: only missing values are counted. */
const MODE_SKIP = 5;
/**
 * Whether src[s, e) is a code with a leading zero (`02134`, `007`): all digits, the first a 0 and
 * at least two of them. Such a column is text, not numbers (the zeros would be lost).
 */
function isCode(src, s, e) {
    if (e - s < 2 || src[s] !== 48)
        return false;
    for (let k = s + 1; k < e; k++)
        if (!isDigit(src[k]))
            return false;
    return true;
}
/** Coerced cells remembered per column (and per table); the total is always counted. */
const MAX_COERCED_RECORDED = 100;
const columns_decoder = new TextDecoder('utf-8');
/** Accumulates one column during the scan. One class for every column keeps the calls monomorphic. */
class ColumnBuilder {
    name;
    forced;
    mode;
    /** The scanner may parse plain decimals itself and call putNumber (numbers mode, no numeric missing token). */
    fastNumbers = false;
    /** The scanner may hash unquoted cells itself and call putText (text mode with a live dictionary). */
    fastText = false;
    capacity;
    values = null;
    codes = null;
    missing = 0;
    numbers = 0;
    allInteger = true;
    coercedCount = 0;
    coerced = [];
    tokens;
    dictionary = new LevelDictionary();
    /** `3,14` reads as 3.14 (files delimited by `;`, where the comma is the decimal mark). */
    decimalComma;
    scratch = new Uint8Array(64);
    /**
     * Rows (and which token) of the non-empty missing tokens counted missing while the column read
     * as numbers or dates: made categories again if it turns to text.
     */
    tokenRows = new Int32Array(0);
    tokenWhich = new Uint8Array(0);
    tokenCount = 0;
    constructor(name, forced, tokens, capacity, decimalComma = false) {
        this.name = name;
        this.forced = forced;
        this.tokens = tokens;
        this.capacity = capacity;
        this.decimalComma = decimalComma;
        switch (forced) {
            case 'numeric':
                this.mode = MODE_FORCED_NUMBER;
                this.values = sharedFloat64(capacity);
                break;
            case 'datetime':
                this.mode = MODE_FORCED_DATE;
                this.values = sharedFloat64(capacity);
                break;
            case 'categorical':
            case 'boolean':
                this.mode = MODE_TEXT;
                this.codes = sharedInt32(capacity);
                break;
            case 'identifier':
            case 'empty':
                this.mode = MODE_SKIP;
                break;
            default:
                this.mode = MODE_NUMBER;
                this.values = sharedFloat64(capacity);
        }
        this.refreshFast();
    }
    refreshFast() {
        this.fastNumbers =
            (this.mode === MODE_NUMBER || this.mode === MODE_FORCED_NUMBER) && !this.tokens.numericToken;
        this.fastText = this.mode === MODE_TEXT && this.codes !== null && !this.dictionary.overflow;
    }
    /** A finite number the scanner parsed (fastNumbers only). */
    putNumber(value, row) {
        this.values[row] = value;
        this.numbers++;
        if (this.allInteger && Math.floor(value) !== value)
            this.allInteger = false;
    }
    /** An unquoted cell with its FNV-1a hash computed by the scanner (fastText only). */
    putText(src, s, e, hash, row) {
        if (e === s && this.tokens.emptyIsMissing) {
            this.missing++;
            this.codes[row] = -1;
            return;
        }
        const code = this.dictionary.codeWithHash(src, s, e, hash);
        if (code === OVERFLOW_CODE)
            this.dropCodes();
        if (this.codes !== null)
            this.codes[row] = code;
    }
    /** Makes room for `capacity` rows (called by the scanner when the row count reaches it). */
    grow(capacity) {
        if (capacity <= this.capacity)
            return;
        if (this.values !== null)
            this.values = grown(this.values, capacity);
        if (this.codes !== null)
            this.codes = grown(this.codes, capacity);
        this.capacity = capacity;
    }
    /** One cell: src[s, e) is the field's text (quotes already removed and unescaped). */
    cell(src, s, e, row) {
        const len = e - s;
        const tokens = this.tokens;
        if (this.mode === MODE_NUMBER && len > 0 && !tokens.numericToken && !isCode(src, s, e)) {
            // Numbers first: no missing token reads as a number, and most cells here are numbers.
            const value = parseNumber(src, s, e);
            if (!Number.isNaN(value) && value !== Infinity && value !== -Infinity) {
                this.values[row] = value;
                this.numbers++;
                if (this.allInteger && Math.floor(value) !== value)
                    this.allInteger = false;
                return;
            }
        }
        const token = len === 0 ? -1 : tokens.indexOf(src, s, e);
        if ((len === 0 && tokens.emptyIsMissing) || (token >= 0 && this.mode !== MODE_TEXT)) {
            this.missing++;
            if (this.values !== null)
                this.values[row] = NaN;
            if (this.codes !== null)
                this.codes[row] = -1;
            if (token >= 0 && (this.mode === MODE_NUMBER || this.mode === MODE_DATE))
                this.keepToken(row, token);
            return;
        }
        const mode = this.mode;
        if (mode === MODE_NUMBER) {
            const value = isCode(src, s, e) ? NaN : this.number(src, s, e);
            if (!Number.isNaN(value)) {
                this.values[row] = value;
                if (value === Infinity || value === -Infinity)
                    this.coerce(src, s, e, row);
                else {
                    this.numbers++;
                    if (this.allInteger && Math.floor(value) !== value)
                        this.allInteger = false;
                }
                return;
            }
            const special = nonFiniteToken(src, s, e);
            if (special !== undefined) {
                this.values[row] = special;
                this.coerce(src, s, e, row);
                return;
            }
            this.leaveNumbers(src, s, e, row);
        }
        else if (mode === MODE_TEXT) {
            if (this.codes !== null)
                this.codes[row] = this.code(src, s, e);
        }
        else if (mode === MODE_DATE) {
            const time = parseDate(src, s, e);
            if (!Number.isNaN(time)) {
                this.values[row] = time;
                if (this.codes !== null)
                    this.codes[row] = this.code(src, s, e);
            }
            else {
                this.toText(row, 'date');
                if (this.codes !== null)
                    this.codes[row] = this.code(src, s, e);
            }
        }
        else if (mode === MODE_FORCED_NUMBER) {
            const value = this.number(src, s, e);
            if (!Number.isNaN(value) && value !== Infinity && value !== -Infinity) {
                this.values[row] = value;
                this.numbers++;
            }
            else {
                this.values[row] = NaN;
                this.coerce(src, s, e, row);
            }
        }
        else if (mode === MODE_FORCED_DATE) {
            const time = parseDate(src, s, e);
            this.values[row] = time;
            if (Number.isNaN(time))
                this.coerce(src, s, e, row);
        }
    }
    /** The number in src[s, e), also with a decimal comma (`3,14`) where one is the decimal mark; NaN when none. */
    number(src, s, e) {
        const value = parseNumber(src, s, e);
        if (!Number.isNaN(value) || !this.decimalComma)
            return value;
        let commas = 0;
        for (let k = s; k < e; k++) {
            if (src[k] === 46)
                return value;
            if (src[k] === 44)
                commas++;
        }
        if (commas !== 1)
            return value;
        if (this.scratch.length < e - s)
            this.scratch = new Uint8Array((e - s) * 2);
        const scratch = this.scratch;
        for (let k = s; k < e; k++)
            scratch[k - s] = src[k] === 44 ? 46 : src[k];
        return parseNumber(scratch, 0, e - s);
    }
    /** Remembers a missing token read while the column is numbers or dates (see tokenRows). */
    keepToken(row, token) {
        if (this.tokenCount === this.tokenRows.length) {
            const size = Math.max(16, this.tokenCount * 2);
            this.tokenRows = grown(this.tokenRows, size);
            this.tokenWhich = grown(this.tokenWhich, size);
        }
        this.tokenRows[this.tokenCount] = row;
        this.tokenWhich[this.tokenCount] = token;
        this.tokenCount++;
    }
    /** The column turned to text: its missing tokens become categories (codes), no longer missing. */
    recodeTokens() {
        for (let k = 0; k < this.tokenCount && this.codes !== null; k++) {
            const bytes = this.tokens.tokens[this.tokenWhich[k]];
            this.codes[this.tokenRows[k]] = this.code(bytes, 0, bytes.length);
        }
        this.missing -= this.tokenCount;
        this.tokenCount = 0;
        this.tokenRows = new Int32Array(0);
        this.tokenWhich = new Uint8Array(0);
    }
    coerce(src, s, e, row) {
        this.coercedCount++;
        if (this.coerced.length < MAX_COERCED_RECORDED) {
            this.coerced.push({ row, text: columns_decoder.decode(src.subarray(s, e)) });
        }
    }
    /** The first cell that is not a number in a column of numbers (or of nothing yet). */
    leaveNumbers(src, s, e, row) {
        if (this.numbers === 0 && this.coercedCount === 0) {
            // Only missing values so far: start as dates or as text.
            const time = parseDate(src, s, e);
            this.codes = sharedInt32(this.capacity);
            this.codes.fill(-1, 0, row);
            if (!Number.isNaN(time)) {
                this.mode = MODE_DATE;
                this.values[row] = time;
            }
            else {
                this.mode = MODE_TEXT;
                this.values = null;
            }
            this.codes[row] = this.code(src, s, e);
            if (this.mode === MODE_TEXT)
                this.recodeTokens();
            this.refreshFast();
            return;
        }
        this.toText(row, 'number');
        if (this.codes !== null)
            this.codes[row] = this.code(src, s, e);
    }
    /**
     * Switches to text at `row`, coding the earlier rows from their parsed values (numbers as
     * String(value), dates as ISO strings when the dictionary was dropped).
     */
    toText(row, from) {
        const values = this.values;
        if (from === 'number' || this.codes === null) {
            const codes = sharedInt32(this.capacity);
            this.codes = codes;
            const encoder = new TextEncoder();
            // stops when the earlier values alone overflow the dictionary (then the codes are dropped)
            for (let i = 0; i < row && this.codes !== null; i++) {
                const value = values[i];
                if (Number.isNaN(value)) {
                    codes[i] = -1;
                    continue;
                }
                const bytes = encoder.encode(from === 'number' ? String(value) : new Date(value).toISOString());
                codes[i] = this.code(bytes, 0, bytes.length);
            }
        }
        this.mode = MODE_TEXT;
        this.values = null;
        this.coerced.length = 0;
        this.coercedCount = 0;
        this.recodeTokens();
        this.refreshFast();
    }
    /**
     * The dictionary code of src[s, e), adding a level when new; OVERFLOW_CODE once the dictionary
     * overflowed (the codes are dropped when it overflows now).
     */
    code(src, s, e) {
        if (this.dictionary.overflow)
            return OVERFLOW_CODE;
        const code = this.dictionary.code(src, s, e);
        if (code === OVERFLOW_CODE)
            this.dropCodes();
        return code;
    }
    /** Past MAX_DICTIONARY_LEVELS distinct values: the codes are dropped (identifier-like column). */
    dropCodes() {
        this.codes = null;
        this.fastText = false;
    }
    /** The column after `rows` rows; arrays are views of the (possibly larger) storage. */
    finish(rows) {
        const mode = this.mode;
        const kind = mode === MODE_SKIP
            ? 'skip'
            : mode === MODE_TEXT
                ? 'text'
                : mode === MODE_DATE || mode === MODE_FORCED_DATE
                    ? 'date'
                    : 'number';
        const overflow = this.dictionary.overflow;
        const codes = overflow ? null : this.codes;
        const levels = overflow ? null : this.dictionary.levels;
        const nullLike = [];
        if (codes !== null && kind === 'text') {
            this.dictionary.levels.forEach((level, code) => {
                if (this.tokens.texts.has(level))
                    nullLike.push(code);
            });
        }
        return {
            name: this.name,
            forced: this.forced,
            kind,
            values: this.values === null ? null : fitted(this.values, rows),
            codes: codes === null ? null : fitted(codes, rows),
            levels: codes === null ? null : levels,
            overflow,
            missing: this.missing,
            nullLike,
            allInteger: this.allInteger,
            coercedCount: this.coercedCount,
            coerced: this.coerced,
        };
    }
}

;// CONCATENATED MODULE: ./src/data/missing.ts
/**
 * The missing-value tokens of a scan (setting `missing-values`), matched on a cell's bytes. The
 * empty field is missing in every column; the other tokens (`NA`, `None`, ...) are missing only in
 * columns that are otherwise numbers or dates (and booleans, decided in infer.ts): in a text column
 * they are categories like any other (a damage level "None" is not a missing value).
 */

/** The default `missing-values`: the empty field and the usual null-like tokens. */
const DEFAULT_MISSING_VALUES = (/* unused pure expression or super */ null && ([
    '',
    'NA',
    'N/A',
    'NaN',
    'nan',
    'null',
    'NULL',
    'None',
    '-',
    '?',
]));
/** The missing-value tokens as bytes, with a first-byte filter so most cells are rejected at once. */
class MissingTokens {
    emptyIsMissing;
    maxLength;
    firstByte = new Uint8Array(256);
    /** The non-empty tokens as bytes, in the order given. */
    tokens;
    /** The non-empty tokens as text. */
    texts;
    /** Whether some token reads as a number (then tokens are checked before numbers are parsed). */
    numericToken;
    constructor(tokens) {
        const encoder = new TextEncoder();
        this.numericToken = tokens.some((token) => {
            const bytes = encoder.encode(token);
            return !Number.isNaN(parseNumber(bytes, 0, bytes.length));
        });
        this.emptyIsMissing = tokens.includes('');
        const nonEmpty = [...new Set(tokens.filter((token) => token !== ''))];
        this.texts = new Set(nonEmpty);
        this.tokens = nonEmpty.map((token) => encoder.encode(token));
        this.maxLength = 0;
        for (const token of this.tokens) {
            this.maxLength = Math.max(this.maxLength, token.length);
            this.firstByte[token[0]] = 1;
        }
    }
    /** The index (into `tokens`) of the non-empty token equal to src[s, e), or -1. */
    indexOf(src, s, e) {
        const len = e - s;
        if (len === 0 || len > this.maxLength || this.firstByte[src[s]] === 0)
            return -1;
        for (let t = 0; t < this.tokens.length; t++) {
            const token = this.tokens[t];
            if (token.length !== len)
                continue;
            let k = 0;
            while (k < len && token[k] === src[s + k])
                k++;
            if (k === len)
                return t;
        }
        return -1;
    }
    matches(src, s, e) {
        return this.indexOf(src, s, e) >= 0;
    }
}

;// CONCATENATED MODULE: ./src/data/scan-rows.ts
/**
 * What both scanners (scan-fast.ts, scan-csv-parse.ts) share: the options and the result, the
 * header check, the errors of a record, and ScanRows, the per-row storage they fill.
 */





/** Validates header names: none empty, none repeated. */
function checkHeader(names, source, line) {
    names.forEach((name, k) => {
        if (name.trim() === '') {
            fail(source, `column ${k + 1} has an empty name in the header row: give every column a name`, line, k + 1);
        }
    });
    const seen = new Map();
    names.forEach((name, k) => {
        const list = seen.get(name);
        if (list)
            list.push(k + 1);
        else
            seen.set(name, [k + 1]);
    });
    const duplicates = [...seen].filter(([, columns]) => columns.length > 1);
    if (duplicates.length > 0) {
        const list = duplicates.map(([name, columns]) => `${JSON.stringify(name)} (columns ${columns.join(', ')})`);
        fail(source, `duplicate column names in the header row: ${list.join('; ')}; give every column a unique name`, line, duplicates[0][1][1]);
    }
}
function raggedError(source, line, expected, found) {
    fail(source, `this row has ${found} field${found === 1 ? '' : 's'} but the header has ${expected}` +
        ' (check for an unquoted delimiter or a missing field)', line);
}
function unterminatedError(source, line, field) {
    fail(source, `unterminated quoted field: the quote that opens field ${field} on this line is never closed`, line, field);
}
/**
 * The rows of one scan: a column builder per header name and the file line of each row, with room
 * grown by doubling (all arrays together) when a row does not fit.
 */
class ScanRows {
    columns;
    /** Rows started so far. */
    count = 0;
    capacity;
    lines;
    /** `delimiter` `;`: a comma in a number is its decimal mark (`3,14`). */
    constructor(names, options, capacity, delimiter) {
        const tokens = new MissingTokens(options.missingValues);
        const types = options.columnTypes ?? {};
        const decimalComma = delimiter === ';';
        this.columns = names.map((name) => new ColumnBuilder(name, Object.hasOwn(types, name) ? types[name] : null, tokens, capacity, decimalComma));
        this.capacity = capacity;
        this.lines = sharedUint32(capacity);
    }
    /** Starts the next row, at file line `line`, making room for it first; returns its index. */
    start(line) {
        const row = this.count;
        if (row === this.capacity) {
            this.capacity = doubled(this.capacity, row + 1);
            for (const column of this.columns)
                column.grow(this.capacity);
            this.lines = grown(this.lines, this.capacity);
        }
        this.lines[row] = line;
        this.count = row + 1;
        return row;
    }
    /** The scan's result once every row is in. */
    finish(source, delimiter) {
        const rows = this.count;
        return {
            source,
            delimiter,
            rows,
            rowLines: fitted(this.lines, rows),
            columns: this.columns.map((column) => column.finish(rows)),
        };
    }
}

;// CONCATENATED MODULE: ./src/data/scan-csv-parse.ts
/**
 * The CSV path for input the fast scanner does not take: csv-parse with relaxed quoting, feeding
 * the same column builders, so the RawTable is the same as the fast scanner's would be.
 */




/**
 * The csv-parse path (relaxed quotes), producing the same RawTable as the fast scanner. Records
 * are fed to the column builders as they are parsed and then dropped (on_record returns null),
 * so no string per cell is kept.
 */
function scanWithCsvParse(bytes, source, delimiter, options) {
    // Line of each record's first byte: follow the bytes from record end to record end (csv-parse
    // counts `bytes` in bytes, so the text is not decoded first: non-ASCII text would shift lines).
    let offset = bomLength(bytes);
    let line = 1;
    const advance = (to) => {
        for (; offset < to; offset++) {
            const c = bytes[offset];
            if (c === LF || (c === CR && bytes[offset + 1] !== LF))
                line++;
        }
    };
    const startLine = () => {
        let k = offset;
        for (; k < bytes.length; k++) {
            const c = bytes[k];
            if (c !== LF && c !== CR)
                break;
        }
        advance(k);
        return line;
    };
    const encoder = new TextEncoder();
    let scratch = new Uint8Array(1024);
    let headerLine = 0;
    let names = null;
    let rows = null;
    const onRecord = (record, context) => {
        const recordLine = startLine();
        advance(context.bytes);
        if (names === null) {
            headerLine = recordLine;
            names = record;
            checkHeader(names, source, headerLine);
            rows = new ScanRows(names, options, 1024, delimiter);
            return null;
        }
        if (record.length !== names.length)
            raggedError(source, recordLine, names.length, record.length);
        const scanRows = rows;
        const row = scanRows.start(recordLine);
        for (let k = 0; k < record.length; k++) {
            const value = record[k];
            if (scratch.length < value.length * 3)
                scratch = new Uint8Array(value.length * 3);
            const { written } = encoder.encodeInto(value, scratch);
            scanRows.columns[k].cell(scratch, 0, written, row);
        }
        return null;
    };
    try {
        parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
            delimiter,
            bom: true,
            relax_quotes: true,
            relax_column_count: true,
            skip_empty_lines: true,
            record_delimiter: ['\r\n', '\n', '\r'],
            on_record: onRecord,
        });
    }
    catch (error) {
        if (error instanceof errors_UserInputError)
            throw error;
        const err = error;
        if (err.code === 'CSV_QUOTE_NOT_CLOSED') {
            fail(source, 'unterminated quoted field: a quote is never closed', err.lines);
        }
        fail(source, `could not read the file as CSV: ${err.message ?? String(error)}`, err.lines);
    }
    if (rows === null)
        fail(source, 'the file is empty: expected a CSV file with a header row');
    const scanned = rows;
    if (scanned.count === 0)
        fail(source, 'the file has a header row but no data rows', headerLine);
    return scanned.finish(source, delimiter);
}

;// CONCATENATED MODULE: ./src/data/scan-fast.ts
/**
 * The fast CSV scanner: one pass over the bytes (RFC 4180: quoted fields, doubled quotes, line
 * breaks inside quotes, CRLF/LF/CR, BOM, blank lines skipped but counted), cells handed to the
 * column builders as byte ranges. Input it does not take (text after a closing quote) throws
 * NeedsCsvParse, and scan.ts reads it with csv-parse instead.
 */




/** Thrown by the fast scanner for input it leaves to csv-parse. */
class NeedsCsvParse extends Error {
}
/** Copies a quoted field's content bytes[s, e) into scratch with doubled quotes made single. */
function unescapeQuotes(bytes, s, e, scratch) {
    let length = 0;
    for (let k = s; k < e; k++) {
        scratch[length++] = bytes[k];
        if (bytes[k] === QUOTE)
            k++;
    }
    return length;
}
/**
 * The end of the quoted field whose opening quote is at `open` (offset of the closing quote),
 * or -1 when never closed. `state[0]` receives the line breaks inside, `state[1]` 1 when the
 * field holds doubled quotes.
 */
function closingQuote(bytes, open, state) {
    const n = bytes.length;
    let breaks = 0;
    let escaped = 0;
    let j = open + 1;
    for (;;) {
        if (j >= n)
            return -1;
        const c = bytes[j];
        if (c === QUOTE) {
            if (j + 1 < n && bytes[j + 1] === QUOTE) {
                escaped = 1;
                j += 2;
                continue;
            }
            break;
        }
        if (c === LF || (c === CR && bytes[j + 1] !== LF))
            breaks++;
        j++;
    }
    state[0] = breaks;
    state[1] = escaped;
    return j;
}
/** The header record starting at `start` (after BOM and blank lines). */
function readHeader(bytes, start, line, delim, source) {
    const n = bytes.length;
    const decoder = new TextDecoder('utf-8');
    const state = new Int32Array(2);
    const names = [];
    let i = start;
    for (;;) {
        if (i < n && bytes[i] === QUOTE) {
            const close = closingQuote(bytes, i, state);
            if (close < 0)
                unterminatedError(source, line, names.length + 1);
            let text = decoder.decode(bytes.subarray(i + 1, close));
            if (state[1] === 1)
                text = text.replaceAll('""', '"');
            names.push(text);
            line += state[0];
            i = close + 1;
            if (i < n && bytes[i] !== delim && bytes[i] !== LF && bytes[i] !== CR)
                throw new NeedsCsvParse();
        }
        else {
            let j = i;
            while (j < n && bytes[j] !== delim && bytes[j] !== LF && bytes[j] !== CR)
                j++;
            names.push(decoder.decode(bytes.subarray(i, j)));
            i = j;
        }
        if (i < n && bytes[i] === delim) {
            i++;
            continue;
        }
        if (i < n) {
            if (bytes[i] === CR && i + 1 < n && bytes[i + 1] === LF)
                i++;
            i++;
            line++;
        }
        return { names, end: i, line };
    }
}
/** The fast scanner. Throws NeedsCsvParse for text after a closing quote. */
function scanFast(bytes, source, delimiter, options) {
    const n = bytes.length;
    const delim = delimiter.charCodeAt(0);
    const stop = new Uint8Array(256);
    stop[delim] = 1;
    stop[LF] = 1;
    stop[CR] = 1;
    let scratch = new Uint8Array(1024);
    const state = new Int32Array(2);
    const numbers = new NumberReader();
    let i = bomLength(bytes);
    let line = 1;
    while (i < n && (bytes[i] === LF || bytes[i] === CR)) {
        if (bytes[i] === CR && bytes[i + 1] === LF)
            i++;
        i++;
        line++;
    }
    const headerLine = line;
    const header = readHeader(bytes, i, line, delim, source);
    checkHeader(header.names, source, headerLine);
    i = header.end;
    line = header.line;
    const ncols = header.names.length;
    // Capacity from the average length of the first lines (grown by doubling when short).
    const sampleEnd = Math.min(n, i + 262_144);
    let sampleLines = 0;
    for (let k = i; k < sampleEnd; k++)
        if (bytes[k] === LF)
            sampleLines++;
    let capacity = sampleLines > 0 ? Math.ceil(((n - i) / ((sampleEnd - i) / sampleLines)) * 1.02) + 16 : Math.min(1024, n);
    capacity = Math.max(16, Math.min(capacity, Math.ceil((n - i) / ncols) + 16));
    const rows = new ScanRows(header.names, options, capacity, delimiter);
    const columns = rows.columns;
    while (i < n) {
        const b = bytes[i];
        if (b === LF || b === CR) {
            if (b === CR && i + 1 < n && bytes[i + 1] === LF)
                i++;
            i++;
            line++;
            continue;
        }
        const rowLine = line;
        const row = rows.start(rowLine);
        let field = 0;
        for (;;) {
            if (i < n && bytes[i] === QUOTE) {
                const close = closingQuote(bytes, i, state);
                if (close < 0)
                    unterminatedError(source, line, field + 1);
                line += state[0];
                if (field < ncols) {
                    if (state[1] === 1) {
                        if (scratch.length < close - i)
                            scratch = new Uint8Array((close - i) * 2);
                        const length = unescapeQuotes(bytes, i + 1, close, scratch);
                        columns[field].cell(scratch, 0, length, row);
                    }
                    else
                        columns[field].cell(bytes, i + 1, close, row);
                }
                i = close + 1;
                if (i < n && stop[bytes[i]] === 0)
                    throw new NeedsCsvParse();
            }
            else if (field < ncols) {
                const column = columns[field];
                let j = i;
                if (column.fastNumbers) {
                    // A finite number ending the cell goes straight in (read in the same pass as the scan);
                    // anything else (missing, text, Infinity, spaces) through cell().
                    const value = numbers.read(bytes, i, n);
                    j = numbers.end;
                    const code = bytes[i] === 48 && j - i > 1 && isDigit(bytes[i + 1]);
                    if (value - value === 0 && (j === n || stop[bytes[j]] === 1) && !code)
                        column.putNumber(value, row);
                    else {
                        while (j < n && stop[bytes[j]] === 0)
                            j++;
                        column.cell(bytes, i, j, row);
                    }
                }
                else if (column.fastText) {
                    let hash = FNV_OFFSET;
                    while (j < n) {
                        const c = bytes[j];
                        if (stop[c] === 1)
                            break;
                        hash = Math.imul(hash ^ c, FNV_PRIME);
                        j++;
                    }
                    column.putText(bytes, i, j, hash, row);
                }
                else {
                    while (j < n && stop[bytes[j]] === 0)
                        j++;
                    column.cell(bytes, i, j, row);
                }
                i = j;
            }
            else {
                while (i < n && stop[bytes[i]] === 0)
                    i++;
            }
            field++;
            if (i < n && bytes[i] === delim) {
                i++;
                continue;
            }
            if (i < n) {
                if (bytes[i] === CR && i + 1 < n && bytes[i + 1] === LF)
                    i++;
                i++;
                line++;
            }
            break;
        }
        if (field !== ncols)
            raggedError(source, rowLine, ncols, field);
    }
    if (rows.count === 0) {
        fail(source, 'the file has a header row but no data rows', headerLine);
    }
    return rows.finish(source, delimiter);
}

;// CONCATENATED MODULE: ./src/data/scan.ts
/**
 * Reads CSV bytes into per-column raw storage (RawTable). The fast path is a byte-level scanner
 * (scan-fast.ts); inputs it does not take (text after a closing quote) go through csv-parse with
 * relaxed quoting (scan-csv-parse.ts). Both feed the same ColumnBuilder, so the result is the same.
 * Every problem with the input is a UserInputError naming the file and, where one applies, the
 * line and field.
 */



/**
 * Reads CSV bytes: checks them, detects the delimiter when not given, then scans (fast path,
 * csv-parse for irregular quoting; `engine` forces one for tests).
 */
function scanCsv(bytes, source, options, engine = 'auto') {
    // A plain Uint8Array view: Buffer and Uint8Array mixed would make every byte load polymorphic.
    if (Object.getPrototypeOf(bytes) !== Uint8Array.prototype) {
        bytes = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    const delimiter = options.delimiter ?? detectDelimiter(bytes);
    checkBytes(bytes, source, delimiter);
    if (engine === 'csv-parse')
        return scanWithCsvParse(bytes, source, delimiter, options);
    try {
        return scanFast(bytes, source, delimiter, options);
    }
    catch (error) {
        if (error instanceof NeedsCsvParse && engine === 'auto') {
            return scanWithCsvParse(bytes, source, delimiter, options);
        }
        if (error instanceof NeedsCsvParse) {
            fail(source, 'text after a closing quote in a quoted field (the fast reader does not take it)');
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/data/read.ts
/**
 * Reads one data source (a file, or bytes already in memory, e.g. from git) and scans it. Used in
 * the main thread and in the parse worker alike.
 */





/** The bytes of a source; file-system problems become UserInputErrors naming the file. */
async function readSource(source) {
    if (source.bytes !== undefined)
        return source.bytes;
    if (source.path === undefined) {
        throw new errors_UserInputError('no path or content given for this data source', { file: source.label });
    }
    try {
        return await (0,promises_namespaceObject.readFile)(source.path);
    }
    catch (error) {
        const code = error.code;
        const why = code === 'ENOENT'
            ? 'file not found'
            : code === 'EISDIR'
                ? 'this is a directory, not a CSV file'
                : code === 'EACCES' || code === 'EPERM'
                    ? 'permission denied reading the file'
                    : `could not read the file (${code ?? String(error)})`;
        throw new errors_UserInputError(why, { file: source.label });
    }
}
/**
 * Reads and scans one side, then sorts the finite values of every number and date column while
 * still in this thread: the rank-based tests need them sorted, and sorting here runs in parallel
 * with the other side's worker instead of after both are loaded.
 */
async function readAndScan(source, options) {
    const raw = scanCsv(await readSource(source), source.label, options);
    const columns = raw.columns.map((column) => column.values !== null && (column.kind === 'number' || column.kind === 'date')
        ? { ...column, sortedPresent: sortedFinite(column.values) }
        : column);
    return { ...raw, columns };
}
/** The finite values (no NaN, no +-Infinity) sorted ascending. O(n) radix sort; one exact-size array. */
function sortedFinite(values) {
    let count = 0;
    for (let i = 0; i < values.length; i++)
        if (values[i] - values[i] === 0)
            count++;
    const out = sharedFloat64(count);
    let at = 0;
    for (let i = 0; i < values.length; i++) {
        const value = values[i];
        if (value - value === 0)
            out[at++] = value;
    }
    return sortFloat64(out);
}

;// CONCATENATED MODULE: ./src/data/parse-worker.ts
/**
 * Worker entry: reads and scans one side off the main thread. The build emits it as
 * dist/parse-worker.js next to the bundles; load.ts uses it when that file exists.
 * Request (workerData): a ParseRequest { source, options }. Answer: the RawTable (its ordinary
 * ArrayBuffers transferred), or the error; the protocol is in src/workers/thread.ts.
 */


/** The ordinary ArrayBuffers to transfer; SharedArrayBuffers (most arrays, see shared.ts) are shared as they are. */
function transferList(raw) {
    const buffers = new Set();
    const add = (array) => {
        if (array && array.buffer instanceof ArrayBuffer)
            buffers.add(array.buffer);
    };
    add(raw.rowLines);
    for (const column of raw.columns) {
        add(column.values);
        add(column.codes);
        add(column.sortedPresent);
    }
    return [...buffers];
}
answerParent((request) => readAndScan(request.source, request.options), transferList);

