export const id = 9883;
export const ids = [9883,2600];
export const modules = {

/***/ 1356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ forEachLine)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _text_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2600);


/**
 * Streams a text file line by line without holding more than one chunk and the line that
 * straddles it. `onLine(text, lineNumber, terminated, invalidAt)`: `terminated` is false only for a
 * last line that has no newline (possibly torn by a crashed writer). A trailing "\r" is dropped.
 * Resolves to the number of lines; a missing file has none.
 *
 * Bytes that are not UTF-8 never pass as text: the line that holds them comes with `invalidAt`,
 * the byte offset (in the file) of the first bad byte, and its text is not to be trusted (it has
 * U+FFFD where the bytes were). The common case pays one fatal decode per chunk, nothing per line.
 *
 * With `range`, only those bytes are read and lines are numbered from 1 within them; the range
 * must start at the beginning of a line (the report's segments, ADR 0025, start after a "\n").
 *
 * 64 KiB chunks: a 1 MiB chunk decodes to a string in V8's large-object space, which only a full
 * collection frees; a million-line report then held ~11 MiB more for no speed (bench/).
 */
async function forEachLine(file, onLine, range) {
    let rest = "";
    let line = 0;
    if (range && range.end !== undefined && range.end <= range.start)
        return 0;
    const stream = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file, {
        highWaterMark: 1 << 16,
        start: range?.start,
        end: range?.end === undefined ? undefined : range.end - 1, // createReadStream's end is inclusive
    });
    let decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
    /** Bytes of a sequence cut by the chunk's end, held for the next chunk (after a slow chunk only). */
    let prefix;
    /** Bytes the fatal decoder holds back (an incomplete sequence at the end of the last chunk). */
    let held = EMPTY;
    let pos = range?.start ?? 0; // file offset of the next chunk
    const invalid = new Map(); // line number → file offset of its first bad byte
    try {
        for await (const raw of stream) {
            const chunk = prefix ? Buffer.concat([prefix, raw]) : raw;
            const chunkStart = pos - (prefix?.length ?? 0);
            prefix = undefined;
            pos += raw.length;
            let text;
            try {
                text = decoder.decode(chunk, { stream: true });
                held = tailOf(held.length && chunk.length < 4 ? Buffer.concat([held, chunk]) : chunk);
            }
            catch {
                // Not UTF-8 somewhere in here: name each bad line, then decode the chunk leniently.
                const bytes = held.length ? Buffer.concat([held, chunk]) : chunk;
                const base = chunkStart - held.length;
                const tail = tailOf(bytes);
                const whole = bytes.subarray(0, bytes.length - tail.length);
                markInvalid(whole, base, line, invalid);
                text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(whole);
                prefix = tail.length ? Buffer.from(tail) : undefined;
                held = EMPTY;
                decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
            }
            split(text);
        }
        // A sequence cut off by the end of the file.
        const last = prefix ?? held;
        if (last.length) {
            invalid.set(line + 1, pos - last.length);
            rest += "\uFFFD";
        }
    }
    catch (e) {
        if (e.code === "ENOENT")
            return 0;
        throw e;
    }
    if (rest !== "")
        emit(rest, false);
    return line;
    function split(chunk) {
        let start = 0;
        let nl = chunk.indexOf("\n");
        if (nl !== -1 && rest !== "") {
            emit(rest + chunk.slice(0, nl), true);
            rest = "";
            start = nl + 1;
            nl = chunk.indexOf("\n", start);
        }
        while (nl !== -1) {
            emit(chunk.slice(start, nl), true);
            start = nl + 1;
            nl = chunk.indexOf("\n", start);
        }
        rest = start === 0 ? rest + chunk : chunk.slice(start);
    }
    function emit(text, terminated) {
        line++;
        const clean = text.charCodeAt(text.length - 1) === 13 ? text.slice(0, -1) : text;
        if (invalid.size === 0)
            onLine(clean, line, terminated);
        else
            onLine(clean, line, terminated, invalid.get(line));
    }
}
const EMPTY = Buffer.alloc(0);
/** The bytes at the end of `b` that begin a UTF-8 sequence it does not finish (0 to 3 bytes). */
function tailOf(b) {
    for (let back = 1; back <= 3 && back <= b.length; back++) {
        const c = b[b.length - back];
        if (c < 0x80)
            return EMPTY;
        if (c >= 0xc0) {
            const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
            return need > back ? b.subarray(b.length - back) : EMPTY;
        }
    }
    return EMPTY;
}
/** Records, for each line of `bytes` (the first continues line `linesBefore + 1`), where its first bad byte is. */
function markInvalid(bytes, base, linesBefore, into) {
    let lineNo = linesBefore + 1;
    let start = 0;
    while (start <= bytes.length) {
        let end = bytes.indexOf(0x0a, start);
        if (end === -1)
            end = bytes.length;
        const at = (0,_text_document_js__WEBPACK_IMPORTED_MODULE_1__/* .firstInvalidUtf8 */ .vE)(bytes.subarray(start, end));
        if (at !== -1 && !into.has(lineNo))
            into.set(lineNo, base + start + at);
        if (end === bytes.length)
            break;
        start = end + 1;
        lineNo++;
    }
}


