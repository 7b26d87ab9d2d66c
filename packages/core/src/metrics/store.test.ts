import { promises as fs } from "node:fs";
import * as path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runWorker } from "../../../../test/harness/metrics-bundle.js";
import { cloneRepo, createRepo, tempDir, TEST_ENV, type TestRepo } from "../../../../test/harness/repo.js";
import { GitBranchStore } from "./git-store.js";
import { withFileLock } from "./lock.js";
import { checkRecord, type MetricRecord } from "./record.js";
import { FileStore } from "./store.js";
import { taskFlags } from "../../../../test/harness/metrics-flags.js";

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});
function dir(): string {
  const d = tempDir("specpipe-metrics-store-");
  cleanups.push(() => fs.rm(d, { recursive: true, force: true }));
  return d;
}

function rec(id: string, created = "2026-03-01T10:00:00Z"): MetricRecord {
  return { task_id: id, task_type: "impl", model: "m", duration_seconds: 1, status: "completed", created_at: created };
}

async function lines(store: { scan: FileStore["scan"] }): Promise<string[]> {
  const out: string[] = [];
  await store.scan((text) => out.push(text));
  return out;
}

describe("file store", () => {
  it("appends one line per record and repairs a torn last line first", async () => {
    const d = dir();
    const file = path.join(d, "m.jsonl");
    await fs.writeFile(file, JSON.stringify(rec("a")) + "\n" + '{"task_id":"tor');
    const store = new FileStore({ file });
    await store.append([rec("b"), rec("c")]);
    const stored = (id: string) => JSON.stringify({ ...rec(id), created_at: "2026-03-01T10:00:00.000Z" });
    expect(await fs.readFile(file, "utf8")).toBe(`${JSON.stringify(rec("a"))}\n{"task_id":"tor\n${stored("b")}\n${stored("c")}\n`);
    // Naive timestamps are stored normalised to UTC.
    await store.append([rec("d", "2026-03-01T10:00:00")]);
    expect((await lines(store)).at(-1)).toContain('"created_at":"2026-03-01T10:00:00.000Z"');
    expect(await fs.readdir(d)).toEqual(["m.jsonl"]);
  });

  it("prunes by rewriting atomically, keeping lines it cannot read", async () => {
    const d = dir();
    const file = path.join(d, "m.jsonl");
    await fs.writeFile(
      file,
      [JSON.stringify(rec("old", "2025-01-01T00:00:00Z")), "garbage", JSON.stringify(rec("new", "2026-03-01T00:00:00Z")), ""].join("\n"),
    );
    await fs.chmod(file, 0o640);
    const store = new FileStore({ file });
    const r = await store.prune(Date.parse("2026-01-01T00:00:00Z"));
    expect(r).toEqual({ kept: 1, dropped: 1, unreadable: 1 });
    expect(await fs.readFile(file, "utf8")).toBe(`garbage\n${JSON.stringify(rec("new", "2026-03-01T00:00:00Z"))}\n`);
    expect((await fs.stat(file)).mode & 0o777).toBe(0o640);
    expect(await fs.readdir(d)).toEqual(["m.jsonl"]);
  });

  it("breaks a stale lock (dead holder, or too old) but waits for a live one", async () => {
    const d = dir();
    const file = path.join(d, "m.jsonl");
    const store = new FileStore({ file, lock: { staleMs: 60_000, timeoutMs: 400 } });
    // A holder that died: a pid that cannot exist.
    await fs.writeFile(`${file}.lock`, `99999999 ${(await import("node:os")).hostname()} dead ${Date.now()}\n`);
    await store.append([rec("a")]);
    // A live holder (this process) that is recent: we time out with a UserError.
    await fs.writeFile(`${file}.lock`, `${process.pid} ${(await import("node:os")).hostname()} live ${Date.now()}\n`);
    await expect(store.append([rec("b")])).rejects.toThrow(/could not lock/);
    // The same holder, but older than staleMs: broken.
    await fs.writeFile(`${file}.lock`, `${process.pid} ${(await import("node:os")).hostname()} live ${Date.now() - 120_000}\n`);
    await store.append([rec("c")]);
    expect((await lines(store)).map((l) => JSON.parse(l).task_id)).toEqual(["a", "c"]);
    expect(await fs.readdir(d)).toEqual(["m.jsonl"]);
  });

  it("serialises critical sections within one process too", async () => {
    const lock = path.join(dir(), "x.lock");
    let inside = 0;
    let max = 0;
    await Promise.all(
      Array.from({ length: 20 }, () =>
        withFileLock(lock, async () => {
          inside++;
          max = Math.max(max, inside);
          await new Promise((r) => setTimeout(r, 2));
          inside--;
        }),
      ),
    );
    expect(max).toBe(1);
  });

  it("8 processes × 1,000 appends → 8,000 valid records", async () => {
    const d = dir();
    const workers = Array.from({ length: 8 }, (_, w) =>
      runWorker(
        d,
        Array.from({ length: 1000 }, (_, i) => [
          "metrics",
          "record",
          ...taskFlags({ id: `w${w}-${i}`, type: "impl", model: "m", duration: String(i % 60), status: i % 10 ? "completed" : "failed" }),
        ]),
      ),
    );
    const results = await Promise.all(workers);
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    const text = await fs.readFile(path.join(d, ".specpipe/metrics.jsonl"), "utf8");
    const all = text.split("\n");
    expect(all.pop()).toBe("");
    expect(all).toHaveLength(8000);
    const ids = new Set<string>();
    for (const l of all) {
      const v = JSON.parse(l) as MetricRecord;
      expect(checkRecord(v)).toBeUndefined();
      ids.add(v.task_id);
    }
    expect(ids.size).toBe(8000);
    expect((await fs.readdir(path.join(d, ".specpipe"))).sort()).toEqual(["metrics.jsonl"]);
  }, 300_000);
});

