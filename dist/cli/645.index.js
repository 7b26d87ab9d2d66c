export const id = 645;
export const ids = [645,3230];
export const modules = {

/***/ 645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iv: () => (/* binding */ parseBeacon),
/* harmony export */   Kr: () => (/* binding */ legalTransitions),
/* harmony export */   LZ: () => (/* binding */ serializeBeacon),
/* harmony export */   N5: () => (/* binding */ validateBeacon),
/* harmony export */   PI: () => (/* binding */ initialBeacon),
/* harmony export */   Q: () => (/* binding */ abortTransition),
/* harmony export */   Zq: () => (/* binding */ beaconDigest),
/* harmony export */   ku: () => (/* binding */ lastValue),
/* harmony export */   lz: () => (/* binding */ nextTransition),
/* harmony export */   sB: () => (/* binding */ sealBeacon)
/* harmony export */ });
/* unused harmony exports BEACON_VERSION, stepTitle */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4343);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3759);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8532);
/* harmony import */ var zod_v4_locales_en_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(252);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _text_document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2600);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1077);

// zod/mini, not "zod": every playbook-gate run loads this module at start-up, and the full zod
// costs several times more to evaluate (start-up budget, ADR 0023). Same checks, same messages:
// the English locale is set in parseBeacon because zod/mini does not set one.





/**
 * The beacon: progress.json (for machines) and progress.md (for people).
 *
 * progress.json holds the playbook hash, the active step, its status, the spec hash, the loop
 * iteration and the history of advances with the evidence values. A `digest` over everything
 * else catches a hand edit even where git history is not available (shallow CI checkouts); the
 * commit rule in check mode (only `Playbook-Gate: advance` commits may touch the beacon) catches
 * the rest. The gate writes the file; nobody else does.
 */
