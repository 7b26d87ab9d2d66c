import { existsSync, promises as fs } from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../../../../test/harness/repo.js";
import { aggregate, formatPercent } from "./aggregate.js";
import { dashboardHtml } from "./dashboard.js";
import type { MetricRecord } from "./record.js";

// Debian's chromium, as .ci/run installs it (apt-get install chromium).
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const NOW = Date.parse("2026-03-10T12:00:00Z");

function records(): MetricRecord[] {
  const out: MetricRecord[] = [];
  for (let i = 0; i < 60; i++) {
    out.push({
      task_id: `t${i}`,
      task_type: ["spec", "plan", "impl <script>"][i % 3],
      model: i % 4 === 0 ? "cursor/auto" : "gpt & co",
      duration_seconds: 5 + ((i * 37) % 120),
      status: i % 7 === 0 ? "failed" : "completed",
      phase: i >= 57 ? "impl" : undefined,
      created_at: new Date(NOW - (i * 2.5 + 1) * 3_600_000).toISOString(),
    });
  }
  for (const i of [57, 58, 59]) out[i].status = "failed";
  out[57].created_at = new Date(NOW - 3 * 60_000).toISOString();
  out[58].created_at = new Date(NOW - 2 * 60_000).toISOString();
  out[59].created_at = new Date(NOW - 1 * 60_000).toISOString();
  return out;
}

describe("dashboard in headless Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (as .ci/run does)`);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
  });
  afterAll(async () => browser?.close());

  it("loads without errors or requests and shows the report's numbers", async () => {
    const report = aggregate(records(), { now: NOW });
    expect(report.attention.repeated_failures).toBe(true);
    const d = tempDir("specpipe-dashboard-");
    try {
      const file = path.join(d, "dashboard.html");
      await fs.writeFile(file, dashboardHtml(report, { store: ".specpipe/metrics.jsonl" }));
      const page = await browser.newPage();
      const problems: string[] = [];
      const requests: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error" || m.type() === "warning") problems.push(`${m.type()}: ${m.text()}`);
      });
      page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
      page.on("request", (r) => requests.push(r.url()));
      await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
      expect(problems).toEqual([]);
      expect(requests).toEqual([pathToFileURL(file).href]);

      const metric = (name: string) => page.locator(`[data-metric="${name}"]`).first().textContent();
      const a = report.aggregates;
      expect(await metric("success_rate.rate")).toBe(formatPercent(a.success_rate.rate));
      expect(await metric("success_rate.completed")).toBe(String(a.success_rate.completed));
      expect(await metric("success_rate.failed")).toBe(String(a.success_rate.failed));
      expect(await metric("success_rate.total")).toBe(String(a.success_rate.total));
      expect(await metric("execution_time.p50_seconds")).toBe(String(a.execution_time.p50_seconds));
      expect(await metric("execution_time.p95_seconds")).toBe(String(a.execution_time.p95_seconds));
      for (const [type, v] of Object.entries(a.by_task_type)) {
        const row = page.locator(`tr[data-task-type="${type.replace(/"/g, '\\"')}"]`);
        expect(await row.locator('[data-metric="count"]').textContent()).toBe(String(v.count));
        expect(await row.locator('[data-metric="success_rate"]').textContent()).toBe(formatPercent(v.success_rate));
      }
      for (const [model, v] of Object.entries(a.by_model)) {
        const row = page.locator(`tr[data-model="${model}"]`);
        expect(await row.locator('[data-metric="count"]').textContent()).toBe(String(v.count));
        expect(await row.locator('[data-metric="avg_duration"]').textContent()).toBe(String(v.avg_duration));
      }
      // The daily table: outcomes, rate and percentiles of each day, as the report has them.
      for (const d of report.daily) {
        const cells = await page.locator(`tr[data-date="${d.date}"] td`).allTextContents();
        expect(cells).toEqual([
          d.date,
          String(d.completed),
          String(d.failed),
          d.rate === null ? "" : formatPercent(d.rate),
          String(d.p50_seconds ?? ""),
          String(d.p95_seconds ?? ""),
        ]);
      }
      expect(await page.locator('[data-flag="repeated_failures"]').textContent()).toBe("yes");
      expect(await page.locator('[data-flag="stuck"]').textContent()).toBe("no");
      expect(await page.locator("ul.flags li").allTextContents()).toEqual(report.attention.flags);
      // The charts render as SVG with one point per day and series, and are laid out.
      const days = report.daily.length;
      expect(days).toBeGreaterThan(3);
      expect(await page.locator("figure svg circle").count()).toBe(days * 3);
      const box = await page.locator("figure svg").first().boundingBox();
      expect(box!.width).toBeGreaterThan(300);
      // The HTML-looking type name is text, not markup.
      expect(await page.locator("script").count()).toBe(0);
      await page.close();
    } finally {
      await fs.rm(d, { recursive: true, force: true });
    }
  });

  it("shows the numbers the bundled action reports in its outputs", async () => {
    const { runAction } = await import("../../../../test/harness/run-action.js");
    const d = tempDir("specpipe-dashboard-action-");
    try {
      const now = Date.now();
      const text = records()
        .map((r) => JSON.stringify({ ...r, created_at: new Date(Date.parse(r.created_at) - NOW + now).toISOString() }))
        .join("\n");
      await fs.mkdir(path.join(d, ".specpipe"));
      await fs.writeFile(path.join(d, ".specpipe/metrics.jsonl"), text + "\nnot json\n");
      const r = await runAction("metrics-collect", { cwd: d, inputs: { dashboard: "site/metrics.html" } });
      expect(r.exitCode, r.stdout + r.stderr).toBe(0);
      const a = JSON.parse(r.outputs.aggregates);
      const page = await browser.newPage();
      await page.goto(pathToFileURL(path.join(d, "site/metrics.html")).href, { waitUntil: "load" });
      const metric = (name: string) => page.locator(`[data-metric="${name}"]`).first().textContent();
      expect(await metric("success_rate.rate")).toBe(formatPercent(a.success_rate.rate));
      expect(await metric("success_rate.total")).toBe(String(a.success_rate.total));
      expect(await metric("execution_time.p50_seconds")).toBe(String(a.execution_time.p50_seconds));
      expect(await metric("execution_time.p95_seconds")).toBe(String(a.execution_time.p95_seconds));
      expect(await metric("bad_lines")).toBe(r.outputs["bad-lines"]);
      for (const [model, v] of Object.entries(a.by_model as Record<string, { count: number; avg_duration: number }>)) {
        const row = page.locator(`tr[data-model="${model}"]`);
        expect(await row.locator('[data-metric="count"]').textContent()).toBe(String(v.count));
        expect(await row.locator('[data-metric="avg_duration"]').textContent()).toBe(String(v.avg_duration));
      }
      expect(await page.locator("ul.flags li").allTextContents()).toEqual(r.outputs.flags.split("\n"));
      await page.close();
    } finally {
      await fs.rm(d, { recursive: true, force: true });
    }
  });

  it("renders the empty report", async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on("pageerror", (e) => problems.push(e.message));
    page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    await page.setContent(dashboardHtml(aggregate([], { now: NOW })));
    expect(problems).toEqual([]);
    expect(await page.locator('[data-metric="success_rate.total"]').textContent()).toBe("0");
    expect(await page.locator("p.flags").textContent()).toBe("No flags.");
    await page.close();
  });
});
