import { UserError } from "../errors.js";
import { scanXml } from "./xml.js";

/**
 * Coverage reports: lcov (`lcov.info`), Cobertura XML and istanbul's `coverage-summary.json`,
 * read into one summary. Percentages are null when there is nothing to measure (0 lines or 0
 * branches): "no branches" is not "100 % of branches".
 */
export interface Ratio {
  covered: number;
  total: number;
  /** covered / total × 100, or null when total is 0. */
  pct: number | null;
}

export interface CoverageSummary {
  format: CoverageFormat;
  lines: Ratio;
  branches: Ratio;
  /** Number of source files in the report. */
  files: number;
}

export type CoverageFormat = "lcov" | "cobertura" | "istanbul-summary";

export function ratio(covered: number, total: number): Ratio {
  return { covered, total, pct: total > 0 ? (covered / total) * 100 : null };
}

function bad(file: string, what: string, format: string, line?: number): UserError {
  return new UserError(`${file} is not a valid ${format} report: ${what}`, {
    file,
    line,
    hint: "regenerate the report with your coverage tool, or set format: in the condition if it was detected wrongly",
    code: "coverage.invalid",
  });
}

/** Detects the format from the content. */
export function detectCoverageFormat(text: string, file: string): CoverageFormat {
  const head = text
    .slice(0, 2048)
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (head.startsWith("{")) return "istanbul-summary";
  if (head.startsWith("<")) return "cobertura";
  if (/^(TN:|SF:)/m.test(head)) return "lcov";
  throw new UserError(`${file}: cannot tell which coverage format this is`, {
    file,
    hint: "point the coverage condition at lcov.info, a Cobertura XML file or coverage-summary.json (or set format:)",
    code: "coverage.unknown-format",
  });
}

export function parseCoverage(text: string, file: string, format?: CoverageFormat): CoverageSummary {
  const f = format ?? detectCoverageFormat(text, file);
  if (f === "lcov") return parseLcov(text, file);
  if (f === "cobertura") return parseCobertura(text, file);
  return parseIstanbulSummary(text, file);
}

/**
 * lcov tracefile. Per record (SF: … end_of_record): LF/LH and BRF/BRH when present, else counted
 * from DA: and BRDA: lines. A file listed twice (several test runs) is counted once per record, as
 * genhtml does without merging.
 */
export function parseLcov(text: string, file: string): CoverageSummary {
  let lf = 0,
    lh = 0,
    brf = 0,
    brh = 0,
    files = 0;
  let rec: { lf?: number; lh?: number; brf?: number; brh?: number; da: number; daHit: number; brda: number; brdaHit: number } | undefined;
  let lineNo = 0;
  let pos = 0;
  const n = text.length;
  const num = (s: string) => {
    const v = Number(s);
    if (!Number.isFinite(v) || v < 0) throw bad(file, `"${s}" is not a count`, "lcov", lineNo);
    return v;
  };
  while (pos <= n) {
    let nl = text.indexOf("\n", pos);
    if (nl === -1) nl = n;
    let line = text.slice(pos, nl);
    pos = nl + 1;
    lineNo++;
    if (line.endsWith("\r")) line = line.slice(0, -1);
    if (line === "" || line.startsWith("TN:")) {
      if (pos > n) break;
      continue;
    }
    const colon = line.indexOf(":");
    const tag = colon === -1 ? line : line.slice(0, colon);
    const val = colon === -1 ? "" : line.slice(colon + 1);
    if (tag === "SF") {
      if (rec) throw bad(file, `SF: on line ${lineNo} starts a record before the previous one ended`, "lcov", lineNo);
      rec = { da: 0, daHit: 0, brda: 0, brdaHit: 0 };
      files++;
    } else if (tag === "end_of_record") {
      if (!rec) throw bad(file, `end_of_record on line ${lineNo} without SF:`, "lcov", lineNo);
      lf += rec.lf ?? rec.da;
      lh += rec.lh ?? rec.daHit;
      brf += rec.brf ?? rec.brda;
      brh += rec.brh ?? rec.brdaHit;
      rec = undefined;
    } else if (!rec) {
      throw bad(file, `${tag}: on line ${lineNo} is outside a record (no SF: before it)`, "lcov", lineNo);
    } else if (tag === "DA") {
      const c1 = val.indexOf(",");
      const hits = val.slice(c1 + 1).split(",")[0];
      rec.da++;
      if (num(hits) > 0) rec.daHit++;
    } else if (tag === "BRDA") {
      const taken = val.split(",")[3];
      rec.brda++;
      if (taken !== undefined && taken !== "-" && num(taken) > 0) rec.brdaHit++;
    } else if (tag === "LF") rec.lf = num(val);
    else if (tag === "LH") rec.lh = num(val);
    else if (tag === "BRF") rec.brf = num(val);
    else if (tag === "BRH") rec.brh = num(val);
    // FN, FNDA, FNF, FNH, VER and unknown tags are ignored.
  }
  if (rec) throw bad(file, "the last record has no end_of_record (truncated file?)", "lcov", lineNo);
  if (files === 0) throw bad(file, "no SF: records", "lcov");
  return { format: "lcov", lines: ratio(lh, lf), branches: ratio(brh, brf), files };
}

