export const id = 8842;
export const ids = [8842];
export const modules = {

/***/ 8842:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   harvest: () => (/* binding */ harvest),
/* harmony export */   toChat: () => (/* binding */ toChat)
/* harmony export */ });
/* unused harmony export CHAT_SYSTEM_PROMPT */
/* harmony import */ var _adr_adr_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1346);
/* harmony import */ var _commits_catfile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4126);
/* harmony import */ var _commits_header_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9391);
/* harmony import */ var _commits_range_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6805);
/* harmony import */ var _commits_trailers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9102);
/* harmony import */ var _spec_hash_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9357);
/* harmony import */ var _spec_history_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1485);







async function specDiff(before, after) {
    const { createTwoFilesPatch } = await __webpack_require__.e(/* import() */ 4023).then(__webpack_require__.bind(__webpack_require__, 4023));
    const paths = [...new Set([...before.files.map((f) => f.path), ...after.files.map((f) => f.path)])].sort();
    let out = "";
    for (const p of paths) {
        const a = before.files.find((f) => f.path === p);
        const b = after.files.find((f) => f.path === p);
        if (a && b && a.oid === b.oid)
            continue;
        const patch = createTwoFilesPatch(a ? `a/${p}` : "/dev/null", b ? `b/${p}` : "/dev/null", a?.content.toString("utf8") ?? "", b?.content.toString("utf8") ?? "", "", "", { context: 3 });
        const start = patch.indexOf("--- ");
        out += (start >= 0 ? patch.slice(start) : patch).replace(/^(---|\+\+\+) (.*?)\t$/gm, "$1 $2");
    }
    return out;
}
async function* harvest(git, range, options = {}) {
    const cat = new _commits_catfile_js__WEBPACK_IMPORTED_MODULE_1__.CatFile(git);
    const reader = new _spec_history_js__WEBPACK_IMPORTED_MODULE_6__.SpecReader(cat, new _spec_history_js__WEBPACK_IMPORTED_MODULE_6__.SpecPaths(options.specPaths?.length ? options.specPaths : _spec_hash_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_SPEC_PATHS */ .Ft));
    const adrDir = (options.adrDir ?? _adr_adr_js__WEBPACK_IMPORTED_MODULE_0__.DEFAULT_ADR_DIR).replace(/\/+$/, "");
    try {
        let n = 0;
        for await (const { commit: c, before, after, changed } of reader.walk((0,_commits_range_js__WEBPACK_IMPORTED_MODULE_3__/* .streamCommits */ .Tp)(git, range))) {
            const h = (0,_commits_header_js__WEBPACK_IMPORTED_MODULE_2__/* .parseHeader */ .RW)(c.header);
            const adrs = [];
            for (const f of c.files) {
                if (!f.path.startsWith(adrDir + "/") || (0,_adr_adr_js__WEBPACK_IMPORTED_MODULE_0__.adrNumber)(f.path.slice(adrDir.length + 1)) === undefined)
                    continue;
                const parent = c.parents[0];
                if (parent && (await cat.read(`${parent}:${f.path}`))?.type === "blob")
                    continue;
                const obj = await cat.read(`${c.sha}:${f.path}`);
                if (obj?.type === "blob")
                    adrs.push({ path: f.path, content: obj.content.toString("utf8") });
            }
            yield {
                sha: c.sha,
                parents: c.parents,
                author: { name: c.authorName, email: c.authorEmail },
                date: c.date,
                header: c.header,
                type: h.type,
                scope: h.scope,
                subject: h.subject,
                breaking: h.breaking,
                body: (0,_commits_trailers_js__WEBPACK_IMPORTED_MODULE_4__/* .messageBody */ .OS)(c.message),
                trailers: c.trailers,
                playbookStep: (0,_commits_trailers_js__WEBPACK_IMPORTED_MODULE_4__/* .trailerValue */ .di)(c.trailers, "Playbook-Step") ?? null,
                specHashBefore: before.files.length ? before.hash.short : null,
                specHashAfter: after.files.length ? after.hash.short : null,
                specChanged: changed,
                specDiff: changed ? await specDiff(before, after) : null,
                amendmentReason: (0,_commits_trailers_js__WEBPACK_IMPORTED_MODULE_4__/* .trailerValue */ .di)(c.trailers, "Spec-Amendment") ?? null,
                adrs,
                files: c.files,
            };
            // Children only need their parent's state; drop older states so memory stays flat.
            if (++n % 1000 === 0)
                reader.forgetExcept(c.sha);
        }
    }
    finally {
        cat.close();
    }
}
const CHAT_SYSTEM_PROMPT = "You are a software engineer working in a spec-driven repository. The living spec is the single source of truth; every commit is a conventional commit that names the spec hash and the playbook step, explains its reasoning in the body, and a spec change is an explicit amendment with an ADR.";
/** The same record as a chat-style fine-tuning example: system, user (the situation), assistant (the commit). */
function toChat(r) {
    const files = r.files.map((f) => `- ${f.path} (${f.added === null ? "binary" : `+${f.added} -${f.deleted}`})`).join("\n");
    const user = [
        `Spec hash: ${r.specHashBefore ?? "none"}`,
        `Playbook step: ${r.playbookStep ?? "none"}`,
        `Files changed:\n${files || "(none)"}`,
        ...(r.specDiff ? [`Spec diff:\n${r.specDiff}`] : []),
        "Write the commit message for this change.",
    ].join("\n\n");
    const trailers = r.trailers.map((t) => `${t.key}: ${t.value}`).join("\n");
    let assistant = [r.header, r.body, trailers].filter((s) => s !== "").join("\n\n");
    for (const adr of r.adrs)
        assistant += `\n\n--- ${adr.path} ---\n${adr.content}`;
    return {
        messages: [
            { role: "system", content: CHAT_SYSTEM_PROMPT },
            { role: "user", content: user },
            { role: "assistant", content: assistant },
        ],
    };
}


/***/ })

};
