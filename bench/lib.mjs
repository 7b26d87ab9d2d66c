// Shared measuring for bench/*.bench.mjs. Whole processes only, each against a baseline measured
// in the same run, interleaved (ours, baseline, ours, ...) so that load on a noisy machine hits
// both alike. Figures are medians. Peak memory is the child's max RSS from GNU time when present.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const GNU_TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

/** Run once; return wall milliseconds, peak RSS in MiB (when measurable) and the exit code. */
export function measureOnce(cmd, args, options = {}) {
  options.prepare?.();
  const useTime = GNU_TIME && options.memory !== false;
  const file = useTime ? GNU_TIME : cmd;
  const argv = useTime ? ["-f", "__PEAK_KB=%M", cmd, ...args] : args;
  const start = process.hrtime.bigint();
  const r = spawnSync(file, argv, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    input: options.input,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const peak = /__PEAK_KB=(\d+)/.exec(r.stderr ?? "");
  if (options.expectCode !== undefined && r.status !== options.expectCode) {
    throw new Error(
      `${cmd} ${args.join(" ")} exited ${r.status} (expected ${options.expectCode}): ${(r.stderr ?? "").slice(-2000)}${(r.stdout ?? "").slice(-2000)}`,
    );
  }
  return { ms, peakMiB: peak ? Number(peak[1]) / 1024 : undefined, code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Measure `ours` and `baseline` alternately, `runs` times each after `warmup` rounds.
 * Returns medians and the ratio ours/baseline.
 */
export function compare({ ours, baseline, runs = 7, warmup = 1 }) {
  // Both sides run under the same wrapper (GNU time or none), so its fork and exec are in both.
  baseline = { ...baseline, memory: ours.memory };
  const a = [];
  const b = [];
  let peak = 0;
  for (let i = 0; i < warmup + runs; i++) {
    const x = measureOnce(ours.cmd, ours.args, ours);
    const y = measureOnce(baseline.cmd, baseline.args, baseline);
    if (i < warmup) continue;
    a.push(x.ms);
    b.push(y.ms);
    if (x.peakMiB) peak = Math.max(peak, x.peakMiB);
  }
  const oursMs = median(a);
  const baseMs = median(b);
  return { ours_ms: round(oursMs), baseline_ms: round(baseMs), ratio: round(oursMs / baseMs, 2), peak_mib: peak ? round(peak, 1) : null };
}

export function round(x, digits = 1) {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Write bench/results/<name>.json: { name, measured_at, machine, rows }. */
export function writeResults(name, rows) {
  mkdirSync(path.join(ROOT, "bench/results"), { recursive: true });
  const os = process.platform + " " + process.arch;
  const data = { name, measured_at: new Date().toISOString(), node: process.version, machine: `${os}, ${navigatorCpus()} CPUs`, rows };
  writeFileSync(path.join(ROOT, "bench/results", `${name}.json`), JSON.stringify(data, null, 2) + "\n");
  for (const r of rows) {
    console.log(
      `${name}: ${r.case}: ${r.ours_ms} ms vs ${r.baseline} ${r.baseline_ms} ms = ${r.ratio}x (budget ${r.budget}) peak ${r.peak_mib ?? "?"} MiB ${r.pass === null ? "NOT BUDGETED" : r.pass ? "PASS" : "OVER BUDGET"}`,
    );
  }
}

function navigatorCpus() {
  return cpus().length;
}

/** The environment a runner gives an action, minus files we don't need for a bench. */
export function actionEnv(cwd, inputs = {}) {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, CI: "true", GITHUB_ACTIONS: "true", GITHUB_WORKSPACE: cwd };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, "_").toUpperCase()}`] = String(v);
  return env;
}
