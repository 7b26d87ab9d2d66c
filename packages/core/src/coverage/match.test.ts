import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plainText } from "../markdown/blocks.js";
import { assignRows, leadingNumber, newRowLabels, wordScore, type Assignment } from "./match.js";
import type { Spec } from "./specs.js";
import { cleanTitle, normalizeNumber } from "./title.js";

function spec(key: string, h1?: string): Spec {
  const m = /^(\d+)-(.+)$/.exec(key);
  const number = m?.[1];
  const slug = m ? m[2] : key;
  return {
    key,
    number,
    numberKey: number !== undefined ? normalizeNumber(number) : undefined,
    slug,
    title: cleanTitle(h1, slug, number),
    file: `specs/${key}.md`,
    layout: number !== undefined ? "flat" : "unnumbered",
    requirements: { done: 0, total: 0 },
    hasPlan: false,
  };
}

function assign(labels: string[], specs: Spec[]): Assignment {
  return assignRows(
    labels.map((label, k) => ({ label, plain: plainText(label), line: k + 3 })),
    specs,
  );
}

/** Each row as the key of its spec, or its kind ("orphan", "ambiguous:a|b", "duplicate:key"). */
function outcome(a: Assignment): string[] {
  return a.rows.map((m) =>
    m.kind === "matched" ? m.spec.key : m.kind === "ambiguous" ? `ambiguous:${m.candidates.map((s) => s.key).join("|")}` : m.kind === "duplicate" ? `duplicate:${m.spec.key}` : m.kind,
  );
}

