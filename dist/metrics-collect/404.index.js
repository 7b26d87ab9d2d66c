export const id = 404;
export const ids = [404];
export const modules = {

/***/ 7404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseStoreOptions: () => (/* reexport safe */ _stores_js__WEBPACK_IMPORTED_MODULE_6__.NW),
/* harmony export */   parseTypeMap: () => (/* reexport safe */ _type_map_js__WEBPACK_IMPORTED_MODULE_7__.O),
/* harmony export */   storeKind: () => (/* reexport safe */ _stores_js__WEBPACK_IMPORTED_MODULE_6__.I1)
/* harmony export */ });
/* harmony import */ var _auto_fix_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3494);
/* harmony import */ var _build_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3286);
/* harmony import */ var _ingest_append_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8496);
/* harmony import */ var _ingest_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4034);
/* harmony import */ var _ingest_runs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3450);
/* harmony import */ var _record_task_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2998);
/* harmony import */ var _stores_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4019);
/* harmony import */ var _type_map_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7948);
/**
 * The operations behind `metrics-collect` and `specpipe metrics …`, one module each; this module
 * gathers their names so that `@specpipe/core/metrics/service` stays the one import of adapters.
 */












/***/ })

};
