export const id = 6273;
export const ids = [6273];
export const modules = {

/***/ 6273:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* binding */ Aggregator),
  formatPercent: () => (/* reexport */ format/* formatPercent */.l)
});

// UNUSED EXPORTS: DEFAULT_THRESHOLDS, ExactSum, PercentileSelector, aggregate, attentionOf, nearestRank, nearestRanksInPlace, round

// EXTERNAL MODULE: ./packages/core/src/metrics/format.ts
var format = __webpack_require__(3796);
;// CONCATENATED MODULE: ./packages/core/src/metrics/attention.ts
/**
 * The attention flags of a report: `stuck` (work waits to start and nothing started or finished
 * for stuck-minutes), `repeated_failures` (a phase's latest tasks all failed) and
 * `low_success_rate` (the unrounded rate is below the threshold over enough tasks).
 */

function attentionOf(input) {
    const { thresholds: t, now, total, rate, pending, running, lastFinished, lastStarted, streaks } = input;
    const flags = [];
    // stuck: work waits to start, and nothing started or finished for stuck-minutes
    const sinceFinish = lastFinished === -Infinity ? null : (now - lastFinished) / 60_000;
    const lastProgress = Math.max(lastFinished, lastStarted);
    const sinceProgress = lastProgress === -Infinity ? null : (now - lastProgress) / 60_000;
    const stuck = pending > 0 && (sinceProgress === null || sinceProgress >= t.stuckMinutes);
    if (stuck) {
        flags.push(sinceProgress === null
            ? `stuck: ${pending} pending task(s) and no task has started or finished yet`
            : `stuck: ${pending} pending task(s) and no task started or finished for ${Math.floor(sinceProgress)} minutes (threshold ${t.stuckMinutes})`);
    }
    // repeated failures, per phase
    const phases = [...streaks.keys()].sort();
    const failing_phases = [];
    for (const phase of phases) {
        const list = streaks.get(phase);
        if (list.length >= t.failureStreak && list.every((e) => e.failed)) {
            const tasks = [...list]
                .reverse()
                .map((e) => e.run_url
                ? { task_id: e.task_id, created_at: e.created_at, run_url: e.run_url }
                : { task_id: e.task_id, created_at: e.created_at });
            failing_phases.push({ phase, tasks });
            flags.push(`repeated_failures: the latest ${t.failureStreak} tasks of phase "${phase}" failed (${tasks.map((x) => x.task_id).join(", ")})`);
        }
    }
    const latest_by_phase = [];
    for (const phase of phases) {
        const last = streaks.get(phase).at(-1);
        if (last)
            latest_by_phase.push({ phase, status: last.failed ? "failed" : "completed", task_id: last.task_id, created_at: last.created_at });
    }
    // low success rate: the unrounded rate is compared
    const low = total >= t.minTasks && rate < t.minSuccessRate;
    if (low) {
        flags.push(`low_success_rate: ${(0,format/* formatPercent */.l)(rate)} < ${(0,format/* formatPercent */.l)(t.minSuccessRate)} over ${total} tasks in ${t.windowDays} day(s)`);
    }
    return {
        attention: { stuck, repeated_failures: failing_phases.length > 0, low_success_rate: low, flags },
        failing_phases,
        latest_by_phase,
        stuck: {
            pending,
            running,
            last_finished_at: lastFinished === -Infinity ? null : new Date(lastFinished).toISOString(),
            minutes_since_finish: sinceFinish === null ? null : (0,format/* round */.L)(sinceFinish, 1),
            last_progress_at: lastProgress === -Infinity ? null : new Date(lastProgress).toISOString(),
            minutes_since_progress: sinceProgress === null ? null : (0,format/* round */.L)(sinceProgress, 1),
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/metrics/durations.ts
/** Durations of a day, stored compactly for the percentiles. */
/** Values per chunk once a bucket is large (64 KiB): big enough that chunk overhead is nil. */
const CHUNK = 8192;
/**
 * Durations in Float64Array chunks: never an array of boxed numbers, never copied to grow, and
 * a segment read by a worker thread hands its chunks over as they are (ADR 0025). The first
 * chunks are small, so a day with three records does not hold 64 KiB.
 */
class Durations {
    chunks = [];
    current = new Float64Array(256);
    used = 0;
    length = 0;
    push(v) {
        if (this.used === this.current.length) {
            this.chunks.push(this.current);
            this.current = new Float64Array(Math.min(CHUNK, this.current.length * 2));
            this.used = 0;
        }
        this.current[this.used++] = v + 0; // -0 → 0
        this.length++;
    }
    /** Another segment's values (already normalised), kept as they are. */
    pushChunks(values) {
        for (const c of values) {
            if (c.length === 0)
                continue;
            this.chunks.push(c);
            this.length += c.length;
        }
    }
    /** Every value, as views (no copy). */
    values() {
        return this.used === 0 ? [...this.chunks] : [...this.chunks, this.current.subarray(0, this.used)];
    }
}
/** The values of `parts` in one array. */
function concat(parts, length) {
    const out = new Float64Array(length);
    let at = 0;
    for (const p of parts) {
        out.set(p, at);
        at += p.length;
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/metrics/exact-sum.ts
/**
 * A sum of doubles kept exactly, as non-overlapping partials (Shewchuk's algorithm, as in Python's
 * math.fsum), and rounded once at the end. The answer does not depend on the order of the
 * additions, so a report read in segments and added up (ADR 0025) gives the averages that one pass
 * gives. A plain running sum can differ in its last bit, and that bit can flip a 3-decimal average.
 * For durations of similar size the list holds one to three numbers, and adding allocates nothing.
 */
class ExactSum {
    partials = [];
    size = 0;
    add(value) {
        let x = value;
        const p = this.partials;
        let i = 0;
        for (let j = 0; j < this.size; j++) {
            let y = p[j];
            if (Math.abs(x) < Math.abs(y)) {
                const t = x;
                x = y;
                y = t;
            }
            const hi = x + y;
            const lo = y - (hi - x);
            if (lo !== 0)
                p[i++] = lo;
            x = hi;
        }
        p[i++] = x;
        this.size = i;
    }
    /** The sum, correctly rounded to a double (round half to even, as math.fsum). */
    value() {
        const p = this.partials;
        let n = this.size;
        if (n === 0)
            return 0;
        let hi = p[--n];
        let lo = 0;
        while (n > 0) {
            const x = hi;
            const y = p[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo !== 0)
                break;
        }
        // Half-way case: the partials below decide which way the rounding of hi + lo goes.
        if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
            const y = lo * 2;
            const x = hi + y;
            if (y === x - hi)
                hi = x;
        }
        return hi;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/metrics/percentiles.ts
/** Nearest-rank percentiles: by rank of sorted values, by histogram over many arrays, by quickselect. */
/** Nearest-rank percentile of ascending-sorted values; 0 when there are none. */
function nearestRank(sorted, p) {
    const n = sorted.length;
    if (n === 0)
        return 0;
    const rank = Math.max(1, Math.ceil((p / 100) * n));
    return sorted[Math.min(rank, n) - 1];
}
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
F64[0] = 1;
/** Index of the 32-bit word holding a double's sign, exponent and top mantissa bits. */
const HI = U32[1] === 0x3ff00000 ? 1 : 0;
const BIN_BITS = 18;
/**
 * Nearest-rank percentiles of values spread over several arrays, in linear time and without
 * sorting or copying them all: for doubles ≥ 0 the order of the bit patterns is the numeric order,
 * so the top 18 bits (sign, exponent, 6 mantissa bits) put each value in one of 2^18 ordered
 * bins. Pass one counts per bin; the rank's bin is found by a running sum; pass two collects
 * only that bin's values, which are sorted to pick the exact element. Same answers as sorting.
 */
class PercentileSelector {
    hist = new Uint32Array(1 << BIN_BITS);
    /** `ps` ascending, at most two distinct bins are looked at (callers ask for p50 and p95). */
    select(arrays, total, ps) {
        if (total === 0)
            return ps.map(() => 0);
        const hist = this.hist;
        hist.fill(0);
        const shift = 32 - BIN_BITS;
        for (const a of arrays) {
            for (let i = 0; i < a.length; i++) {
                F64[0] = a[i];
                hist[U32[HI] >>> shift]++;
            }
        }
        const wanted = ps.map((p) => Math.min(total, Math.max(1, Math.ceil((p / 100) * total))));
        const bins = wanted.map(() => -1);
        const below = wanted.map(() => 0);
        let cum = 0;
        for (let b = 0, found = 0; b < hist.length && found < wanted.length; b++) {
            const c = hist[b];
            if (c === 0)
                continue;
            for (let k = 0; k < wanted.length; k++) {
                if (bins[k] === -1 && cum + c >= wanted[k]) {
                    bins[k] = b;
                    below[k] = cum;
                    found++;
                }
            }
            cum += c;
        }
        // Pass two: the values of the (at most two distinct) bins the ranks fall in.
        const b0 = bins[0];
        const b1 = bins[bins.length - 1];
        const in0 = [];
        const in1 = [];
        for (const a of arrays) {
            for (let i = 0; i < a.length; i++) {
                const v = a[i];
                F64[0] = v;
                const b = U32[HI] >>> shift;
                if (b === b0)
                    in0.push(v);
                else if (b === b1)
                    in1.push(v);
            }
        }
        in0.sort((x, y) => x - y);
        in1.sort((x, y) => x - y);
        const candidates = new Map([
            [b0, in0],
            [b1, b1 === b0 ? in0 : in1],
        ]);
        for (const b of bins)
            if (!candidates.has(b))
                throw new Error("internal: percentile bins");
        return wanted.map((rank, k) => candidates.get(bins[k])[rank - below[k] - 1]);
    }
}
/**
 * Nearest-rank percentiles (ascending `ps`) of `values` by quickselect, which reorders `values`
 * in place: O(n), no copy. Same answers as sorting.
 */
function nearestRanksInPlace(values, ps) {
    const n = values.length;
    if (n === 0)
        return ps.map(() => 0);
    let hi = n - 1;
    const out = new Array(ps.length);
    // Largest rank first: everything left of it is then smaller, so the next select searches less.
    for (let k = ps.length - 1; k >= 0; k--) {
        const idx = Math.min(n, Math.max(1, Math.ceil((ps[k] / 100) * n))) - 1;
        out[k] = quickselect(values, idx, 0, Math.max(hi, idx));
        hi = idx;
    }
    return out;
}
function quickselect(a, k, left, right) {
    while (right > left) {
        // Median of three as the pivot, Hoare partition.
        const mid = (left + right) >>> 1;
        const x = a[left];
        const y = a[mid];
        const z = a[right];
        const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
        let i = left;
        let j = right;
        while (i <= j) {
            while (a[i] < pivot)
                i++;
            while (a[j] > pivot)
                j--;
            if (i <= j) {
                const t = a[i];
                a[i] = a[j];
                a[j] = t;
                i++;
                j--;
            }
        }
        if (k <= j)
            right = j;
        else if (k >= i)
            left = i;
        else
            return a[k];
    }
    return a[k];
}

// EXTERNAL MODULE: ./packages/core/src/metrics/record-check.ts
var record_check = __webpack_require__(3147);
;// CONCATENATED MODULE: ./packages/core/src/metrics/report.ts
/** The metrics report: its shape (the seed's API contract) and the thresholds of its attention flags. */
const DEFAULT_THRESHOLDS = { windowDays: 7, stuckMinutes: 10, failureStreak: 3, minSuccessRate: 0.8, minTasks: 10 };

;// CONCATENATED MODULE: ./packages/core/src/metrics/small-map.ts
/**
 * A string-keyed map for the few distinct task types, models and phases a store has: a linear
 * scan of a short array (string equality, no hashing of a freshly parsed string) up to 16 keys,
 * a Map beyond. Keys come back in insertion order.
 */
class SmallMap {
    names = [];
    values = [];
    map;
    get(key) {
        if (this.map !== undefined)
            return this.map.get(key);
        const names = this.names;
        for (let i = 0; i < names.length; i++)
            if (names[i] === key)
                return this.values[i];
        return undefined;
    }
    set(key, value) {
        if (this.map !== undefined) {
            this.map.set(key, value);
            return;
        }
        this.names.push(key);
        this.values.push(value);
        if (this.names.length > 16)
            this.map = new Map(this.names.map((n, i) => [n, this.values[i]]));
    }
    keys() {
        return this.map !== undefined ? [...this.map.keys()] : [...this.names];
    }
}

;// CONCATENATED MODULE: ./packages/core/src/metrics/streaks.ts
/**
 * The latest outcomes of a phase, ordered by created_at then store order: `repeated_failures`
 * reads whether they all failed.
 */
/** Puts `e` in its place in a list ordered by `byTime` (the lists hold a few entries). */
function sortIn(list, e) {
    let at = list.length;
    list.push(e);
    while (at > 0 && byTime(list[at - 1], e) > 0) {
        list[at] = list[at - 1];
        at--;
    }
    list[at] = e;
}
function byTime(a, b) {
    return a.ms - b.ms || a.seq - b.seq;
}

;// CONCATENATED MODULE: ./packages/core/src/metrics/aggregate.ts
/**
 * The aggregator: one streaming pass over a store's records (or over segments of it, added up in
 * file order: ADR 0025) that gathers what the report is computed from. Definitions in `report.ts`.
 */









// The pieces of the report, re-exported so that `@specpipe/core/metrics/aggregate` keeps its names.





const DAY = 86_400_000;
const MAX_BAD_EXAMPLES = 50;
/** Feed records (or raw lines) in store order, then call `finish()`. */
class Aggregator {
    thresholds;
    now;
    from;
    externalPending;
    records = 0;
    inWindow = 0;
    completed = 0;
    failed = 0;
    days = new Map();
    types = new SmallMap();
    models = new SmallMap();
    streaks = new SmallMap();
    openTasks = new Map();
    /** The open tasks whose latest open record says `running`. */
    runningTasks = new Set();
    lastFinished = -Infinity;
    lastStarted = -Infinity;
    seq = 0;
    badCount = 0;
    badExamples = [];
    constructor(options) {
        this.thresholds = {
            windowDays: options.windowDays ?? DEFAULT_THRESHOLDS.windowDays,
            stuckMinutes: options.stuckMinutes ?? DEFAULT_THRESHOLDS.stuckMinutes,
            failureStreak: options.failureStreak ?? DEFAULT_THRESHOLDS.failureStreak,
            minSuccessRate: options.minSuccessRate ?? DEFAULT_THRESHOLDS.minSuccessRate,
            minTasks: options.minTasks ?? DEFAULT_THRESHOLDS.minTasks,
        };
        this.now = options.now;
        this.from = options.now - this.thresholds.windowDays * DAY;
        this.externalPending = options.pending ?? 0;
    }
    /**
     * One line of a JSONL store. Bad lines are counted and named, never thrown; a line that is not
     * UTF-8 (`invalidAt`: the file offset of its first bad byte) is one, whatever it decodes to.
     */
    line(text, file, line, terminated = true, invalidAt) {
        if (invalidAt !== undefined) {
            this.bad(file, line, `not UTF-8 (byte ${invalidAt} of the file)`);
            return;
        }
        if (text.length === 0 || (text.charCodeAt(0) <= 32 && text.trim() === ""))
            return;
        let value;
        try {
            value = JSON.parse(text);
        }
        catch {
            this.bad(file, line, terminated ? "not JSON" : "torn line (no newline at the end of the file, not JSON)");
            return;
        }
        const ms = (0,record_check/* recordTime */.$l)(value);
        if (ms !== ms) {
            this.bad(file, line, record_check/* invalidReason */.q2);
            return;
        }
        this.addAt(value, ms);
    }
    /** Start of the report window, ms since the epoch. */
    get windowStart() {
        return this.from;
    }
    /** Tasks open now (pending or running in the window, not finished since). */
    openTaskIds() {
        return [...this.openTasks.keys()];
    }
    /** This aggregator's state as a segment's contribution; `lines` is the segment's line count. */
    partial(lines) {
        const days = [];
        for (const [key, b] of this.days)
            days.push({ key, completed: b.completed, failed: b.failed, durations: b.durations.values() });
        return {
            lines,
            records: this.records,
            inWindow: this.inWindow,
            completed: this.completed,
            failed: this.failed,
            seq: this.seq,
            lastFinished: this.lastFinished,
            lastStarted: this.lastStarted,
            badCount: this.badCount,
            badExamples: this.badExamples,
            days,
            types: this.types.keys().map((name) => ({ name, ...this.types.get(name) })),
            models: this.models.keys().map((name) => {
                const m = this.models.get(name);
                return { name, count: m.count, partials: m.sum.partials.slice(0, m.sum.size) };
            }),
            streaks: this.streaks.keys().map((phase) => ({ phase, entries: this.streaks.get(phase) })),
            open: [...this.openTasks].map(([id, ms]) => [id, ms, this.runningTasks.has(id)]),
        };
    }
    /**
     * Adds the next segment of the store, as if its lines had been fed here one by one: counts add
     * up, duration chunks are added, streaks keep the latest entries (the segment's order numbers come
     * after ours), bad lines are renumbered by `lineOffset`. A task open here stays open unless the
     * segment reopened it or finished it at or after its time (`effects`, required whenever
     * `openTaskIds()` is not empty).
     */
    absorb(p, lineOffset, effects) {
        this.records += p.records;
        this.inWindow += p.inWindow;
        this.completed += p.completed;
        this.failed += p.failed;
        if (p.lastFinished > this.lastFinished)
            this.lastFinished = p.lastFinished;
        if (p.lastStarted > this.lastStarted)
            this.lastStarted = p.lastStarted;
        this.badCount += p.badCount;
        for (const b of p.badExamples) {
            if (this.badExamples.length >= MAX_BAD_EXAMPLES)
                break;
            this.badExamples.push({ ...b, line: b.line + lineOffset });
        }
        for (const d of p.days) {
            let day = this.days.get(d.key);
            if (day === undefined)
                this.days.set(d.key, (day = { completed: 0, failed: 0, durations: new Durations() }));
            day.completed += d.completed;
            day.failed += d.failed;
            day.durations.pushChunks(d.durations);
        }
        this.lastDay = undefined;
        this.lastDayKey = NaN;
        for (const t of p.types) {
            let type = this.types.get(t.name);
            if (type === undefined)
                this.types.set(t.name, (type = { completed: 0, failed: 0 }));
            type.completed += t.completed;
            type.failed += t.failed;
        }
        for (const m of p.models) {
            let model = this.models.get(m.name);
            if (model === undefined)
                this.models.set(m.name, (model = { count: 0, sum: new ExactSum() }));
            model.count += m.count;
            for (const x of m.partials)
                model.sum.add(x);
        }
        for (const { phase, entries } of p.streaks) {
            let list = this.streaks.get(phase);
            if (list === undefined)
                this.streaks.set(phase, (list = []));
            for (const e of entries)
                this.insertStreak(list, { ...e, seq: e.seq + this.seq });
        }
        this.seq += p.seq;
        if (this.openTasks.size !== 0) {
            if (effects === undefined)
                throw new Error("internal: open tasks carried into a segment without its effects");
            for (const [id, since] of this.openTasks) {
                const e = effects.get(id);
                if (e !== undefined && (e.opened || e.maxFinish >= since)) {
                    this.openTasks.delete(id);
                    this.runningTasks.delete(id);
                }
            }
        }
        for (const [id, ms, running] of p.open) {
            this.openTasks.set(id, ms);
            if (running)
                this.runningTasks.add(id);
            else
                this.runningTasks.delete(id);
        }
    }
    bad(file, line, reason) {
        this.badCount++;
        if (this.badExamples.length < MAX_BAD_EXAMPLES)
            this.badExamples.push({ file, line, reason });
    }
    /** A record that already passed `checkRecord` (or the zod schema). */
    add(r) {
        this.addAt(r, (0,record_check/* parseTimestamp */.EH)(r.created_at));
    }
    // Runs once per record of the store: no allocation on the common path, a cache for the
    // day bucket of the previous record (stores are mostly in time order).
    lastDayKey = NaN;
    lastDay;
    addAt(r, ms) {
        this.records++;
        const status = r.status;
        const ok = status === "completed";
        const outcome = ok || status === "failed";
        if (outcome || status === "cancelled" || status === "skipped") {
            if (ms > this.lastFinished)
                this.lastFinished = ms;
            if (this.openTasks.size !== 0) {
                const open = this.openTasks.get(r.task_id);
                if (open !== undefined && ms >= open) {
                    this.openTasks.delete(r.task_id);
                    this.runningTasks.delete(r.task_id);
                }
            }
        }
        else if (status === "running" && ms > this.lastStarted)
            this.lastStarted = ms;
        if (ms < this.from)
            return;
        this.inWindow++;
        if (!outcome) {
            if (status === "pending" || status === "running") {
                this.openTasks.set(r.task_id, ms);
                if (status === "running")
                    this.runningTasks.add(r.task_id);
                else
                    this.runningTasks.delete(r.task_id);
            }
            return;
        }
        if (ok)
            this.completed++;
        else
            this.failed++;
        const d = r.duration_seconds;
        const dayKey = Math.floor(ms / DAY);
        let day = this.lastDay;
        if (dayKey !== this.lastDayKey || day === undefined) {
            day = this.days.get(dayKey);
            if (day === undefined)
                this.days.set(dayKey, (day = { completed: 0, failed: 0, durations: new Durations() }));
            this.lastDayKey = dayKey;
            this.lastDay = day;
        }
        if (ok)
            day.completed++;
        else
            day.failed++;
        day.durations.push(d);
        let type = this.types.get(r.task_type);
        if (type === undefined)
            this.types.set(r.task_type, (type = { completed: 0, failed: 0 }));
        if (ok)
            type.completed++;
        else
            type.failed++;
        let model = this.models.get(r.model);
        if (model === undefined)
            this.models.set(r.model, (model = { count: 0, sum: new ExactSum() }));
        model.count++;
        model.sum.add(d);
        this.streak(r.phase ?? r.task_type, r, ms, !ok);
    }
    /**
     * Keeps the latest `failureStreak` outcomes of each phase, ordered by created_at, then store
     * order. An entry is only allocated when it enters the list.
     */
    streak(phase, r, ms, failed) {
        const n = this.thresholds.failureStreak;
        const seq = this.seq++;
        let list = this.streaks.get(phase);
        if (list === undefined)
            this.streaks.set(phase, (list = []));
        let e;
        if (list.length >= n) {
            const oldest = list[0];
            if (ms < oldest.ms || (ms === oldest.ms && seq < oldest.seq))
                return;
            e = list.shift(); // reused: no allocation per record
            e.ms = ms;
            e.seq = seq;
            e.failed = failed;
            e.task_id = r.task_id;
            e.created_at = r.created_at;
            e.run_url = r.run_url;
        }
        else {
            e = { ms, seq, failed, task_id: r.task_id, created_at: r.created_at, run_url: r.run_url };
        }
        sortIn(list, e);
    }
    /** `streak` for an entry from another segment: the same rule, the same order. */
    insertStreak(list, e) {
        if (list.length >= this.thresholds.failureStreak) {
            if (byTime(e, list[0]) < 0)
                return;
            list.shift();
        }
        sortIn(list, e);
    }
    finish() {
        const t = this.thresholds;
        const total = this.completed + this.failed;
        const rate = total === 0 ? 0 : this.completed / total;
        const dayKeys = [...this.days.keys()].sort((a, b) => a - b);
        const all = [];
        const daily = [];
        const selector = new PercentileSelector();
        for (const key of dayKeys) {
            const b = this.days.get(key);
            const values = b.durations.values();
            all.push(...values);
            const n = b.completed + b.failed;
            // Quickselect on the day's values: linear in the day's size, where the selector's 2^18-bin
            // histogram would cost ~0.5 ms per day even for a day of three records (long windows).
            const [p50, p95] = nearestRanksInPlace(values.length === 1 ? values[0] : concat(values, b.durations.length), [50, 95]);
            daily.push({
                date: new Date(key * DAY).toISOString().slice(0, 10),
                completed: b.completed,
                failed: b.failed,
                rate: n === 0 ? null : (0,format/* round */.L)(b.completed / n, 4),
                p50_seconds: n === 0 ? null : (0,format/* round */.L)(p50, 3),
                p95_seconds: n === 0 ? null : (0,format/* round */.L)(p95, 3),
            });
        }
        const [p50, p95] = selector.select(all, total, [50, 95]);
        const by_task_type = {};
        for (const name of [...this.types.keys()].sort()) {
            const v = this.types.get(name);
            const count = v.completed + v.failed;
            by_task_type[name] = { count, success_rate: (0,format/* round */.L)(v.completed / count, 4) };
        }
        const by_model = {};
        for (const name of [...this.models.keys()].sort()) {
            const v = this.models.get(name);
            by_model[name] = { count: v.count, avg_duration: (0,format/* round */.L)(v.sum.value() / v.count, 3) };
        }
        const aggregates = {
            success_rate: { completed: this.completed, failed: this.failed, total, rate: (0,format/* round */.L)(rate, 4) },
            execution_time: { p50_seconds: (0,format/* round */.L)(p50, 3), p95_seconds: (0,format/* round */.L)(p95, 3) },
            by_task_type,
            by_model,
        };
        const running = this.runningTasks.size;
        return {
            aggregates,
            ...attentionOf({
                thresholds: t,
                now: this.now,
                total,
                rate,
                pending: this.openTasks.size - running + this.externalPending,
                running,
                lastFinished: this.lastFinished,
                lastStarted: this.lastStarted,
                streaks: new Map(this.streaks.keys().map((phase) => [phase, this.streaks.get(phase)])),
            }),
            window: { days: t.windowDays, from: new Date(this.from).toISOString(), to: new Date(this.now).toISOString() },
            records: this.records,
            records_in_window: this.inWindow,
            bad_lines: { count: this.badCount, examples: this.badExamples },
            daily,
            thresholds: t,
        };
    }
}
/** Aggregate records already in memory (tests, ingest previews). */
function aggregate(records, options) {
    const a = new Aggregator(options);
    for (const r of records)
        a.add(r);
    return a.finish();
}


/***/ }),

/***/ 3796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ round),
/* harmony export */   l: () => (/* binding */ formatPercent)
/* harmony export */ });
/** How figures are rounded and printed in reports. */
function round(value, places) {
    const f = 10 ** places;
    return Math.round(value * f) / f;
}
/**
 * 0.795 → "79.5%", 0.79999 → "79.99%": at most two decimals, cut (not rounded), so a rate just
 * under a threshold never prints as the threshold itself.
 */
function formatPercent(rate) {
    const hundredths = Math.floor(round(rate * 10_000, 6));
    return `${hundredths / 100}%`;
}


/***/ }),