const BEACON_VERSION = 1;
const AdvanceSchema = zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    from: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    /** null when the playbook was completed (the step stays the last one, status "done"). */
    to: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .nullable */ .mee(zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()),
    at: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    commit: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    /** The iteration after this advance. */
    iteration: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .int */ .Whr().check(zod_mini__WEBPACK_IMPORTED_MODULE_5__/* ._gte */ .qm(1)),
    /** Hash of the playbook the advance was made under (the history is checked against it). */
    playbook: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    /** Evidence values, e.g. { "coverage.lines": 84.2, "tests.passed": 120 }. */
    values: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig()),
    /** The CI run that made the advance (absent in beacons written before ADR 0035). */
    run: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
        id: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_5__/* ._regex */ .Fk(/^\d{1,20}$/)),
        attempt: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .int */ .Whr().check(zod_mini__WEBPACK_IMPORTED_MODULE_5__/* ._gte */ .qm(1)),
        workflow: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()),
    })),
    /** The report files the exit conditions read, with their SHA-256 (committed or attached to the run). */
    evidence: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({ condition: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), file: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), sha256: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP() }))),
    /** Why the step was aborted (an abort: back to an earlier step with a recorded reason). */
    reason: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()),
});
const BeaconSchema = zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    version: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(BEACON_VERSION),
    playbook: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    step: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    status: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(["active", "done"]),
    specHash: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .nullable */ .mee(zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()),
    iteration: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .int */ .Whr().check(zod_mini__WEBPACK_IMPORTED_MODULE_5__/* ._gte */ .qm(1)),
    history: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(AdvanceSchema),
    digest: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
});
/** The digest of a beacon's content: SHA-256 of its canonical JSON without the digest field. */
function beaconDigest(body) {
    const canonical = JSON.stringify({
        version: body.version,
        playbook: body.playbook,
        step: body.step,
        status: body.status,
        specHash: body.specHash,
        iteration: body.iteration,
        history: body.history.map(orderedEntry),
    });
    return "sha256:" + (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(canonical).digest("hex");
}
/** A history entry with its keys in the one order we write (optional keys only when present, so older digests hold). */
function orderedEntry(h) {
    const out = {
        from: h.from,
        to: h.to,
        at: h.at,
        commit: h.commit,
        iteration: h.iteration,
        playbook: h.playbook,
        values: sortKeys(h.values),
    };
    if (h.run)
        out.run = { id: h.run.id, attempt: h.run.attempt, ...(h.run.workflow !== undefined ? { workflow: h.run.workflow } : {}) };
    if (h.evidence)
        out.evidence = h.evidence.map((e) => ({ condition: e.condition, file: e.file, sha256: e.sha256 }));
    if (h.reason !== undefined)
        out.reason = h.reason;
    return out;
}
function sortKeys(values) {
    const out = {};
    for (const k of Object.keys(values).sort())
        out[k] = values[k];
    return out;
}
function sealBeacon(body) {
    return { ...body, digest: beaconDigest(body) };
}
/** progress.json's exact text: two-space JSON, LF (or the existing file's EOL), final newline. */
function serializeBeacon(beacon, eol = "\n") {
    const ordered = {
        version: beacon.version,
        playbook: beacon.playbook,
        step: beacon.step,
        status: beacon.status,
        specHash: beacon.specHash,
        iteration: beacon.iteration,
        history: beacon.history.map(orderedEntry),
        digest: beacon.digest,
    };
    const text = JSON.stringify(ordered, null, 2) + "\n";
    return eol === "\n" ? text : text.replace(/\n/g, "\r\n");
}
/** Parse progress.json. Corrupt JSON or a wrong shape: a UserError at the place, never a rewrite. */
function parseBeacon(text, file) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    let data;
    try {
        data = JSON.parse(body);
    }
    catch (cause) {
        const m = /position (\d+)/.exec(String(cause.message));
        const at = m ? (0,_text_document_js__WEBPACK_IMPORTED_MODULE_2__/* .lineColumnAt */ .IX)(body, Number(m[1])) : undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.UserError(`${file} is not valid JSON (${String(cause.message).split("\n")[0]})`, {
            file,
            line: at?.line,
            column: at?.column,
            hint: `restore it from git (git checkout <last good commit> -- ${file}); only the playbook gate writes it`,
            code: "beacon.corrupt",
            cause,
        });
    }
    if (!zod_mini__WEBPACK_IMPORTED_MODULE_6__/* .config */ .$W().localeError)
        zod_mini__WEBPACK_IMPORTED_MODULE_6__/* .config */ .$W((0,zod_v4_locales_en_js__WEBPACK_IMPORTED_MODULE_7__/* ["default"] */ .A)()); // what the full zod does on its first schema
    const r = BeaconSchema.safeParse(data);
    if (!r.success) {
        const issue = r.error.issues[0];
        const at = issue.path.map(String).join(".") || "(top level)";
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.UserError(`${file} is not a playbook beacon: ${at}: ${issue.message}`, {
            file,
            hint: `restore it from git (git checkout <last good commit> -- ${file}); only the playbook gate writes it`,
            code: "beacon.invalid",
        });
    }
    return r.data;
}
/** The beacon a new playbook starts with: its first step, active, iteration 1, no history. */
function initialBeacon(pb, specHash) {
    return sealBeacon({
        version: BEACON_VERSION,
        playbook: pb.hash,
        step: pb.steps[0].id,
        status: "active",
        specHash,
        iteration: 1,
        history: [],
    });
}
/**
 * Where advancing from `step` leads. At the end of a loop, `loopEnds` says whether the loop's
 * `until` conditions hold (or its `max` was reached); otherwise the loop returns to its start.
 */
function nextTransition(pb, step, iteration, loopEnds) {
    const loop = step.loop;
    if (loop && !loopEnds && !(loop.max !== undefined && iteration >= loop.max)) {
        return { from: step.id, to: loop.to, iteration: iteration + 1, looped: true };
    }
    const next = pb.steps[step.order + 1];
    return { from: step.id, to: next ? next.id : null, iteration: loop ? 1 : iteration, looped: false };
}
/**
 * Aborting a step (its `abort: { to }`, e.g. B4 back to B1: "refinement failed, the plan has to
 * change"): back to the earlier step, as a new iteration, whatever the exit conditions say.
 */
function abortTransition(step, iteration) {
    if (!step.abort)
        return undefined;
    return { from: step.id, to: step.abort.to, iteration: iteration + 1, looped: true, aborted: true };
}
/** All transitions that may follow `step` (for validating a history). */
function legalTransitions(pb, step, iteration) {
    const out = [nextTransition(pb, step, iteration, true)];
    if (step.loop)
        out.push(nextTransition(pb, step, iteration, false));
    const abort = abortTransition(step, iteration);
    if (abort)
        out.push(abort);
    return out;
}
/**
 * Is this beacon a state the gate could have written for this playbook? Checks: the digest, the
 * step exists, the status, and (when the playbook is the one the beacon was written for) that the
 * history is a chain of legal one-step transitions from the first step to the active one, so a
 * skipped step or an edited iteration is caught.
 */