/**
 * Cobertura XML (coverage.py, istanbul's cobertura reporter, JaCoCo converters). The totals are
 * the root element's lines-valid / lines-covered / branches-valid / branches-covered. Without them
 * (older writers), the <line> elements of every <class> are counted: hits > 0, and
 * condition-coverage="50% (1/2)" for branches.
 */
export function parseCobertura(text: string, file: string): CoverageSummary {
  let root: Record<string, string> | undefined;
  const classes = new Set<string>();
  let inClass = 0;
  let inMethod = 0;
  let lines = 0,
    linesHit = 0,
    br = 0,
    brHit = 0;
  scanXml(text.replace(/^\uFEFF/, ""), file, {
    open(name, attrs) {
      if (!root) {
        if (name !== "coverage") throw bad(file, `the root element is <${name}>, not <coverage>`, "Cobertura");
        root = attrs;
        return;
      }
      if (name === "class") {
        inClass++;
        classes.add(attrs.filename ?? attrs.name ?? String(classes.size));
      } else if (name === "method") inMethod++;
      else if (name === "line" && inClass > 0 && inMethod === 0) {
        lines++;
        if (Number(attrs.hits ?? 0) > 0) linesHit++;
        const m = /\((\d+)\/(\d+)\)/.exec(attrs["condition-coverage"] ?? "");
        if (attrs.branch === "true" && m) {
          brHit += Number(m[1]);
          br += Number(m[2]);
        }
      }
    },
    close(name) {
      if (name === "class") inClass--;
      else if (name === "method") inMethod--;
    },
  });
  if (!root) throw bad(file, "no <coverage> element", "Cobertura");
  const int = (k: string) =>
    root![k] !== undefined && root![k] !== "" && Number.isFinite(Number(root![k])) ? Number(root![k]) : undefined;
  const lv = int("lines-valid"),
    lc = int("lines-covered"),
    bv = int("branches-valid"),
    bc = int("branches-covered");
  return {
    format: "cobertura",
    lines: lv !== undefined && lc !== undefined ? ratio(lc, lv) : ratio(linesHit, lines),
    branches: bv !== undefined && bc !== undefined ? ratio(bc, bv) : ratio(brHit, br),
    files: classes.size,
  };
}

/** istanbul's json-summary reporter: `{ "total": { "lines": {total, covered, pct}, "branches": … }, "<file>": … }`. */
export function parseIstanbulSummary(text: string, file: string): CoverageSummary {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw bad(file, `not JSON (${(e as Error).message})`, "istanbul coverage-summary.json");
  }
  const total = (data as { total?: Record<string, { total?: unknown; covered?: unknown }> } | null)?.total;
  const metric = (k: string): Ratio => {
    const m = total?.[k];
    if (!m || typeof m.total !== "number" || typeof m.covered !== "number")
      throw bad(file, `total.${k} has no numeric total and covered`, "istanbul coverage-summary.json");
    return ratio(m.covered, m.total);
  };
  if (!total)
    throw bad(file, 'no "total" entry (is this coverage-final.json? use the json-summary reporter)', "istanbul coverage-summary.json");
  return {
    format: "istanbul-summary",
    lines: metric("lines"),
    branches: metric("branches"),
    files: Object.keys(data as object).length - 1,
  };
}