/***/ }),

/***/ 9883:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  eP: () => (/* binding */ aggregateFile),
  k0: () => (/* binding */ emptyScanStats),
  reportThreadsFromEnv: () => (/* binding */ reportThreadsFromEnv),
  reportWorkerBeside: () => (/* binding */ reportWorkerBeside)
});

// UNUSED EXPORTS: DEFAULT_MIN_SEGMENT_BYTES, DEFAULT_THREADS

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/metrics/lines.ts
var metrics_lines = __webpack_require__(1356);
// EXTERNAL MODULE: ./packages/core/src/metrics/aggregate.ts + 7 modules
var aggregate = __webpack_require__(6273);
// EXTERNAL MODULE: ./packages/core/src/metrics/record-check.ts
var record_check = __webpack_require__(3147);
;// CONCATENATED MODULE: ./packages/core/src/metrics/segments.ts




/** Aggregates the lines of one segment as if nothing came before it. */
async function scanSegment(job) {
    const a = new aggregate/* Aggregator */.u({ ...job.options, pending: 0 });
    const lines = await (0,metrics_lines/* forEachLine */.F)(job.file, (text, line, terminated, invalidAt) => a.line(text, job.name, line, terminated, invalidAt), {
        start: job.start,
        end: job.end,
    });
    return a.partial(lines);
}
/** The buffers a partial holds, for `postMessage`'s transfer list. */
function transferables(p) {
    const seen = new Set();
    for (const d of p.days)
        for (const c of d.durations)
            seen.add(c.buffer);
    return [...seen];
}
const NL = 10;
const BACKSLASH = 92;
/**
 * `parts` byte ranges that cover `[0, size)` and each start at the beginning of a line: each cut
 * is moved forward to just after the next "\n". Ranges that end up empty (one very long line) are
 * left out, so fewer ranges may come back.
 */
async function splitAtLines(file, size, parts) {
    const cuts = [0];
    const handle = await external_node_fs_.promises.open(file, "r");
    try {
        const buf = Buffer.alloc(1 << 16);
        for (let k = 1; k < parts; k++) {
            // A cut at `at` is a line start when the byte before it is a newline.
            let pos = Math.max(Math.floor((size * k) / parts) - 1, cuts[cuts.length - 1]);
            let cut = size;
            while (pos < size) {
                const { bytesRead } = await handle.read(buf, 0, buf.length, pos);
                if (bytesRead === 0)
                    break;
                const nl = buf.subarray(0, bytesRead).indexOf(NL);
                if (nl !== -1) {
                    cut = pos + nl + 1;
                    break;
                }
                pos += bytesRead;
            }
            if (cut > cuts[cuts.length - 1])
                cuts.push(cut);
        }
    }
    finally {
        await handle.close();
    }
    const ranges = [];
    for (let i = 0; i < cuts.length; i++) {
        const end = i + 1 < cuts.length ? cuts[i + 1] : size;
        if (end > cuts[i])
            ranges.push({ start: cuts[i], end });
    }
    return ranges;
}
/**
 * Above this many carried tasks a segment is parsed whole instead of searched for each task: each
 * search reads the segment's bytes once more (~20 ms per 85 MB).
 */
const MAX_TARGETED_TASKS = 8;
/**
 * What `range` does to tasks that were open before it (see `OpenTaskEffects`), found without
 * parsing the whole segment. A record's `task_id` on a line without a backslash appears in the
 * bytes exactly as JSON.stringify(id) encodes it (a JSON string without escapes is its UTF-8 text),
 * so only lines holding that text, and lines holding a backslash (escapes can spell an id in other
 * bytes), can be records of the task. Those lines are parsed and checked like every other. With
 * many tasks, or an id that has U+FFFD (bytes that were not UTF-8 decode to it; searching for it
 * would miss them), every line is parsed.
 */