describe("git-branch store", () => {
  let repo: TestRepo;
  afterEach(async () => repo?.cleanup());

  it("creates the orphan branch, splits by month, and reads it back from another clone", async () => {
    repo = await createRepo({ files: { "a.txt": "a\n" } });
    const store = new GitBranchStore({ repoDir: repo.dir, env: TEST_ENV });
    await store.append([rec("jan", "2026-01-15T00:00:00Z"), rec("feb", "2026-02-15T00:00:00Z"), rec("feb2", "2026-02-16T00:00:00")]);
    await store.close();
    const other = await cloneRepo(repo.remote);
    cleanups.push(other.cleanup);
    const reader = new GitBranchStore({ repoDir: other.dir, env: TEST_ENV });
    const seen: string[] = [];
    await reader.scan((text, file, line) => seen.push(`${file}:${line}:${JSON.parse(text).task_id}`));
    await reader.close();
    expect(seen).toEqual([
      "specpipe-metrics:2026-01.jsonl:1:jan",
      "specpipe-metrics:2026-02.jsonl:1:feb",
      "specpipe-metrics:2026-02.jsonl:2:feb2",
    ]);
    // Prune drops January (and its file) and is pushed.
    const pruner = new GitBranchStore({ repoDir: repo.dir, env: TEST_ENV });
    expect(await pruner.prune(Date.parse("2026-02-01T00:00:00Z"))).toEqual({ kept: 2, dropped: 1, unreadable: 0 });
    await pruner.close();
    expect((await repo.git.run(["--git-dir", repo.remote, "ls-tree", "--name-only", "specpipe-metrics"])).trim()).toBe("2026-02.jsonl");
  });

  it("8 concurrent writer processes → every record present", async () => {
    repo = await createRepo({ files: { "a.txt": "a\n" } });
    const clones = await Promise.all(Array.from({ length: 8 }, () => cloneRepo(repo.remote)));
    for (const c of clones) cleanups.push(c.cleanup);
    const results = await Promise.all(
      clones.map((c, w) =>
        runWorker(
          c.dir,
          Array.from({ length: 3 }, (_, i) => [
            "metrics",
            "record",
            "--store",
            "git-branch",
            ...taskFlags({ id: `w${w}-${i}`, type: "impl", model: "m", duration: "1", status: "completed" }),
            "--created-at",
            "2026-03-01T00:00:00Z",
          ]),
          TEST_ENV,
        ),
      ),
    );
    for (const r of results) expect(r.code, r.stderr + JSON.stringify(r.runs)).toBe(0);
    const text = await repo.git.run(["--git-dir", repo.remote, "show", "specpipe-metrics:2026-03.jsonl"]);
    const ids = text
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l).task_id)
      .sort();
    expect(ids).toEqual(
      Array.from({ length: 8 }, (_, w) => [0, 1, 2].map((i) => `w${w}-${i}`))
        .flat()
        .sort(),
    );
    // Nothing was force-pushed: 24 commits in a line.
    const count = (await repo.git.run(["--git-dir", repo.remote, "rev-list", "--count", "specpipe-metrics"])).trim();
    expect(count).toBe("24");
  }, 300_000);
});

describe("another kind of store", () => {
  it("plugs in with registerStore and takes its settings from the store options, with no change to runMetrics", async () => {
    const { registerStore, storeKind, parseStoreOptions } = await import("./service.js");
    const { runMetrics } = await import("./run.js");
    // An in-memory "database": what a real one would do with a URL, minus the network.
    const tables = new Map<string, string[]>();
    const opened: Record<string, string>[] = [];
    registerStore("memory-db", (config) => {
      const table = config.options?.table;
      if (!table) throw new Error("memory-db needs store option table=NAME");
      opened.push({ ...config.options });
      const rows = tables.get(table) ?? [];
      tables.set(table, rows);
      return {
        kind: "memory-db",
        location: `memory-db table ${table}`,
        async append(records) {
          rows.push(...records.map((r) => JSON.stringify(r)));
        },
        async scan(onLine) {
          rows.forEach((text, i) => onLine(text, `memory-db:${table}`, i + 1, true));
        },
        async prune() {
          return { kept: rows.length, dropped: 0, unreadable: 0 };
        },
        async close() {},
      };
    });
    expect(storeKind("memory-db")).toBe("memory-db");
    const store = { kind: "memory-db", root: dir(), options: parseStoreOptions(["table=runs", "", "url = db://x?a=b"]) };
    const now = Date.parse("2026-03-02T00:00:00Z");
    const base = { root: store.root, store, now, env: {} };
    await runMetrics({ ...base, mode: "record", record: rec("a") });
    await runMetrics({ ...base, mode: "record", record: { ...rec("b"), status: "failed" } });
    const report = await runMetrics({ ...base, mode: "report" });
    expect(report.store).toBe("memory-db table runs");
    expect(report.report!.aggregates.success_rate).toEqual({ completed: 1, failed: 1, total: 2, rate: 0.5 });
    expect(opened[0]).toEqual({ table: "runs", url: "db://x?a=b" });
    expect(tables.get("runs")).toHaveLength(2);
    expect(() => registerStore("file", () => undefined as never)).toThrow(/registered already/);
    expect(() => storeKind("postgres")).toThrow(/unknown store "postgres"/);
    expect(() => parseStoreOptions(["no equals sign"])).toThrow(/store option "no equals sign" is not "key=value"/);
  });
});
