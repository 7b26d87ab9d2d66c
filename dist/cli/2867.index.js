export const id = 2867;
export const ids = [2867];
export const modules = {

/***/ 2867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   flagNaming: () => (/* binding */ flagNaming),
/* harmony export */   flagOptions: () => (/* binding */ flagOptions),
/* harmony export */   flagTexts: () => (/* binding */ flagTexts)
/* harmony export */ });
function entries(specs) {
    return Object.entries(specs).map(([input, spec]) => [input, spec, [input, ...(spec.aliases ?? [])]]);
}
/** The `parseArgs` options: every flag and alias as text (or a boolean), no defaults. */
function flagOptions(specs) {
    const options = {};
    for (const [, spec, names] of entries(specs))
        for (const name of names)
            options[name] = { type: spec.boolean ? "boolean" : "string", ...(spec.multiple ? { multiple: true } : {}) };
    return options;
}
/**
 * Flag values as the texts the shape parses (booleans as true/false, repeated flags one per
 * line; the last of several spellings wins), and which flag gave each input, so that an error
 * names the flag that was typed.
 */
function flagTexts(specs, values) {
    const texts = {};
    const flags = {};
    for (const [input, spec, names] of entries(specs)) {
        const given = names.filter((n) => values[n] !== undefined);
        if (given.length === 0)
            continue;
        const flag = given[given.length - 1];
        const value = values[flag];
        texts[input] = spec.boolean ? String(value === true) : Array.isArray(value) ? value.join("\n") : String(value);
        flags[input] = flag;
    }
    return { texts, flags };
}
/** An adapter's naming for the CLI: `<command>: --<flag typed>` and the help hint. */
function flagNaming(command, flags) {
    return {
        name: (n) => `${command}: --${flags[n] ?? n}`,
        hint: () => `run "specpipe ${command} --help" for the options`,
    };
}


/***/ })

};