async function openTaskEffects(file, range, taskIds, windowStart) {
    const ids = new Set(taskIds);
    const effects = new Map();
    if (ids.size === 0)
        return effects;
    let everyLine = ids.size > MAX_TARGETED_TASKS;
    const patterns = [];
    for (const id of ids) {
        if (id.includes("\uFFFD"))
            everyLine = true;
        const encoded = JSON.stringify(id);
        // An id whose JSON needs escapes only ever appears on lines with a backslash.
        if (!encoded.includes("\\"))
            patterns.push(Buffer.from(encoded, "utf8"));
    }
    const look = (text) => {
        let value;
        try {
            value = JSON.parse(text);
        }
        catch {
            return;
        }
        const ms = (0,record_check/* recordTime */.$l)(value);
        if (ms !== ms)
            return;
        const r = value;
        if (!ids.has(r.task_id))
            return;
        let e = effects.get(r.task_id);
        if (e === undefined)
            effects.set(r.task_id, (e = { opened: false, maxFinish: -Infinity }));
        if (record_check/* OPEN_STATUSES */.q0.has(r.status)) {
            if (ms >= windowStart)
                e.opened = true;
        }
        else if (record_check/* FINISHED_STATUSES */.oM.has(r.status) && ms > e.maxFinish)
            e.maxFinish = ms;
    };
    // Whole lines of the segment, a block at a time (a line longer than the buffer grows it).
    const handle = await external_node_fs_.promises.open(file, "r");
    try {
        let buf = Buffer.alloc(1 << 20);
        let pos = range.start;
        let carry = 0; // bytes buf[0, carry) are a line begun in the previous block
        while (pos < range.end) {
            if (carry === buf.length) {
                const bigger = Buffer.alloc(buf.length * 2);
                buf.copy(bigger, 0, 0, carry);
                buf = bigger;
            }
            const { bytesRead } = await handle.read(buf, carry, Math.min(buf.length - carry, range.end - pos), pos);
            if (bytesRead === 0)
                break; // the file was truncated meanwhile: what was read is what there is
            pos += bytesRead;
            const filled = carry + bytesRead;
            const whole = pos >= range.end ? filled : buf.lastIndexOf(NL, filled - 1) + 1;
            if (whole > 0) {
                const block = buf.subarray(0, whole);
                if (everyLine)
                    eachLine(block, look);
                else
                    candidates(block, patterns, look);
                buf.copy(buf, 0, whole, filled);
            }
            carry = filled - whole;
        }
    }
    finally {
        await handle.close();
    }
    return effects;
}
function lineText(block, start, end) {
    if (end > start && block[end - 1] === 13)
        end--; // "\r\n", as the line reader drops the "\r"
    return block.toString("utf8", start, end);
}
function eachLine(block, look) {
    let start = 0;
    while (start < block.length) {
        let end = block.indexOf(NL, start);
        if (end === -1)
            end = block.length;
        look(lineText(block, start, end));
        start = end + 1;
    }
}
/** Lines of `block` that hold one of `patterns` or a backslash, each looked at once. */
function candidates(block, patterns, look) {
    const starts = new Map();
    const mark = (at) => {
        const start = at === 0 ? 0 : block.lastIndexOf(NL, at - 1) + 1;
        if (starts.has(start))
            return block.indexOf(NL, at);
        let end = block.indexOf(NL, at);
        if (end === -1)
            end = block.length;
        starts.set(start, end);
        return end;
    };
    for (const needle of [...patterns, BACKSLASH]) {
        let at = block.indexOf(needle);
        while (at !== -1) {
            const end = mark(at);
            if (end === -1 || end >= block.length)
                break;
            at = block.indexOf(needle, end + 1);
        }
    }
    for (const start of [...starts.keys()].sort((a, b) => a - b))
        look(lineText(block, start, starts.get(start)));
}

;// CONCATENATED MODULE: ./packages/core/src/metrics/parallel.ts








