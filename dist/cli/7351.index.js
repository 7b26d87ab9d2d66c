export const id = 7351;
export const ids = [7351];
export const modules = {

/***/ 7351:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dashboardHtml: () => (/* binding */ dashboardHtml)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3796);

/**
 * The `dashboard`: one self-contained HTML page. No script, no network (a Content-Security-Policy
 * forbids every fetch), charts as inline SVG: daily success rate, daily p50/p95, success rate by
 * task type, average duration by model, and the attention flags. Every figure is the report's own
 * (elements carry `data-metric` names so a test can read them back).
 */
function esc(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
const W = 640;
const H = 220;
const PAD = { left: 48, right: 16, top: 16, bottom: 36 };
function axisY(max, unit) {
    const out = [];
    for (let i = 0; i <= 4; i++) {
        const v = (max * i) / 4;
        const y = PAD.top + (H - PAD.top - PAD.bottom) * (1 - i / 4);
        out.push(`<line x1="${PAD.left}" y1="${y}" x2="${W - PAD.right}" y2="${y}" stroke="#ddd"/>`);
        out.push(`<text x="${PAD.left - 6}" y="${y + 4}" text-anchor="end" font-size="11">${esc(fmt(v))}${unit}</text>`);
    }
    return out.join("");
}
function fmt(v) {
    return Number.isInteger(v) ? String(v) : v.toFixed(1);
}
function lineChart(title, days, series, unit, fixedMax) {
    const values = days.flatMap((d) => series.map((s) => s.value(d) ?? 0));
    const max = fixedMax ?? Math.max(1, ...values) * 1.1;
    const plotW = W - PAD.left - PAD.right;
    const plotH = H - PAD.top - PAD.bottom;
    const x = (i) => PAD.left + (days.length <= 1 ? plotW / 2 : (plotW * i) / (days.length - 1));
    const y = (v) => PAD.top + plotH * (1 - Math.min(v, max) / max);
    const parts = [axisY(max, unit)];
    const step = Math.max(1, Math.ceil(days.length / 10));
    days.forEach((d, i) => {
        if (i % step === 0)
            parts.push(`<text x="${x(i)}" y="${H - 14}" text-anchor="middle" font-size="11">${esc(d.date.slice(5))}</text>`);
    });
    for (const s of series) {
        const pts = days.map((d, i) => [i, s.value(d)]).filter((p) => p[1] !== null);
        if (pts.length > 1)
            parts.push(`<polyline fill="none" stroke="${s.color}" stroke-width="2" points="${pts.map(([i, v]) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(" ")}"/>`);
        for (const [i, v] of pts)
            parts.push(`<circle cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="3" fill="${s.color}"><title>${esc(`${days[i].date} ${s.name}: ${fmt(v)}${unit}`)}</title></circle>`);
    }
    const legend = series
        .map((s, k) => `<rect x="${PAD.left + k * 110}" y="${H - 10}" width="10" height="10" fill="${s.color}"/><text x="${PAD.left + 14 + k * 110}" y="${H - 1}" font-size="11">${esc(s.name)}</text>`)
        .join("");
    return `<figure><figcaption>${esc(title)}</figcaption><svg role="img" aria-label="${esc(title)}" viewBox="0 0 ${W} ${H + 6}" width="${W}" height="${H + 6}" xmlns="http://www.w3.org/2000/svg">${parts.join("")}${legend}</svg></figure>`;
}
function barChart(title, rows, max, testid) {
    const rowH = 22;
    const labelW = 160;
    const h = Math.max(rowH, rows.length * rowH) + 8;
    const bars = rows
        .map((r, i) => {
        const w = max <= 0 ? 0 : ((W - labelW - 80) * r.value) / max;
        const y = 4 + i * rowH;
        return `<text x="${labelW - 6}" y="${y + 15}" text-anchor="end" font-size="12">${esc(r.label)}</text><rect x="${labelW}" y="${y + 3}" width="${w.toFixed(1)}" height="${rowH - 6}" fill="#4c78a8"/><text x="${(labelW + w + 6).toFixed(1)}" y="${y + 15}" font-size="12">${esc(r.text)}</text>`;
    })
        .join("");
    return `<figure data-chart="${testid}"><figcaption>${esc(title)}</figcaption><svg role="img" aria-label="${esc(title)}" viewBox="0 0 ${W} ${h}" width="${W}" height="${h}" xmlns="http://www.w3.org/2000/svg">${bars || `<text x="10" y="16" font-size="12">no data</text>`}</svg></figure>`;
}
function dashboardHtml(report, options = {}) {
    const a = report.aggregates;
    const title = options.title ?? "specpipe task metrics";
    const days = report.daily.filter((d) => d.rate !== null);
    const kpi = (name, label, value) => `<div class="kpi"><div class="label">${esc(label)}</div><div class="value" data-metric="${name}">${esc(value)}</div></div>`;
    const types = Object.entries(a.by_task_type);
    const models = Object.entries(a.by_model);
    const flagNames = ["stuck", "repeated_failures", "low_success_rate"];
    const att = report.attention;
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${esc(title)}</title>
<style>
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:24px;color:#222;max-width:1000px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}
.meta{color:#666;margin-bottom:16px}
.kpis{display:flex;flex-wrap:wrap;gap:12px}.kpi{border:1px solid #ddd;border-radius:6px;padding:8px 14px;min-width:110px}
.kpi .label{color:#666;font-size:12px}.kpi .value{font-size:20px;font-weight:600}
table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #ddd;padding:4px 10px;text-align:left}th{background:#f6f6f6}
.flag-on{color:#b00020;font-weight:600}.flag-off{color:#2e7d32}
figure{margin:12px 0}figcaption{font-weight:600;margin-bottom:4px}
</style>
</head>
<body>
<h1>${esc(title)}</h1>
<div class="meta">Window: ${report.window.days} day(s), ${esc(report.window.from)} to ${esc(report.window.to)}${options.store ? ` · store: ${esc(options.store)}` : ""} · <span data-metric="records_in_window">${report.records_in_window}</span> record(s) in the window · <span data-metric="bad_lines">${report.bad_lines.count}</span> unreadable line(s) skipped</div>
<section class="kpis">
${kpi("success_rate.rate", "success rate", (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l)(a.success_rate.rate))}
${kpi("success_rate.completed", "completed", String(a.success_rate.completed))}
${kpi("success_rate.failed", "failed", String(a.success_rate.failed))}
${kpi("success_rate.total", "total", String(a.success_rate.total))}
${kpi("execution_time.p50_seconds", "p50 duration (s)", String(a.execution_time.p50_seconds))}
${kpi("execution_time.p95_seconds", "p95 duration (s)", String(a.execution_time.p95_seconds))}
</section>
<h2>Attention</h2>
<table><tr><th>flag</th><th>raised</th></tr>
${flagNames.map((f) => `<tr><td>${f}</td><td data-flag="${f}" class="${att[f] ? "flag-on" : "flag-off"}">${att[f] ? "yes" : "no"}</td></tr>`).join("\n")}
</table>
${att.flags.length ? `<ul class="flags">${att.flags.map((f) => `<li>${esc(f)}</li>`).join("")}</ul>` : `<p class="flags">No flags.</p>`}
<h2>Over time</h2>
${days.length ? lineChart("Daily success rate", days, [{ name: "success rate %", color: "#2e7d32", value: (d) => (d.rate === null ? null : Math.round(d.rate * 1000) / 10) }], "%", 100) : "<p>No outcomes in the window.</p>"}
${days.length
        ? lineChart("Daily duration p50 / p95 (seconds)", days, [
            { name: "p50", color: "#4c78a8", value: (d) => d.p50_seconds },
            { name: "p95", color: "#e45756", value: (d) => d.p95_seconds },
        ], "")
        : ""}
<h2>By task type</h2>
${barChart("Success rate by task type", types.map(([k, v]) => ({ label: k, value: v.success_rate, text: `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l)(v.success_rate)} of ${v.count}` })), 1, "by_task_type")}
<table><tr><th>task type</th><th>count</th><th>success rate</th></tr>
${types.map(([k, v]) => `<tr data-task-type="${esc(k)}"><td>${esc(k)}</td><td data-metric="count">${v.count}</td><td data-metric="success_rate">${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l)(v.success_rate)}</td></tr>`).join("\n")}
</table>
<h2>By model</h2>
${barChart("Average duration by model (s)", models.map(([k, v]) => ({ label: k, value: v.avg_duration, text: `${v.avg_duration} s over ${v.count}` })), Math.max(0, ...models.map(([, v]) => v.avg_duration)), "by_model")}
<table><tr><th>model</th><th>count</th><th>avg duration (s)</th></tr>
${models.map(([k, v]) => `<tr data-model="${esc(k)}"><td>${esc(k)}</td><td data-metric="count">${v.count}</td><td data-metric="avg_duration">${v.avg_duration}</td></tr>`).join("\n")}
</table>
<h2>Daily</h2>
<table><tr><th>date</th><th>completed</th><th>failed</th><th>rate</th><th>p50 (s)</th><th>p95 (s)</th></tr>
${days.map((d) => `<tr data-date="${d.date}"><td>${d.date}</td><td>${d.completed}</td><td>${d.failed}</td><td>${d.rate === null ? "" : (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l)(d.rate)}</td><td>${d.p50_seconds ?? ""}</td><td>${d.p95_seconds ?? ""}</td></tr>`).join("\n")}
</table>
</body>
</html>
`;
}


/***/ })

};