function validateBeacon(pb, beacon, file) {
    const v = [];
    const fix = `restore ${file} from git; only the playbook gate changes it (by advancing)`;
    if (beaconDigest(beacon) !== beacon.digest) {
        v.push({
            code: "beacon.hand-edited",
            message: `${file} was edited by hand: its digest does not match its content`,
            hint: fix,
            file,
            severity: "error",
        });
    }
    const step = pb.byId.get(beacon.step);
    if (!step) {
        v.push({
            code: "beacon.unknown-step",
            message: `${file} names step "${beacon.step}", which ${pb.file} does not have`,
            hint: `add step ${beacon.step} back to ${pb.file}, or restore ${file} from git`,
            file,
            severity: "error",
        });
        return v;
    }
    if (beacon.status === "done" && step.order !== pb.steps.length - 1) {
        v.push({
            code: "beacon.bad-status",
            message: `${file} says the playbook is done, but ${beacon.step} is not its last step`,
            hint: fix,
            file,
            severity: "error",
        });
    }
    if (beacon.playbook !== pb.hash) {
        v.push({
            code: "beacon.playbook-changed",
            message: `${pb.file} changed since the beacon was last written; its history is not re-checked against the new playbook`,
            hint: "nothing to do: the next advance records the new playbook",
            file,
            severity: "notice",
        });
        return v;
    }
    // The history is checked from where the current playbook took over: the first step, or the step
    // that was active when the playbook last changed (advances made under an older playbook are
    // history, not re-judged by today's steps).
    let start = beacon.history.length;
    while (start > 0 && beacon.history[start - 1].playbook === pb.hash)
        start--;
    let at = pb.steps[0];
    let iteration = 1;
    let done = false;
    if (start > 0 && start === beacon.history.length) {
        // Every advance records the playbook it wrote into the beacon: the last entry must name it.
        v.push({
            code: "beacon.bad-history",
            message: `${file}: the last history entry was not made under the playbook the beacon names`,
            hint: fix,
            file,
            severity: "error",
        });
        return v;
    }
    if (start > 0) {
        const takeover = pb.byId.get(beacon.history[start].from);
        if (!takeover) {
            v.push({
                code: "beacon.bad-history",
                message: `${file}: history entry ${start + 1} starts from step ${beacon.history[start].from}, which ${pb.file} does not have`,
                hint: fix,
                file,
                severity: "error",
            });
            return v;
        }
        at = takeover;
        iteration = beacon.history[start - 1].iteration;
    }
    for (let i = start; i < beacon.history.length; i++) {
        const h = beacon.history[i];
        const legal = done ? [] : legalTransitions(pb, at, iteration);
        const ok = h.from === at.id && legal.some((t) => t.to === h.to && t.iteration === h.iteration);
        if (!ok) {
            v.push({
                code: "beacon.bad-history",
                message: `${file}: history entry ${i + 1} (${h.from} → ${h.to ?? "done"}) does not follow from ${done ? "the completed playbook" : `${at.id} (iteration ${iteration})`}: a step was skipped or the history was edited`,
                hint: fix,
                file,
                severity: "error",
            });
            return v;
        }
        iteration = h.iteration;
        if (h.to === null)
            done = true;
        else
            at = pb.byId.get(h.to);
    }
    if (at.id !== beacon.step || iteration !== beacon.iteration || (beacon.status === "done") !== done) {
        v.push({
            code: "beacon.bad-history",
            message: `${file}: the active step ${beacon.step} (iteration ${beacon.iteration}, ${beacon.status}) is not where its history leads (${at.id}, iteration ${iteration}${done ? ", done" : ""})`,
            hint: fix,
            file,
            severity: "error",
        });
    }
    return v;
}
/** The latest recorded value of an evidence key (for `no-drop`), or undefined. */
function lastValue(beacon, key) {
    for (let i = beacon.history.length - 1; i >= 0; i--) {
        const v = beacon.history[i].values[key];
        if (v !== undefined)
            return v;
    }
    return undefined;
}
function stepTitle(step) {
    return `${stepLabel(step)}: ${step.name} (${step.id})`;
}


/***/ }),