/** Two threads: the second halves the parse; each more costs ~25 MiB for less gain (bench/). */
const DEFAULT_THREADS = 2;
/** Under ~16 MiB a second thread's start (~35 ms) eats what it saves. */
const DEFAULT_MIN_SEGMENT_BYTES = 16 * 1024 * 1024;
/**
 * The worker bundle beside the bundle `moduleUrl` belongs to (its `import.meta.url`), or undefined
 * when there is none (running from sources): the report then reads in one pass.
 */
function reportWorkerBeside(moduleUrl) {
    const script = external_node_path_.join(external_node_path_.dirname((0,external_node_url_.fileURLToPath)(moduleUrl)), "report-worker", "index.js");
    return (0,external_node_fs_.existsSync)(script) ? script : undefined;
}
/**
 * `SPECPIPE_REPORT_THREADS` (1 turns the worker off) and `SPECPIPE_REPORT_MIN_SEGMENT_BYTES`,
 * for runners with one core or tight memory, and for tests that cut small files.
 */
function reportThreadsFromEnv(env, workerScript) {
    const read = (name, fallback, min) => {
        const raw = env[name]?.trim();
        if (!raw)
            return fallback;
        const n = Number(raw);
        if (!Number.isInteger(n) || n < min) {
            throw new errors.UserError(`${name} is "${raw}", not a whole number ≥ ${min}`, {
                hint: `set ${name} to a whole number ≥ ${min}, or unset it`,
                code: "metrics.bad-threads",
            });
        }
        return n;
    };
    const threads = read("SPECPIPE_REPORT_THREADS", Math.min(DEFAULT_THREADS, (0,external_node_os_.availableParallelism)()), 1);
    return {
        // No worker bundle (sources): one pass, since segments on this thread would only add work.
        threads: workerScript === undefined ? 1 : threads,
        minSegmentBytes: read("SPECPIPE_REPORT_MIN_SEGMENT_BYTES", DEFAULT_MIN_SEGMENT_BYTES, 1),
        workerScript,
    };
}
function emptyScanStats() {
    return { files: 0, bytes: 0, segments: 0, workers: 0 };
}
/**
 * Feeds one store file to `a`, after whatever `a` has seen: in one pass when it is small, else in
 * segments read at the same time (the first on this thread) and absorbed in file order.
 */
async function aggregateFile(a, file, options, threads, stats) {
    let before;
    try {
        before = await external_node_fs_.promises.stat(file.path);
    }
    catch (e) {
        if (e.code === "ENOENT")
            return;
        throw e;
    }
    const size = before.size;
    stats.files++;
    stats.bytes += size;
    const parts = Math.min(threads.threads, Math.floor(size / threads.minSegmentBytes));
    const ranges = parts >= 2 ? await splitAtLines(file.path, size, parts) : [];
    if (ranges.length < 2) {
        stats.segments++;
        await (0,metrics_lines/* forEachLine */.F)(file.path, (text, line, terminated, invalidAt) => a.line(text, file.name, line, terminated, invalidAt));
        return;
    }
    const jobs = ranges.map((r) => ({
        file: file.path,
        name: file.name,
        start: r.start,
        end: r.end,
        options: segmentOptions(options, a),
    }));
    const workers = [];
    const partials = [];
    try {
        for (const [i, job] of jobs.entries()) {
            let partial;
            if (i === 0 || threads.workerScript === undefined)
                partial = scanSegment(job);
            else {
                const w = startWorker(threads.workerScript, job); // may throw: the finally stops the others
                workers.push(w.worker);
                partial = w.result;
            }
            // Awaited in order below; a later one may fail first, and that must not be an unhandled rejection.
            partial.catch(() => undefined);
            partials.push(partial);
        }
        let lineOffset = 0;
        for (let i = 0; i < jobs.length; i++) {
            // Tasks still open after the segments before this one are looked up in it while its worker
            // may still be reading it (the main thread's own segment is usually done first).
            const carried = a.openTaskIds();
            const [partial, effects] = await Promise.all([
                partials[i],
                carried.length === 0 ? undefined : openTaskEffects(file.path, ranges[i], carried, a.windowStart),
            ]);
            a.absorb(partial, lineOffset, effects);
            lineOffset += partial.lines;
        }
    }
    finally {
        // On success they have exited already; on a failure the others must not run on.
        await Promise.all(workers.map((w) => w.terminate()));
    }
    // Each thread opens the file by its path. Appends after the first stat are simply not read, but
    // a file replaced meanwhile (a prune renames a new one into place) may have been read in part.
    const after = await external_node_fs_.promises.stat(file.path).catch(() => undefined);
    if (after === undefined || after.ino !== before.ino || after.dev !== before.dev) {
        throw new errors.UserError(`${file.name} was replaced while the report read it (a prune at the same time?)`, {
            hint: "run the report again",
            code: "metrics.store-replaced",
        });
    }
    stats.segments += jobs.length;
    stats.workers += workers.length;
}
/** The thresholds `a` uses (defaults filled in) and its "now": a worker's aggregator must agree. */
function segmentOptions(options, a) {
    return { ...a.thresholds, now: options.now, pending: 0 };
}
function startWorker(script, job) {
    // An empty environment: the worker reads a file and needs nothing else (no token reaches it).
    // Its young generation is capped like the main thread's (keepYoungGenerationSmall, ADR 0021).
    const worker = new external_node_worker_threads_.Worker(script, {
        workerData: job,
        env: {},
        stdout: false,
        stderr: false,
        resourceLimits: { maxYoungGenerationSizeMb: 12 },
    });
    const result = new Promise((resolve, reject) => {
        let settled = false;
        worker.once("message", (m) => {
            settled = true;
            if (m.partial)
                resolve(m.partial);
            else
                reject(new Error(`reading ${job.name} (bytes ${job.start}–${job.end}): ${m.error ?? "the report worker failed"}`));
        });
        worker.once("error", (e) => {
            settled = true;
            reject(e instanceof Error ? e : new Error(String(e)));
        });
        worker.once("exit", (code) => {
            if (!settled)
                reject(new Error(`the report worker for ${job.name} stopped (exit code ${code}) before it answered`));
        });
    });
    return { worker, result };
}


