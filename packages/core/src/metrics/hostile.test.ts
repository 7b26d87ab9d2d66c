import { existsSync, promises as fs } from "node:fs";
import * as path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { tempDir } from "../../../../test/harness/repo.js";
import { UserError } from "../errors.js";
import { forEachLine } from "./lines.js";
import { runMetrics, type MetricsRunOptions } from "./run.js";
import { autoFixEnabled } from "./service.js";

/**
 * metrics-collect's inputs as an attacker would write them: paths that leave the workspace or go
 * through a symlink, files that are not text or are cut off, bytes that are not UTF-8, and an
 * auto-fix switch with a value that is neither on nor off. Each is one UserError naming the input
 * or the file, and nothing is read or written outside the workspace.
 */
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => fs.rm(d, { recursive: true, force: true })));
});

const NOW = Date.parse("2026-03-10T12:00:00Z");
const line = (id: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    task_id: id,
    task_type: "impl",
    model: "m",
    duration_seconds: 1,
    status: "completed",
    created_at: "2026-03-10T11:00:00Z",
    ...extra,
  }) + "\n";

function workspace(): { root: string; outside: string } {
  const parent = tempDir("specpipe-hostile-");
  dirs.push(parent);
  const root = path.join(parent, "ws");
  const outside = path.join(parent, "outside");
  return { root, outside };
}

async function setup() {
  const w = workspace();
  await fs.mkdir(w.root, { recursive: true });
  await fs.mkdir(w.outside, { recursive: true });
  return w;
}

const run = (root: string, o: Partial<MetricsRunOptions>) =>
  runMetrics({ mode: "report", root, now: NOW, env: {}, store: { kind: "file", root }, ...o });

async function refused(p: Promise<unknown>): Promise<UserError> {
  const e = await p.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(e).toBeInstanceOf(UserError);
  return e as UserError;
}