/***/ 1077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hV: () => (/* binding */ parsePlaybook),
/* harmony export */   loadPlaybook: () => (/* binding */ loadPlaybook),
/* harmony export */   m8: () => (/* binding */ DEFAULT_PLAYBOOK),
/* harmony export */   pq: () => (/* binding */ conditionKey),
/* harmony export */   vO: () => (/* binding */ stepLabel)
/* harmony export */ });
/* unused harmony export PlaybookError */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1315);
/* harmony import */ var _fs_guard_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3680);
/* harmony import */ var _text_document_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2600);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3230);






class PlaybookError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__.UserError {
    issues;
    constructor(file, issues) {
        const first = issues[0];
        const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? "s" : ""})` : "";
        super(`${first.message}${more}`, { file, line: first.line, column: first.column, hint: first.hint, code: first.code });
        this.issues = issues;
    }
}
const DEFAULT_PLAYBOOK = _defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .PLAYBOOK_DEFAULTS */ .DZ.playbook;
function fail(issues, file) {
    throw new PlaybookError(file, issues);
}
/** The YAML node at `path` (or the deepest existing ancestor), and for a map entry its key node. */
let isSeq = () => false;
let isMap = () => false;
/** Set by parsePlaybook, which imports the schema lazily (like yaml above). */
let PlaybookSchema;
function locate(doc, pathSegs, key) {
    let node = doc.contents;
    let found = node ?? {};
    const segs = key === undefined ? pathSegs : [...pathSegs, key];
    for (let i = 0; i < segs.length; i++) {
        const seg = segs[i];
        if (!node)
            break;
        if (isSeq(node) && typeof seg === "number") {
            node = node.items?.[seg];
            if (node?.range)
                found = node;
            continue;
        }
        if (isMap(node)) {
            const pair = node.items?.find((p) => p?.key && String(p.key.value) === String(seg));
            if (!pair)
                break;
            // The last segment named by `key` (an unknown key) points at the key itself.
            if (key !== undefined && i === segs.length - 1)
                return pair.key ?? found;
            node = pair.value;
            if (node?.range)
                found = node;
            else if (pair.key?.range)
                found = pair.key;
            continue;
        }
        break;
    }
    return found;
}
function pos(doc, lc, pathSegs, key) {
    const n = locate(doc, pathSegs, key);
    if (!n.range)
        return {};
    const p = lc.linePos(n.range[0]);
    return { line: p.line, column: p.col };
}
function where(pathSegs) {
    let s = "";
    for (const seg of pathSegs)
        s += typeof seg === "number" ? `[${seg}]` : s === "" ? seg : `.${seg}`;
    return s === "" ? "the playbook" : s;
}
/** Walks the zod schema along a data path to list the keys allowed there (for "unknown key" hints). */
function allowedKeys(data, pathSegs) {
    let s = PlaybookSchema;
    let d = data;
    const unwrap = () => {
        for (;;) {
            const def = s?._zod?.def;
            if (def && (def.type === "default" || def.type === "optional" || def.type === "nullable" || def.type === "prefault"))
                s = def.innerType;
            else if (def && def.type === "union") {
                const t = d?.type;
                s = def.options?.find((o) => o._zod?.def?.shape?.type?._zod?.def?.values?.includes(t)) ?? def.options?.[0];
            }
            else
                return;
        }
    };
    unwrap();
    for (const seg of pathSegs) {
        const def = s?._zod?.def;
        if (!def)
            return [];
        if (def.type === "object")
            s = def.shape?.[seg];
        else if (def.type === "array")
            s = def.element;
        else
            return [];
        d = d?.[seg];
        unwrap();
    }
    const def = s?._zod?.def;
    return def?.type === "object" && def.shape ? Object.keys(def.shape) : [];
}
/** Parse and validate playbook text. `file` is the repository-relative path used in messages. */
async function parsePlaybook(text, file = DEFAULT_PLAYBOOK) {
    const yaml = await __webpack_require__.e(/* import() */ 8815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    // The schema too is loaded only here: building it (and evaluating the full zod it needs) costs
    // start-up time on every path, including "the playbook does not exist" (ADR 0023).
    const schema = await Promise.all(/* import() */[__webpack_require__.e(6723), __webpack_require__.e(6298)]).then(__webpack_require__.bind(__webpack_require__, 6298));
    PlaybookSchema = schema.PlaybookSchema;
    const { CONDITION_TYPES } = schema;
    isSeq = yaml.isSeq;
    isMap = yaml.isMap;
    const { doc, lc, data } = await (0,_yaml_js__WEBPACK_IMPORTED_MODULE_5__.parseYaml)(text, file, (issues) => fail(issues, file));
    if (data === null || data === undefined || typeof data !== "object" || Array.isArray(data)) {
        fail([
            {
                message: "playbook.yml must be a mapping with version, name and phases",
                hint: "start from a template: specpipe init --template refinement",
                line: 1,
                column: 1,
                code: "playbook.not-a-mapping",
            },
        ], file);
    }
    const result = schema.PlaybookSchema.safeParse(data);
    if (!result.success) {
        const issues = [];
        for (const issue of result.error.issues) {
            const p = issue.path;
            const at = where(p);
            if (issue.code === "unrecognized_keys") {
                for (const key of issue.keys) {
                    const allowed = allowedKeys(data, p);
                    issues.push({
                        message: `${at}: unknown key "${key}"`,
                        hint: allowed.length ? `remove "${key}" or correct its spelling; allowed here: ${allowed.join(", ")}` : `remove "${key}"`,
                        ...pos(doc, lc, p, key),
                        code: "playbook.unknown-key",
                    });
                }
                continue;
            }
            if (issue.code === "invalid_union" && issue.discriminator === "type") {
                const parent = p.slice(0, -1);
                const value = parent.reduce((o, k) => o?.[k], data)?.type;
                issues.push({
                    message: value === undefined ? `${where(parent)}: the condition has no type` : `${at}: unknown condition type ${JSON.stringify(value)}`,
                    hint: `set type to one of: ${CONDITION_TYPES.join(", ")}`,
                    ...(value === undefined ? pos(doc, lc, parent) : pos(doc, lc, p)),
                    code: "playbook.unknown-condition",
                });
                continue;
            }
            const value = p.reduce((o, k) => o?.[k], data);
            let hint = "correct the value (schemas/playbook.schema.json describes every key)";
            let message = `${at}: ${issue.message}`;
            if (issue.code === "too_big" || issue.code === "too_small") {
                const bound = issue.code === "too_big" ? `at most ${issue.maximum}` : `at least ${issue.minimum}`;
                if (issue.origin === "array") {
                    message = `${at}: must have ${bound} item${issue.code === "too_small" && issue.minimum === 1 ? "" : "s"}`;
                    hint = issue.code === "too_small" ? "add the missing entries" : "remove entries";
                }
                else if (issue.origin === "string") {
                    message = `${at}: must not be empty`;
                    hint = "write a value";
                }
                else {
                    message = `${at}: ${JSON.stringify(value)} is out of range; it must be ${bound}`;
                    hint = `use a number ${bound}${/lines|branches|score/.test(String(p[p.length - 1])) ? " (a percentage, 0 to 100)" : ""}`;
                }
            }
            else if (issue.code === "invalid_type") {
                if (value === undefined) {
                    message = `${where(p.slice(0, -1))}: "${String(p[p.length - 1])}" is missing`;
                    hint = `add ${String(p[p.length - 1])}: (${issue.expected})`;
                    issues.push({ message, hint, ...pos(doc, lc, p.slice(0, -1)), code: "playbook.missing-key" });
                    continue;
                }
                message = `${at}: expected ${issue.expected}, found ${Array.isArray(value) ? "a list" : value === null ? "nothing" : typeof value}`;
                hint = `write ${issue.expected === "array" ? "a list" : `a ${issue.expected}`} here`;
            }
            else if (issue.code === "invalid_format") {
                message = `${at}: ${JSON.stringify(value)} ${issue.message.replace(/^Invalid string: /, "")}`;
                hint = "rename it, e.g. A1, B3 or spec-draft";
            }
            else if (issue.code === "invalid_value") {
                message = `${at}: must be ${issue.values.map((v) => JSON.stringify(v)).join(" or ")}, found ${JSON.stringify(value)}`;
                hint = `write ${issue.values.map((v) => JSON.stringify(v)).join(" or ")}`;
            }
            else if (issue.code === "custom") {
                message = `${at}: ${issue.message}`;
                hint = issue.message.replace(/^give /, "add ");
            }
            issues.push({ message, hint, ...pos(doc, lc, p), code: `playbook.${issue.code.replace(/_/g, "-")}` });
        }
        fail(issues, file);
    }
    const playbook = result.data;
    const issues = [];
    // Rules across the document: unique ids, condition ids, loops.
    const steps = [];
    const byId = new Map();
    const phaseIds = new Map();
    playbook.phases.forEach((phase, pi) => {
        if (phaseIds.has(phase.id)) {
            issues.push({
                message: `phases[${pi}].id: phase id "${phase.id}" is used twice (first by phases[${phaseIds.get(phase.id)}])`,
                hint: "give every phase its own id",
                ...pos(doc, lc, ["phases", pi, "id"]),
                code: "playbook.duplicate-phase",
            });
        }
        else
            phaseIds.set(phase.id, pi);
        phase.steps.forEach((step, si) => {
            const flat = {
                id: step.id,
                name: step.name,
                description: step.description,
                exit: step.exit,
                phase: { id: phase.id, name: phase.name },
                number: si + 1,
                order: steps.length,
            };
            if (step.details !== undefined)
                flat.details = step.details;
            if (step.abort)
                flat.abort = { to: step.abort.to };
            const prior = byId.get(step.id);
            if (prior) {
                issues.push({
                    message: `phases[${pi}].steps[${si}].id: step id "${step.id}" is used twice (first in phase ${prior.phase.id}, step ${prior.number})`,
                    hint: "give every step its own id: the beacon, trailers and tags name steps by id",
                    ...pos(doc, lc, ["phases", pi, "steps", si, "id"]),
                    code: "playbook.duplicate-step",
                });
            }
            else
                byId.set(step.id, flat);
            checkConditionIds(step.exit, ["phases", pi, "steps", si, "exit"], doc, lc, issues);
            steps.push(flat);
        });
    });
    playbook.phases.forEach((phase, pi) => phase.steps.forEach((step, si) => {
        if (!step.abort)
            return;
        const target = byId.get(step.abort.to);
        const self = byId.get(step.id);
        if (!target)
            issues.push({
                message: `phases[${pi}].steps[${si}].abort.to: no step has the id "${step.abort.to}"`,
                hint: `use one of: ${[...byId.keys()].join(", ")}`,
                ...pos(doc, lc, ["phases", pi, "steps", si, "abort", "to"]),
                code: "playbook.abort-unknown-step",
            });
        else if (target.order > self.order)
            issues.push({
                message: `phases[${pi}].steps[${si}].abort.to: an abort goes back, but ${step.abort.to} comes after ${step.id}`,
                hint: "abort to an earlier step (or the same one)",
                ...pos(doc, lc, ["phases", pi, "steps", si, "abort", "to"]),
                code: "playbook.abort-forward",
            });
    }));
    const loopFrom = new Set();
    playbook.loops.forEach((loop, li) => {
        const base = ["loops", li];
        const from = byId.get(loop.from);
        const to = byId.get(loop.to);
        for (const end of ["from", "to"])
            if (!byId.has(loop[end]))
                issues.push({
                    message: `loops[${li}].${end}: no step has the id "${loop[end]}"`,
                    hint: `use one of: ${[...byId.keys()].join(", ")}`,
                    ...pos(doc, lc, [...base, end]),
                    code: "playbook.loop-unknown-step",
                });
        if (from && to && to.order > from.order) {
            issues.push({
                message: `loops[${li}]: the loop goes forward from ${loop.from} to ${loop.to}`,
                hint: `a loop returns to an earlier step (or the same one): swap from and to`,
                ...pos(doc, lc, [...base, "to"]),
                code: "playbook.loop-forward",
            });
        }
        if (loopFrom.has(loop.from)) {
            issues.push({
                message: `loops[${li}].from: a loop from ${loop.from} is declared twice`,
                hint: "declare one loop per step",
                ...pos(doc, lc, [...base, "from"]),
                code: "playbook.loop-twice",
            });
        }
        loopFrom.add(loop.from);
        if (from && !from.loop)
            from.loop = loop;
        checkConditionIds(loop.until, [...base, "until"], doc, lc, issues);
    });
    if (issues.length)
        fail(issues, file);
    const hash = "sha256:" + (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(JSON.stringify(playbook)).digest("hex");
    const specDeclared = Object.prototype.hasOwnProperty.call(data, "spec");
    return { file, playbook, steps, byId, hash, specDeclared };
}
function checkConditionIds(list, base, doc, lc, issues) {
    const seen = new Map();
    list.forEach((c, ci) => {
        const id = conditionKey(c);
        if (seen.has(id)) {
            issues.push({
                message: `${where([...base, ci])}: two conditions are both named "${id}" (the first is ${where([...base, seen.get(id)])})`,
                hint: `give one of them an id, e.g. id: ${c.type}-2`,
                ...pos(doc, lc, [...base, ci]),
                code: "playbook.duplicate-condition",
            });
        }
        else
            seen.set(id, ci);
    });
}
/** A condition's name in results and in the beacon's history. */
function conditionKey(c) {
    return c.id ?? c.type;
}
/** Read and validate `<root>/<file>`. A missing file is a UserError naming `specpipe init`. */
async function loadPlaybook(root, file = DEFAULT_PLAYBOOK) {
    const { insideWorkspace } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3680));
    const at = await insideWorkspace(root, file, { what: "the playbook", noSymlink: true });
    const bytes = await (0,_fs_guard_js__WEBPACK_IMPORTED_MODULE_3__.readRegularFile)(at.abs, at.rel, _yaml_js__WEBPACK_IMPORTED_MODULE_5__.MAX_YAML_BYTES);
    if (bytes === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.UserError(`${file} does not exist`, {
            file,
            hint: "create one with `specpipe init` (or set the playbook input to its path)",
            code: "playbook.missing",
        });
    }
    return parsePlaybook((0,_text_document_js__WEBPACK_IMPORTED_MODULE_4__.decodeUtf8)(bytes, at.rel), at.rel);
}
/** "B Refinement loop, step 3" */
function stepLabel(step) {
    return `${step.phase.id} ${step.phase.name}, step ${step.number}`;
}


/***/ }),

/***/ 3230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_YAML_BYTES: () => (/* binding */ MAX_YAML_BYTES),
/* harmony export */   parseYaml: () => (/* binding */ parseYaml),
/* harmony export */   yamlIssueError: () => (/* binding */ yamlIssueError)
/* harmony export */ });
/* unused harmony export MAX_ALIAS_COUNT */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

/**
 * YAML from a user's repository, parsed defensively. playbook.yml may be written by anyone who can
 * open a pull request, so:
 * - aliases are capped (`maxAliasCount`): a "billion laughs" document of nested aliases would
 *   otherwise expand to gigabytes in toJS();
 * - every problem the parser reports, and the alias cap itself, is a UserError at file:line:column,
 *   never a stack trace.
 * The text must already be decoded strictly (decodeUtf8), so invalid UTF-8 is refused before this.
 */
const MAX_ALIAS_COUNT = 100;
/** playbook.yml is a page of text; a file larger than this is not one. */
const MAX_YAML_BYTES = 1024 * 1024;
/** Parse `text`; `onIssues` receives the parser's problems (it must throw). */
async function parseYaml(text, file, onIssues) {
    const { parseDocument, LineCounter } = await __webpack_require__.e(/* import() */ 8815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const lc = new LineCounter();
    const doc = parseDocument(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, {
        lineCounter: lc,
        prettyErrors: false,
        uniqueKeys: true,
    });
    if (doc.errors.length) {
        onIssues(doc.errors.map((e) => {
            const p = lc.linePos(e.pos[0]);
            const dup = e.code === "DUPLICATE_KEY";
            return {
                message: dup ? `duplicate key: ${e.message.split("\n")[0]}` : `not valid YAML: ${e.message.split("\n")[0]}`,
                hint: dup
                    ? "each key may appear once in a mapping; remove or rename the repeated key"
                    : "correct the YAML syntax at this position (indentation, quotes, a missing colon)",
                line: p.line,
                column: p.col,
                code: dup ? "playbook.duplicate-key" : "playbook.yaml-syntax",
            };
        }));
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (cause) {
        // yaml throws a ReferenceError for the alias cap (and for an alias to nothing).
        const message = cause.message.split("\n")[0];
        const excessive = /alias count/i.test(message);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(excessive
            ? `${file} expands its aliases more than ${MAX_ALIAS_COUNT} times (a YAML alias bomb?)`
            : `${file} is not valid YAML: ${message}`, {
            file,
            hint: excessive
                ? "write the values out instead of nesting aliases (*name) of aliases"
                : "correct the anchor (&name) or alias (*name) it names",
            code: excessive ? "playbook.yaml-aliases" : "playbook.yaml-syntax",
            cause,
        });
    }
    return { doc, lc, data };
}
/** One problem as a UserError (for callers that do not collect issues). */
function yamlIssueError(file, issues) {
    const first = issues[0];
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(first.message, { file, line: first.line, column: first.column, hint: first.hint, code: first.code });
}


/***/ })

};