/***/ }),

/***/ 2600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IX: () => (/* binding */ lineColumnAt),
/* harmony export */   decodeText: () => (/* binding */ decodeText),
/* harmony export */   decodeUtf8: () => (/* binding */ decodeUtf8),
/* harmony export */   eD: () => (/* binding */ detectEol),
/* harmony export */   encodeText: () => (/* binding */ encodeText),
/* harmony export */   vE: () => (/* binding */ firstInvalidUtf8)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

const BOM = "\uFEFF";
const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function decodeText(bytes, file) {
    let text = decodeUtf8(bytes, file);
    const bom = text.startsWith(BOM);
    if (bom)
        text = text.slice(1);
    return { text, bom, eol: detectEol(text) };
}
/**
 * Bytes to text, refusing invalid UTF-8 (which a lenient decode would turn into U+FFFD and
 * write back) with the byte offset and line of the first bad sequence.
 */
function decodeUtf8(bytes, file) {
    try {
        return decoder.decode(bytes);
    }
    catch (cause) {
        const offset = firstInvalidUtf8(bytes);
        let line = 1;
        for (let i = 0; i < offset; i++)
            if (bytes[i] === 0x0a)
                line++;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`${file ?? "the file"} is not valid UTF-8 (byte ${offset}, line ${line})`, {
            file,
            line,
            hint: "save the file as UTF-8 (with or without BOM)",
            code: "text.encoding",
            cause,
        });
    }
}
/** The offset of the first byte that does not start or continue a valid UTF-8 sequence (-1: none). */
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        let need;
        let min;
        if (b >= 0xc2 && b <= 0xdf)
            [need, min] = [1, 0x80];
        else if (b >= 0xe0 && b <= 0xef)
            [need, min] = [2, 0x800];
        else if (b >= 0xf0 && b <= 0xf4)
            [need, min] = [3, 0x10000];
        else
            return i;
        let cp = b & (0x3f >> need);
        for (let k = 1; k <= need; k++) {
            const c = bytes[i + k];
            if (c === undefined || (c & 0xc0) !== 0x80)
                return i;
            cp = (cp << 6) | (c & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return i;
        i += need + 1;
    }
    return -1;
}
function encodeText(doc) {
    return Buffer.from(doc.bom ? BOM + doc.text : doc.text, "utf8");
}
/** CRLF when most line breaks are CRLF; LF otherwise (also for a file with no line break). */
function detectEol(text) {
    let crlf = 0;
    let lf = 0;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
        if (i > 0 && text.charCodeAt(i - 1) === 13)
            crlf++;
        else
            lf++;
    }
    return crlf > lf ? "\r\n" : "\n";
}
/** 1-based line and column of a string offset. */
function lineColumnAt(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return { line, column: offset - lineStart + 1 };
}


/***/ })

};
