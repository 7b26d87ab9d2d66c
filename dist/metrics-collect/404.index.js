export const id = 404;
export const ids = [404];
export const modules = {

/***/ 7404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_FILE: () => (/* reexport safe */ _stores_js__WEBPACK_IMPORTED_MODULE_8__.j9),
/* harmony export */   INGEST_CURSOR: () => (/* reexport safe */ _ingest_runs_js__WEBPACK_IMPORTED_MODULE_4__.uC),
/* harmony export */   WAITING_RUN_STATUSES: () => (/* reexport safe */ _queued_runs_js__WEBPACK_IMPORTED_MODULE_6__.H),
/* harmony export */   autoFixEnabled: () => (/* reexport safe */ _auto_fix_js__WEBPACK_IMPORTED_MODULE_0__.K),
/* harmony export */   buildReport: () => (/* reexport safe */ _build_report_js__WEBPACK_IMPORTED_MODULE_1__.F),
/* harmony export */   countQueuedRuns: () => (/* reexport safe */ _queued_runs_js__WEBPACK_IMPORTED_MODULE_6__.P),
/* harmony export */   ingestFile: () => (/* reexport safe */ _ingest_file_js__WEBPACK_IMPORTED_MODULE_3__.t),
/* harmony export */   ingestWorkflowRuns: () => (/* reexport safe */ _ingest_runs_js__WEBPACK_IMPORTED_MODULE_4__.KB),
/* harmony export */   jobStatus: () => (/* reexport safe */ _ingest_runs_js__WEBPACK_IMPORTED_MODULE_4__.WB),
/* harmony export */   jobToRecord: () => (/* reexport safe */ _ingest_runs_js__WEBPACK_IMPORTED_MODULE_4__.eW),
/* harmony export */   listRunsInWindow: () => (/* reexport safe */ _ingest_runs_js__WEBPACK_IMPORTED_MODULE_4__.Qb),
/* harmony export */   openStore: () => (/* reexport safe */ _stores_js__WEBPACK_IMPORTED_MODULE_8__.Ch),
/* harmony export */   parseRecord: () => (/* reexport safe */ _record_task_js__WEBPACK_IMPORTED_MODULE_7__.H),
/* harmony export */   parseStoreOptions: () => (/* reexport safe */ _stores_js__WEBPACK_IMPORTED_MODULE_8__.NW),
/* harmony export */   parseTypeMap: () => (/* reexport safe */ _type_map_js__WEBPACK_IMPORTED_MODULE_9__.O),
/* harmony export */   pruneStore: () => (/* reexport safe */ _prune_js__WEBPACK_IMPORTED_MODULE_5__.I),
/* harmony export */   recordKey: () => (/* reexport safe */ _ingest_append_js__WEBPACK_IMPORTED_MODULE_2__.Hy),
/* harmony export */   recordTask: () => (/* reexport safe */ _record_task_js__WEBPACK_IMPORTED_MODULE_7__.R),
/* harmony export */   registerStore: () => (/* reexport safe */ _stores_js__WEBPACK_IMPORTED_MODULE_8__.ti),
/* harmony export */   storeKind: () => (/* reexport safe */ _stores_js__WEBPACK_IMPORTED_MODULE_8__.I1),
/* harmony export */   storedKeys: () => (/* reexport safe */ _ingest_append_js__WEBPACK_IMPORTED_MODULE_2__.C3),
/* harmony export */   typeMapper: () => (/* reexport safe */ _type_map_js__WEBPACK_IMPORTED_MODULE_9__.I)
/* harmony export */ });
/* harmony import */ var _auto_fix_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3494);
/* harmony import */ var _build_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3286);
/* harmony import */ var _ingest_append_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8496);
/* harmony import */ var _ingest_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4034);
/* harmony import */ var _ingest_runs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3450);
/* harmony import */ var _prune_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1907);
/* harmony import */ var _queued_runs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7021);
/* harmony import */ var _record_task_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2998);
/* harmony import */ var _stores_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4117);
/* harmony import */ var _type_map_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7948);
/**
 * The operations behind `metrics-collect` and `specpipe metrics …`, one module each; this module
 * gathers their names so that `@specpipe/core/metrics/service` stays the one import of adapters.
 */












/***/ })

};
