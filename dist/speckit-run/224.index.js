export const id = 224;
export const ids = [224];
export const modules = {

/***/ 67224:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uploadArtifacts: () => (/* binding */ uploadArtifacts)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _specpipe_action_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57483);


/** The run's artifacts (logs, record, proposal) as the workflow artifact speckit-run-<run id>; a failure is a warning, not the run's. */
async function uploadArtifacts(record, dir) {
    try {
        const files = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { recursive: true, withFileTypes: true })
            .filter((d) => d.isFile())
            .map((d) => `${d.parentPath ?? d.path}/${d.name}`);
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(351), __webpack_require__.e(500)]).then(__webpack_require__.bind(__webpack_require__, 97500));
        const r = await new DefaultArtifactClient().uploadArtifact(`speckit-run-${record.runId}`, files, dir, {
            retentionDays: record.retentionDays,
        });
        _specpipe_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .core.info */ .I8.info(`uploaded artifact speckit-run-${record.runId} (${r.size ?? "?"} bytes), kept ${record.retentionDays} days`);
    }
    catch (e) {
        _specpipe_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .core.warning */ .I8.warning(`the run's artifacts were not uploaded (${e.message}); they are in ${dir}, upload them with actions/upload-artifact`);
    }
}


/***/ })

};