/***/ 3147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ recordTime),
/* harmony export */   EH: () => (/* binding */ parseTimestamp),
/* harmony export */   Hi: () => (/* binding */ TASK_STATUSES),
/* harmony export */   oM: () => (/* binding */ FINISHED_STATUSES),
/* harmony export */   q0: () => (/* binding */ OPEN_STATUSES),
/* harmony export */   q2: () => (/* binding */ invalidReason)
/* harmony export */ });
/**
 * The hand-written record check and the timestamp parser, without zod: the report's worker
 * threads (ADR 0025) load only this, the aggregator and the line reader. `record.ts` holds the
 * zod schema, which is the definition; a property test holds the two to the same answers.
 *
 * Timestamps: ISO 8601. One without a zone ("2026-01-05T10:00:00") is taken as UTC, never as
 * the machine's local time and never as an error.
 */
const TASK_STATUSES = ["pending", "running", "completed", "failed", "cancelled", "skipped"];
/** Statuses that mean the task has ended (whatever the outcome). */
const FINISHED_STATUSES = new Set(["completed", "failed", "cancelled", "skipped"]);
/** Statuses that mean the task still has to run or is running. */
const OPEN_STATUSES = new Set(["pending", "running"]);
const TS = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;
const DAY_MS = 86_400_000;
/** Days since 1970-01-01 of a proleptic Gregorian date (no Date object: this runs per line). */
function daysFromCivil(year, month, day) {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
}
function daysInMonth(year, month) {
    if (month === 2)
        return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
    return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
function utc(year, month, day, hour, minute, second, ms) {
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        return NaN;
    return daysFromCivil(year, month, day) * DAY_MS + hour * 3_600_000 + minute * 60_000 + second * 1000 + ms;
}
/** Digit value of the character at i, or NaN (which poisons every sum it enters). */
function dg(s, i) {
    const c = s.charCodeAt(i) - 48;
    return c >= 0 && c <= 9 ? c : NaN;
}
let dayPrefix = "\u0000"; // "YYYY-MM-DDT" of the last canonical timestamp parsed
let dayBase = 0;
/**
 * Milliseconds since the epoch of an ISO 8601 timestamp, or NaN when it is not one.
 * A date alone is midnight UTC; a time without a zone is UTC.
 */
function parseTimestamp(text) {
    // Fast path: the form every record we write has, "2026-01-05T10:00:00.000Z". Records come
    // mostly in time order, so the date of the previous one is usually the same.
    if (text.length === 24 &&
        text.charCodeAt(23) === 90 &&
        text.charCodeAt(13) === 58 &&
        text.charCodeAt(16) === 58 &&
        text.charCodeAt(19) === 46) {
        const hour = dg(text, 11) * 10 + dg(text, 12);
        const minute = dg(text, 14) * 10 + dg(text, 15);
        const second = dg(text, 17) * 10 + dg(text, 18);
        const ms = dg(text, 20) * 100 + dg(text, 21) * 10 + dg(text, 22);
        if (Number.isNaN(hour + minute + second + ms) || hour > 23 || minute > 59 || second > 59)
            return NaN;
        if (!text.startsWith(dayPrefix)) {
            if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84)
                return NaN;
            const year = dg(text, 0) * 1000 + dg(text, 1) * 100 + dg(text, 2) * 10 + dg(text, 3);
            const month = dg(text, 5) * 10 + dg(text, 6);
            const day = dg(text, 8) * 10 + dg(text, 9);
            if (Number.isNaN(year + month + day))
                return NaN;
            const base = utc(year, month, day, 0, 0, 0, 0);
            if (Number.isNaN(base))
                return NaN;
            // 11 characters: V8 copies a slice this short (a longer one would keep the whole string).
            dayPrefix = text.slice(0, 11);
            dayBase = base;
        }
        return dayBase + hour * 3_600_000 + minute * 60_000 + second * 1000 + ms;
    }
    const m = TS.exec(text);
    if (m === null)
        return NaN;
    const hour = m[4] === undefined ? 0 : +m[4];
    const minute = m[5] === undefined ? 0 : +m[5];
    const second = m[6] === undefined ? 0 : +m[6];
    const ms = m[7] === undefined ? 0 : Math.floor(+`0.${m[7]}` * 1000);
    let offset = 0;
    const zone = m[8];
    if (zone !== undefined && zone !== "Z" && zone !== "z") {
        const sign = zone[0] === "-" ? -1 : 1;
        const digits = zone.slice(1).replace(":", "");
        const oh = +digits.slice(0, 2);
        const om = digits.length > 2 ? +digits.slice(2, 4) : 0;
        if (oh > 23 || om > 59)
            return NaN;
        offset = sign * (oh * 60 + om) * 60_000;
    }
    return utc(+m[1], +m[2], +m[3], hour, minute, second, ms) - offset;
}
function isText(v) {
    return typeof v === "string" && v.length > 0;
}
function isCount(v) {
    return typeof v === "number" && Number.isInteger(v) && v >= 0;
}
function isAmount(v) {
    return typeof v === "number" && Number.isFinite(v) && v >= 0;
}
/** Why the last `recordTime` call returned NaN. */
let invalidReason = "";
function invalid(reason) {
    invalidReason = reason;
    return NaN;
}
/**
 * The same rules as `MetricRecordSchema`, for a value from `JSON.parse`, and the record's time:
 * its `created_at` in ms, or NaN when the value is not a record (then `invalidReason` says why).
 * One call per line of a store, so it allocates nothing. (JSON has no NaN or Infinity, so "a
 * number" from JSON.parse is always finite.)
 */
