import { promises as fs } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { tempDir } from "../../../../test/harness/repo.js";
import { applyPlan } from "../fs/plan.js";
import { discoverSpecs } from "./specs.js";
import { computeCoverage, type CoverageResult } from "./update.js";

/**
 * coverage-update on repositories in the shapes users have (fixtures/README.md): a hand-written
 * table of abbreviated labels over 105 numbered specs with shared numbers, a STATUS.md of human
 * prose, and a Spec Kit project with feature folders, flat copies, two folders numbered 007 and a
 * constitution.
 */
const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures");
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => fs.rm(d, { recursive: true, force: true })));
});

async function copyOf(name: string): Promise<string> {
  const root = path.join(tempDir("specpipe-corpus-"), name);
  dirs.push(path.dirname(root));
  await fs.cp(path.join(FIXTURES, name), root, { recursive: true });
  return root;
}

const read = (root: string, f: string) => fs.readFile(path.join(root, f), "utf8");

/** Each spec's key → how many rows of the table (after the run) stand for it. */
function rowsPerSpec(r: CoverageResult): Map<string, number> {
  const n = new Map(r.specs.map((s) => [s.key, 0]));
  for (const v of r.rows) if (v.key) n.set(v.key, (n.get(v.key) ?? 0) + 1);
  return n;
}