describe("matching rows to specs as a person would", () => {
  const health = spec("001-health-check", "Spec: Health Check Endpoint");
  const orch = spec("002-agent-orchestration-api", "Spec: Agent Orchestration API");
  const gate = spec("048-commit-gate", "Spec: Commit Gate");
  const notes = spec("048-release-notes-gate", "Spec: Release Notes Gate");
  const prov = spec("054-commit-provenance", "Spec 054: Commit Provenance Contract Gate");
  const att = spec("054-provenance-attestations", "Spec 054: Provenance Attestations");
  const store = spec("113-metrics-store", "Metrics Store");
  const heal = spec("113-heal-issues", "Heal Issues");
  const dash = spec("113-dashboard-html", "Spec 113 — HTML Dashboard");
  const glossary = spec("glossary", "Glossary of Terms");
  const all = [health, orch, gate, notes, prov, att, store, heal, dash, glossary];

  it("abbreviated labels and number-only labels of numbers no other spec has", () => {
    const a = assign(["001 Health", "002 Agent Orchestration", "[002](../specs/002-agent-orchestration-api.md)"], all);
    // The row that names the key is the spec's; the other one repeats it.
    expect(outcome(a)).toEqual(["001-health-check", "duplicate:002-agent-orchestration-api", "002-agent-orchestration-api"]);
    expect(outcome(assign(["001", "**2**: orchestration"], all))).toEqual(["001-health-check", "002-agent-orchestration-api"]);
  });

  it("a label that starts with the key, or opens with a link to the spec's file, is that spec's, any case", () => {
    expect(
      outcome(assign(["[Health](../specs/001-health-check.md)", "048-release-notes-gate/spec.md: see notes", "048-COMMIT-GATE", "[x](specs/002-agent-orchestration-api/spec.md)"], all)),
    ).toEqual(["001-health-check", "048-release-notes-gate", "048-commit-gate", "002-agent-orchestration-api"]);
  });

  it("a key further in the cell names nothing: a one-word key inside another spec's title does not take its row", () => {
    const api = spec("api", "API");
    const gateway = spec("gateway", "API Gateway");
    // Before: "002 Agent Orchestration API" was spec api's (a key anywhere won), so 002 got a new
    // row on every run, and "API Gateway" was api's too.
    const a = assign(["002 Agent Orchestration API", "API Gateway", "see 048-release-notes-gate", "Notes on api"], [orch, api, gateway, notes]);
    expect(outcome(a)).toEqual(["002-agent-orchestration-api", "gateway", "orphan", "orphan"]);
    expect(a.unmatched.map((s) => s.key)).toEqual(["api", "048-release-notes-gate"]);
    // The label may go on after the key.
    expect(outcome(assign(["api — the public surface", "gateway: v2"], [api, gateway]))).toEqual(["api", "gateway"]);
  });

  it("SPEC-001, Spec_051 and S051 labels are specs 001 and 051", () => {
    const s51 = spec("051-rate-limits", "Rate Limits");
    expect(outcome(assign(["SPEC-001", "S051 Rate limits"], [health, s51]))).toEqual(["001-health-check", "051-rate-limits"]);
    expect(outcome(assign(["Spec_051", "spec-001 Health"], [health, s51]))).toEqual(["051-rate-limits", "001-health-check"]);
    expect(leadingNumber("S3 Storage")).toBeUndefined();
  });

  it("shared numbers: the row's words pick the spec, one to one; old generated labels with prefixes match too", () => {
    const a = assign(["048 Release Notes", "048 Commit Gate", "054 Spec 054: Provenance Attestations", "054 Commit Provenance", "113 Metrics Store", "113 Heal"], all);
    expect(outcome(a)).toEqual(["048-release-notes-gate", "048-commit-gate", "054-provenance-attestations", "054-commit-provenance", "113-metrics-store", "113-heal-issues"]);
    expect(a.unmatched.map((s) => s.key)).toEqual(["001-health-check", "002-agent-orchestration-api", "113-dashboard-html", "glossary"]);
    expect(a.held).toEqual([]);
  });

  it("the one row left with the one spec left is that spec's; two left with two are ambiguous and held, never duplicated", () => {
    expect(outcome(assign(["113 Metrics Store", "113 Heal Issues", "113"], all))).toEqual(["113-metrics-store", "113-heal-issues", "113-dashboard-html"]);
    const a = assign(["113 Metrics Store", "113", "113 (old)"], all);
    expect(outcome(a)).toEqual(["113-metrics-store", "ambiguous:113-heal-issues|113-dashboard-html", "ambiguous:113-heal-issues|113-dashboard-html"]);
    expect(a.held.map((s) => s.key).sort()).toEqual(["113-dashboard-html", "113-heal-issues"]);
    expect(a.unmatched.map((s) => s.key)).not.toContain("113-heal-issues");
    const b = assign(["048"], all);
    expect(outcome(b)).toEqual(["ambiguous:048-commit-gate|048-release-notes-gate"]);
  });

  it("a row torn between two specs is ambiguous; a better row elsewhere settles it", () => {
    // "Gate" is in both titles of 048, equally.
    const g1 = spec("048-alpha-gate", "Alpha Gate");
    const g2 = spec("048-beta-gate", "Beta Gate");
    expect(outcome(assign(["048 Gate"], [g1, g2]))).toEqual(["ambiguous:048-alpha-gate|048-beta-gate"]);
    expect(outcome(assign(["048 Gate", "048 Alpha Gate"], [g1, g2]))).toEqual(["048-beta-gate", "048-alpha-gate"]);
  });

  it("a row whose words repeat a spec that has its row is a duplicate, not the other spec's", () => {
    expect(outcome(assign(["[x](../specs/048-commit-gate.md)", "048 Commit Gate"], [gate, notes]))).toEqual(["048-commit-gate", "duplicate:048-commit-gate"]);
    // ... but a row that names nothing of it, with one spec left, is that spec's.
    expect(outcome(assign(["[x](../specs/048-commit-gate.md)", "048 Changelog"], [gate, notes]))).toEqual(["048-commit-gate", "048-release-notes-gate"]);
  });

  it("titles without numbers; orphans only for rows that name nothing; ranges name no spec", () => {
    const a = assign(["Glossary of Terms", "130 Legacy Importer", "001–005 foundations", "Health Check Endpoint"], all);
    expect(outcome(a)).toEqual(["glossary", "orphan", "orphan", "001-health-check"]);
  });

  it("an unnumbered spec whose title starts with a number is matched by its title", () => {
    const roadmap = spec("roadmap", "2026 Roadmap");
    expect(outcome(assign(["2026 Roadmap"], [roadmap, spec("2026-q1-plan")]))).toEqual(["roadmap"]);
  });

  it("leading numbers: plain, bold, 'Spec NNN', timestamps; not ranges", () => {
    expect(leadingNumber("007 Rate limits")).toEqual({ number: "7", rest: " Rate limits" });
    expect(leadingNumber("Spec 054: X")?.number).toBe("54");
    expect(leadingNumber("20250101-120000 CSV export")?.number).toBe("20250101-120000");
    expect(leadingNumber("001-005 core")).toBeUndefined();
    expect(leadingNumber("001 to 005 core")).toBeUndefined();
    expect(leadingNumber("Health")).toBeUndefined();
    expect(wordScore(["orch"], ["agent", "orchestration", "api"])).toBeCloseTo(0.75 / 3.25);
  });

  it("new rows' labels lead back to their spec alone", () => {
    const twin1 = spec("007-rsvp", "Event RSVP");
    const twin2 = spec("007-event-rsvp", "Event RSVP");
    const u1 = spec("terms", "Terms");
    const u2 = spec("glossary-terms", "Terms");
    const labels = newRowLabels([twin1, twin2, u1, u2, health, dash], [twin1, twin2, u1, u2, health, dash, store, heal]);
    expect([...labels.values()]).toEqual(["007 Event RSVP (007-rsvp)", "007 Event RSVP (007-event-rsvp)", "Terms (terms)", "Terms (glossary-terms)", "001 Health Check Endpoint", "113 HTML Dashboard"]);
  });
});