function recordTime(value) {
    if (typeof value !== "object" || value === null || Array.isArray(value))
        return invalid("not a JSON object");
    const r = value;
    if (!isText(r.task_id))
        return invalid("task_id must be a non-empty string");
    if (!isText(r.task_type))
        return invalid("task_type must be a non-empty string");
    if (!isText(r.model))
        return invalid("model must be a non-empty string");
    if (!isAmount(r.duration_seconds))
        return invalid("duration_seconds must be a number ≥ 0");
    const st = r.status;
    // String comparisons, most frequent first: cheaper than hashing a freshly parsed string.
    if (st !== "completed" && st !== "failed" && st !== "running" && st !== "pending" && st !== "cancelled" && st !== "skipped") {
        return invalid(`status must be one of ${TASK_STATUSES.join(", ")}`);
    }
    const ms = typeof r.created_at === "string" ? parseTimestamp(r.created_at) : NaN;
    if (Number.isNaN(ms))
        return invalid("created_at must be an ISO 8601 timestamp");
    if (r.phase !== undefined && !isText(r.phase))
        return invalid("phase must be a non-empty string when present");
    if (r.executor !== undefined && !isText(r.executor))
        return invalid("executor must be a non-empty string when present");
    if (r.prompt_variant !== undefined && !isText(r.prompt_variant))
        return invalid("prompt_variant must be a non-empty string when present");
    if (r.run_url !== undefined && !isText(r.run_url))
        return invalid("run_url must be a non-empty string when present");
    if (r.tokens_in !== undefined && !isCount(r.tokens_in))
        return invalid("tokens_in must be a whole number ≥ 0 when present");
    if (r.tokens_out !== undefined && !isCount(r.tokens_out))
        return invalid("tokens_out must be a whole number ≥ 0 when present");
    if (r.cost_usd !== undefined && !isAmount(r.cost_usd))
        return invalid("cost_usd must be a number ≥ 0 when present");
    return ms;
}


/***/ })

};