describe("a repository with 105 numbered specs and a hand-written 61-row table", () => {
  const options = { markTested: true, testResults: ["reports/pytest.xml"] };

  it("every spec has exactly one row; the 61 rows keep every byte but three Tested marks; 45 rows are added", async () => {
    const root = await copyOf("numbered-repo");
    const before = await read(root, "docs/SPEC-COVERAGE.md");
    const r = await computeCoverage({ root, ...options });
    expect(r.specs).toHaveLength(105);
    expect([...rowsPerSpec(r).values()].every((n) => n === 1)).toBe(true);
    expect(r.addedRows).toHaveLength(45);
    expect(r.heldSpecs).toEqual([]);
    // Orphan warnings only for the row that names nothing; no row is ambiguous or a duplicate.
    expect(r.gaps.filter((g) => ["orphan-row", "ambiguous-row", "duplicate-row"].includes(g.kind)).map((g) => [g.kind, g.line, g.label])).toEqual([
      ["orphan-row", 74, "130 Legacy Importer"],
    ]);
    // The shared numbers, each row to its own spec.
    const keyAt = (label: string) => r.rows.find((v) => v.label === label)?.key;
    expect(keyAt("048 Commit Gate")).toBe("048-commit-gate");
    expect(keyAt("048 Release Notes")).toBe("048-release-notes-gate");
    expect(keyAt("054 Commit Provenance")).toBe("054-commit-provenance");
    expect(keyAt("054 Spec 054: Provenance Attestations")).toBe("054-provenance-attestations");
    expect(keyAt("113 Metrics Store")).toBe("113-metrics-store");
    expect(keyAt("113 Heal Issues")).toBe("113-heal-issues");
    expect(keyAt("001 Health")).toBe("001-health-check");
    expect(keyAt("008")).toBe("008-audit-log");
    expect(keyAt("026 026 Phase 1 — Deploy Pipeline")).toBe("026-deploy-pipeline");
    expect(keyAt("Spec-Driven Design")).toBe("120-spec-driven-design");

    await applyPlan(r.plan);
    const after = await read(root, "docs/SPEC-COVERAGE.md");
    const lastRow = "| Spec-Driven Design | ✓ | ✓ | ? | |\n";
    const expected = before
      .replace("| 015 Search | ✓ | ✓ | ? | |", "| 015 Search | ✓ | ✓ | ✓ | |")
      .replace("| 017 | ✓ | ✓ | ? | |", "| 017 | ✓ | ✓ | ✓ | |")
      .replace("| 054 Commit Provenance | ✓ | ✓ | ? | |", "| 054 Commit Provenance | ✓ | ✓ | ✓ | |")
      .replace(lastRow, lastRow + r.addedRows.map((a) => a.row + "\n").join(""));
    expect(after).toBe(expected);
    expect(r.markedTested.map((m) => m.key)).toEqual(["015-search-index", "017-notifications", "054-commit-provenance"]);

    // Titles whole and clean: no "Spec NNN:", no repeated number, nothing cut.
    const added = r.addedRows.map((a) => a.row);
    expect(added).toContain("| 029 Distributed Tracing | ? | ? | ? | Pending |");
    expect(added).toContain("| 113 HTML Dashboard | ? | ? | ✓ | Pending |"); // its passing test names it
    expect(added).toContain("| 023 Idempotency Keys | ? | ? | ? | Pending |");
    for (const row of added) expect(row).not.toMatch(/^\| \d+ (?:Spec|Feature|\d)/);
    const title = (key: string) => r.specs.find((s) => s.key === key)!.title;
    expect(title("001-health-check")).toBe("Health Check Endpoint");
    expect(title("054-commit-provenance")).toBe("Commit Provenance Contract Gate");
    expect(title("026-deploy-pipeline")).toBe("Phase 1 — Deploy Pipeline");
    expect(title("088-release-notes")).toBe("Release Notes Generator");
    expect(title("017-notifications")).toBe("Notifications (email, Slack)");
    expect(title("022-error-envelope")).toBe("Error Envelope & Codes");
    expect(title("120-spec-driven-design")).toBe("Spec-Driven Design");

    const again = await computeCoverage({ root, ...options });
    expect(again.plan.edits).toEqual([]);
    expect([...rowsPerSpec(again).values()].every((n) => n === 1)).toBe(true);
  });

  it("STATUS.md: the human summary and its link line stay byte for byte; the count changes inside the user's words", async () => {
    const root = await copyOf("numbered-repo");
    const before = await read(root, "docs/STATUS.md");
    const r = await computeCoverage({ root, ...options });
    expect(r.updatedSections).toEqual(["Test Count", "Specs Implemented", "Specs Pending"]);
    expect(r.missingSections).toEqual([]);
    await applyPlan(r.plan);
    const after = await read(root, "docs/STATUS.md");
    const implemented = r.implemented.map((l) => `- ${l}`).join("\n");
    const pending = r.pending.map((l) => `- ${l}`).join("\n");
    const link = "See [SPEC-COVERAGE.md](SPEC-COVERAGE.md) for the full mapping | updated by CI.\n";
    expect(after).toBe(
      before
        .replace("Total: 12 (API and workers)", "Total: 14 (API and workers)")
        .replace(link, `${link}\n${implemented}\n`)
        .replace("- 013 Billing\n- 047 MFA\n", `${pending}\n`),
    );
    // A number-only row is listed with its spec's title.
    expect(r.implemented).toContain("008 Audit Log");
    expect(r.pending).toContain("013 Billing");
    expect(r.implemented).toHaveLength(r.rows.filter((v) => v.present).length);
    expect((await computeCoverage({ root, ...options })).plan.edits).toEqual([]);
  });

  it("mark-tested: a bare number in a test name marks nothing; spec ids and keys do; never unsets", async () => {
    const root = await copyOf("numbered-repo");
    const r = await computeCoverage({ root, ...options });
    expect([...r.tests!.tested!].sort()).toEqual([
      "001-health-check",
      "015-search-index",
      "016-file-uploads",
      "017-notifications",
      "054-commit-provenance",
      "113-dashboard-html",
      "113-metrics-store",
    ]);
    expect(r.tests).toMatchObject({ total: 14, passed: 13, skipped: 1, failed: 0 });
    // 020 (test_list_returns_first_20), 048 (two specs share it), 029 (skipped): not marked.
    const tested = (label: string) => r.rows.find((v) => v.label === label)?.tested;
    expect(tested("020 Pagination")).toBe(true); // it was ✓ already and stays
    expect(tested("048 Release Notes")).toBe(false);
    expect(tested("005 Schema")).toBe(false);
  });
});