describe("metrics-collect's paths and files, as an attacker would write them", () => {
  it("confines path, dashboard and ingest-from to the workspace", async () => {
    const { root, outside } = await setup();
    await fs.writeFile(path.join(outside, "secrets.jsonl"), line("stolen"));
    const e1 = await refused(run(root, { store: { kind: "file", root, path: "../outside/secrets.jsonl" } }));
    expect(e1.message).toBe('the metrics store (path) "../outside/secrets.jsonl" is outside the workspace');
    const e2 = await refused(run(root, { dashboard: "../outside/index.html" }));
    expect(e2.message).toMatch(/^the dashboard "\.\.\/outside\/index.html" is outside the workspace/);
    expect(existsSync(path.join(outside, "index.html"))).toBe(false);
    const e3 = await refused(run(root, { mode: "ingest", ingestFrom: "/etc/passwd" }));
    expect(e3.message).toBe('ingest-from "/etc/passwd" is outside the workspace');
    // A symlink inside the workspace that leads out is refused the same way.
    await fs.symlink(outside, path.join(root, "link"));
    const e4 = await refused(run(root, { mode: "ingest", ingestFrom: "link/secrets.jsonl" }));
    expect(e4.message).toMatch(/goes through the symlink link, which leads out of the workspace/);
    // The workspace itself or a folder is not a file: writing it would rename a temporary file
    // made next to the workspace over it (found by the action's fuzz test).
    const before = await fs.readdir(path.dirname(root));
    const e5 = await refused(run(root, { dashboard: "." }));
    expect(e5.message).toBe('the dashboard "." is the workspace itself, not a file');
    await fs.mkdir(path.join(root, "site"));
    expect((await refused(run(root, { dashboard: "site" }))).message).toBe('the dashboard "site" is a folder, not a file');
    expect((await refused(run(root, { store: { kind: "file", root, path: "." } }))).code).toBe("path.not-a-file");
    expect((await refused(run(root, { mode: "ingest", ingestFrom: "site" }))).code).toBe("path.not-a-file");
    expect(await fs.readdir(path.dirname(root))).toEqual(before);
  });

  it("refuses to append through a symlink, even one swapped in after the path was checked", async () => {
    const { root, outside } = await setup();
    const target = path.join(outside, "bashrc");
    await fs.writeFile(target, "echo hi\n");
    await fs.mkdir(path.join(root, ".specpipe"));
    await fs.symlink(target, path.join(root, ".specpipe", "metrics.jsonl"));
    const record = { task_id: "t", task_type: "impl", model: "m", duration_seconds: 1, status: "completed" };
    const e = await refused(run(root, { mode: "record", record }));
    expect(e.message).toMatch(/is a symlink/);
    expect(await fs.readFile(target, "utf8")).toBe("echo hi\n");
    // The store's own append (a symlink swapped in after the guard) is refused by O_NOFOLLOW.
    const { FileStore } = await import("./store.js");
    const store = new FileStore({ file: path.join(root, ".specpipe", "metrics.jsonl"), displayPath: ".specpipe/metrics.jsonl" });
    await expect(store.append([{ ...record, created_at: "2026-03-10T11:00:00Z" } as never])).rejects.toThrow(
      /the metrics store \.specpipe\/metrics\.jsonl is a symlink/,
    );
    expect(await fs.readFile(target, "utf8")).toBe("echo hi\n");
  });

  it("an ingest-from file that is binary, not UTF-8 or cut off is an error naming it, not '0 ingested'", async () => {
    const { root } = await setup();
    await fs.writeFile(path.join(root, "binary.jsonl"), Buffer.from([0x7b, 0x00, 0x01, 0x02]));
    expect((await refused(run(root, { mode: "ingest", ingestFrom: "binary.jsonl" }))).message).toBe(
      "binary.jsonl is not a JSONL or JSON file: byte 1 is a NUL (a binary file?)",
    );
    await fs.writeFile(path.join(root, "latin1.jsonl"), Buffer.concat([Buffer.from(line("a")), Buffer.from([0x7b, 0xe9, 0x7d, 0x0a])]));
    const enc = await refused(run(root, { mode: "ingest", ingestFrom: "latin1.jsonl" }));
    expect(enc.message).toBe(`latin1.jsonl is not valid UTF-8 (byte ${line("a").length + 1}, line 2)`);
    await fs.writeFile(path.join(root, "cut.json"), `[${line("a").trim()}, {"task_id": "b", "task_`);
    expect((await refused(run(root, { mode: "ingest", ingestFrom: "cut.json" }))).message).toMatch(
      /^cut\.json starts a JSON array that does not parse/,
    );
    await fs.writeFile(path.join(root, "cut.jsonl"), line("a") + line("b").slice(0, 30));
    const cut = await refused(run(root, { mode: "ingest", ingestFrom: "cut.jsonl" }));
    expect(cut.message).toMatch(/^cut\.jsonl ends in the middle of a line \(line 2/);
    expect(cut.line).toBe(2);
    // None of them appended anything.
    expect(existsSync(path.join(root, ".specpipe", "metrics.jsonl"))).toBe(false);
    // A complete file with one bad line ingests the rest and names the bad line, as before.
    await fs.writeFile(path.join(root, "ok.jsonl"), line("a") + "not json\n" + line("b"));
    const ok = await run(root, { mode: "ingest", ingestFrom: "ok.jsonl" });
    expect(ok.ingest).toMatchObject({ added: 2, invalid: [{ file: "ok.jsonl", line: 2, reason: "not JSON" }] });
  });

  it("a store line that is not UTF-8 is a bad line naming its byte offset, whatever it decodes to", async () => {
    const { root } = await setup();
    await fs.mkdir(path.join(root, ".specpipe"));
    const good = line("a");
    // A record whose task id holds a Latin-1 byte: leniently decoded it would parse, with U+FFFD in it.
    const bad = Buffer.concat([Buffer.from('{"task_id":"caf'), Buffer.from([0xe9]), Buffer.from(line("x").slice('{"task_id":"x'.length))]);
    await fs.writeFile(path.join(root, ".specpipe", "metrics.jsonl"), Buffer.concat([Buffer.from(good), bad, Buffer.from(line("b"))]));
    const r = await run(root, {});
    expect(r.report!.records).toBe(2);
    expect(r.report!.bad_lines.examples).toEqual([
      { file: ".specpipe/metrics.jsonl", line: 2, reason: `not UTF-8 (byte ${good.length + '{"task_id":"caf'.length} of the file)` },
    ]);
    // prune would rewrite the line and change its bytes: it refuses, naming the file and the line.
    const e = await refused(run(root, { mode: "prune", keepDays: 1 }));
    expect(e.message).toMatch(/metrics\.jsonl is not valid UTF-8 \(byte \d+, line 2\); rewriting it would change those bytes/);
  });

  it("reads lines across chunk boundaries, and a sequence cut by the end of the file", async () => {
    const { root } = await setup();
    await fs.mkdir(root, { recursive: true });
    const file = path.join(root, "f.jsonl");
    // A 3-byte character straddling the 64 KiB chunk boundary is fine; a lone 0xE2 at the end is not.
    const filler = "x".repeat((1 << 16) - 1);
    await fs.writeFile(file, Buffer.concat([Buffer.from(`${filler}€\nnext\n`), Buffer.from([0x61, 0xe2])]));
    const seen: [string, number | undefined][] = [];
    await forEachLine(file, (text, _n, _t, invalidAt) => seen.push([text.slice(-3), invalidAt]));
    expect(seen).toEqual([
      ["xx€", undefined],
      ["ext", undefined],
      ["a\uFFFD", (1 << 16) - 1 + 3 + 1 + 5 + 1],
    ]);
  });
});

describe("PIPELINE_AUTO_FIX_ENABLED", () => {
  it("1 turns auto-fix on, 0 vetoes it even when the input asks, empty leaves the input to decide, anything else is an error", () => {
    expect(autoFixEnabled(false, { PIPELINE_AUTO_FIX_ENABLED: "1" })).toBe(true);
    expect(autoFixEnabled(false, { PIPELINE_AUTO_FIX_ENABLED: " TRUE " })).toBe(true);
    expect(autoFixEnabled(true, { PIPELINE_AUTO_FIX_ENABLED: "0" })).toBe(false);
    expect(autoFixEnabled(true, { PIPELINE_AUTO_FIX_ENABLED: "false" })).toBe(false);
    expect(autoFixEnabled(true, { PIPELINE_AUTO_FIX_ENABLED: "" })).toBe(true);
    expect(autoFixEnabled(false, {})).toBe(false);
    expect(() => autoFixEnabled(false, { PIPELINE_AUTO_FIX_ENABLED: "yes" })).toThrow(
      'PIPELINE_AUTO_FIX_ENABLED is "yes", which is neither 1 nor 0',
    );
  });

  it("a bad value fails the report before anything is read or written", async () => {
    const { root } = await setup();
    const e = await refused(run(root, { env: { PIPELINE_AUTO_FIX_ENABLED: "on" }, dashboard: "d.html" }));
    expect(e.code).toBe("metrics.bad-auto-fix");
    expect(existsSync(path.join(root, "d.html"))).toBe(false);
  });
});