// ---- properties -------------------------------------------------------------------------------

const WORDS = ["health", "check", "agent", "orchestration", "commit", "gate", "release", "notes", "metrics", "store", "heal", "issues", "api", "dashboard"];
/**
 * Specs as repositories have them: numbered, unnumbered with a one-word key ("api", "gate") and
 * keys that occur inside other specs' titles ("Spec: Commit Gate" next to specs/gate.md).
 */
const arbSpecs = fc
  .uniqueArray(
    fc.tuple(fc.integer({ min: 1, max: 6 }), fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }), fc.constantFrom("numbered", "unnumbered", "one-word")),
    { minLength: 1, maxLength: 12, selector: ([n, w, kind]) => (kind === "numbered" ? `${n}-${w.join("-")}` : kind === "one-word" ? w[0] : `${w.join("-")}-${n}`) },
  )
  .map((list) =>
    list.map(([n, w, kind]) => {
      const slug = w.join("-");
      const cap = (x: string) => x[0].toUpperCase() + x.slice(1);
      if (kind === "one-word") return spec(w[0], cap(w[0]));
      return kind === "unnumbered" ? spec(`${slug}-${n}`, w.join(" ")) : spec(`${String(n).padStart(3, "0")}-${slug}`, `Spec: ${w.map(cap).join(" ")}`);
    }),
  );

/** Rows people write: by key, number and title, abbreviated, number only, title only, or noise. */
function arbRows(specs: Spec[]) {
  const fromSpec = fc.tuple(fc.constantFrom(...specs), fc.integer({ min: 0, max: 6 })).map(([s, style]) => {
    const n = s.number ?? "";
    const first = s.title.split(" ")[0];
    return [`[${n}](../specs/${s.key}.md)`, `${n} ${s.title}`, `${n} ${first}`, n || s.title, s.title, `${n} ${s.title.toLowerCase()}`, `${s.key} — notes`][style].trim() || s.title;
  });
  const noise = fc.constantFrom("999 Retired", "Roadmap", "001–003 foundations", "", "x");
  return fc.array(fc.oneof({ weight: 4, arbitrary: fromSpec }, { weight: 1, arbitrary: noise }), { maxLength: 14 });
}

describe("property: the assignment is one to one, and a second run adds nothing", () => {
  it("holds for any table people write", () => {
    fc.assert(
      fc.property(
        arbSpecs.chain((specs) => fc.tuple(fc.constant(specs), arbRows(specs))),
        ([specs, labels]) => {
          const first = assign(labels, specs);
          // One to one: no spec has two rows.
          const owners = first.rows.filter((m) => m.kind === "matched").map((m) => (m as { spec: Spec }).spec.key);
          expect(new Set(owners).size).toBe(owners.length);
          // Every spec is matched, held (an ambiguous row might be it), or gets a new row: exactly one of them.
          const held = first.held.map((s) => s.key);
          const unmatched = first.unmatched.map((s) => s.key);
          for (const s of specs) expect([owners.includes(s.key), held.includes(s.key), unmatched.includes(s.key)].filter(Boolean).length).toBe(1);
          for (const k of unmatched) expect(owners.includes(k) || held.includes(k)).toBe(false);
          // The second run, with the new rows appended: no spec is missing any more, nothing moved.
          const labelsFor = newRowLabels(first.unmatched, specs);
          const second = assign([...labels, ...first.unmatched.map((s) => labelsFor.get(s)!)], specs);
          expect(second.unmatched.map((s) => s.key)).toEqual([]);
          expect(outcome(second).slice(0, labels.length)).toEqual(outcome(first));
          for (const [k, s] of first.unmatched.entries()) {
            const m = second.rows[labels.length + k];
            expect(m.kind === "matched" && m.spec.key).toBe(s.key);
          }
          // Exactly one row per spec: a spec no ambiguous row holds has one row that stands for it.
          const rowsOf = new Map(specs.map((s) => [s.key, 0]));
          for (const m of second.rows) if (m.kind === "matched") rowsOf.set(m.spec.key, rowsOf.get(m.spec.key)! + 1);
          for (const s of specs) expect([s.key, rowsOf.get(s.key)]).toEqual([s.key, held.includes(s.key) ? 0 : 1]);
          // ... and a third run adds nothing either.
          const third = assign([...labels, ...first.unmatched.map((s) => labelsFor.get(s)!)], specs);
          expect(third.unmatched).toEqual([]);
        },
      ),
      { numRuns: 400 },
    );
  });
});