describe("a Spec Kit project", () => {
  it("feature folders are the specs; flat copies, the constitution, README and empty folders are not", async () => {
    const root = await copyOf("speckit-repo");
    const { specs, warnings } = await discoverSpecs({ root, specsDir: "specs" });
    expect(specs.map((s) => s.key)).toEqual([
      "001-event-discovery",
      "002-rsvp-reminders",
      "003-organizer-dashboard",
      "004-venue-maps",
      "005-payments",
      "006-waitlist",
      "007-calendar-sync",
      "007-ical-export",
      "008-notifications",
      "009-search-filters",
      "010-dashboard-analytics",
      "012-csv-export",
    ]);
    expect(specs.every((s) => s.layout === "speckit" && s.file === `specs/${s.key}/spec.md`)).toBe(true);
    expect(warnings.map((w) => w.file)).toEqual(["specs/001-event-discovery.md", "specs/002-rsvp-reminders.md", "specs/004-venue-maps.md", "specs/007-calendar-sync.md", "specs/010-dashboard-analytics.md"]);
    expect(warnings[0].message).toContain("specs/001-event-discovery.md and specs/001-event-discovery/spec.md are the same spec");
    const byKey = Object.fromEntries(specs.map((s) => [s.key, s]));
    expect(byKey["001-event-discovery"].title).toBe("Event Discovery & RSVP");
    expect(byKey["007-ical-export"].title).toBe("iCal Export");
    expect(byKey["006-waitlist"].title).toBe("Waitlist"); // the template's [FEATURE NAME], unfilled
    expect(byKey["009-search-filters"].title).toBe("Search Filters (date, distance, price)");
    expect(byKey["001-event-discovery"].tasks).toMatchObject({ done: 2, total: 4 });
    expect(byKey["001-event-discovery"].hasPlan).toBe(true);
  });

  it("one row per spec, created from scratch; the seed's 'Specs Pending' heading is refreshed; a second run writes nothing", async () => {
    const root = await copyOf("speckit-repo");
    const r = await computeCoverage({ root });
    expect(r.createdCoverageFile).toBe(true);
    expect(r.addedRows.map((a) => a.row)).toEqual([
      "| 001 Event Discovery & RSVP | ? | ? | ? | Pending |",
      "| 002 RSVP Reminders | ? | ? | ? | Pending |",
      "| 003 Organizer Dashboard | ? | ? | ? | Pending |",
      "| 004 Venue Maps | ? | ? | ? | Pending |",
      "| 005 Ticket Payments | ? | ? | ? | Pending |",
      "| 006 Waitlist | ? | ? | ? | Pending |",
      "| 007 Calendar Sync | ? | ? | ? | Pending |",
      "| 007 iCal Export | ? | ? | ? | Pending |",
      "| 008 Push Notifications | ? | ? | ? | Pending |",
      "| 009 Search Filters (date, distance, price) | ? | ? | ? | Pending |",
      "| 010 Dashboard Analytics | ? | ? | ? | Pending |",
      "| 012 CSV Export | ? | ? | ? | Pending |",
    ]);
    await applyPlan(r.plan);
    const status = await read(root, "docs/STATUS.md");
    expect(status).toContain("## Specs Implemented\n\n_None._\n\n## Specs Pending\n\n- 001 Event Discovery & RSVP\n");
    expect(status).toContain("- 012 CSV Export\n\n## Risks\n\n- Payments provider contract not signed yet.\n");
    expect(status).toContain("## Test Count\n\n## Specs Implemented"); // no count known: left alone
    const again = await computeCoverage({ root });
    expect(again.plan.edits).toEqual([]);
    expect(again.rows.map((v) => v.key)).toEqual(r.specs.map((s) => s.key));
  });
});
