import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanTitle, normalizeNumber, titleCase } from "./title.js";

describe("titles as people wrote them", () => {
  it.each([
    ["Spec: Health Check Endpoint", "001", "Health Check Endpoint"],
    ["Spec 054: Commit Provenance Contract Gate", "054", "Commit Provenance Contract Gate"],
    ["Spec 054 — Commit Provenance", "054", "Commit Provenance"],
    ["Spec 054 - Commit Provenance", "054", "Commit Provenance"],
    ["Spec-054: Commit Provenance", "054", "Commit Provenance"],
    ["SPEC 54 Commit Provenance", "054", "Commit Provenance"],
    ["Feature Spec 001: Event Discovery & RSVP", "001", "Event Discovery & RSVP"],
    ["Feature Specification: Spec Kit Automation", "002", "Spec Kit Automation"],
    ["Specification: Auth", "003", "Auth"],
    ["026 Phase 1 — Deploy Pipeline", "026", "Phase 1 — Deploy Pipeline"],
    ["088 — Release Notes Generator", "088", "Release Notes Generator"],
    ["88: Release Notes", "088", "Release Notes"],
    ["Spec: 054 Commit Provenance", "054", "Commit Provenance"],
    ["054 — Spec: Commit Provenance", "054", "Commit Provenance"],
    ["**Spec 017:** Bold Moves", "017", "Bold Moves"],
    ["**Spec 017**: Bold Moves", "017", "Bold Moves"],
    ["__Spec 017__ — Bold Moves", "017", "Bold Moves"],
    ["*017* Bold Moves", "017", "Bold Moves"],
    ["Spec_017: Bold", "017", "Bold"],
    ["**Bold** Moves", "017", "**Bold** Moves"],
    ["**Spec-Driven** Design", "017", "**Spec-Driven** Design"],
    // What is not a label stays whole.
    ["Spec-Driven Design", "120", "Spec-Driven Design"],
    ["Spec Kit Automation", "002", "Spec Kit Automation"],
    ["Specs Overview", "004", "Specs Overview"],
    ["2026 Roadmap", undefined, "2026 Roadmap"],
    ["2026 Roadmap", "007", "2026 Roadmap"],
    ["7.5 Upgrade Notes", "007", "7.5 Upgrade Notes"],
    ["Notifications (email, Slack) — v2: `POST /notify`", "017", "Notifications (email, Slack) — v2: `POST /notify`"],
  ])("%s (spec %s) → %s", (h1, number, title) => {
    expect(cleanTitle(h1, "the-slug", number)).toBe(title);
  });

  it("falls back to the slug when the H1 is missing, empty, only a label, only the number or Spec Kit's placeholder", () => {
    expect(cleanTitle(undefined, "fully-automated-pipeline", "027")).toBe("Fully Automated Pipeline");
    expect(cleanTitle("", "a_b-c")).toBe("A B C");
    expect(cleanTitle("Spec:", "waitlist", "006")).toBe("Waitlist");
    expect(cleanTitle("006", "waitlist", "006")).toBe("Waitlist");
    expect(cleanTitle("Spec 016", "audit-log", "016")).toBe("Audit Log");
    expect(cleanTitle("SPEC-016", "audit-log", "016")).toBe("Audit Log");
    expect(cleanTitle("Spec 016 —", "audit-log", "016")).toBe("Audit Log");
    expect(cleanTitle("**Spec 016**", "audit-log", "016")).toBe("Audit Log");
    expect(cleanTitle("Feature Specification: [FEATURE NAME]", "waitlist", "006")).toBe("Waitlist");
    expect(titleCase("event-rsvp")).toBe("Event Rsvp");
  });

  it("numbers compare without leading zeros; timestamps stay", () => {
    expect(normalizeNumber("007")).toBe("7");
    expect(normalizeNumber("000")).toBe("0");
    expect(normalizeNumber("20250101-120000")).toBe("20250101-120000");
  });

  it("property: a title behind any label and its own number comes out whole", () => {
    const words = fc.array(fc.stringMatching(/^[A-Za-z][a-z0-9&]{0,8}$/), { minLength: 1, maxLength: 6 }).map((w) => w.join(" "));
    const label = fc.constantFrom("Spec: ", "Spec {n}: ", "Spec {n} — ", "Feature Spec {n}: ", "Feature Specification: ", "{n} ", "{n} — ", "");
    fc.assert(
      fc.property(words, label, fc.integer({ min: 1, max: 999 }), (title, l, n) => {
        fc.pre(!/^(spec|feature|specification)\b/i.test(title) && !/^\d/.test(title));
        const num = String(n).padStart(3, "0");
        expect(cleanTitle(l.replace("{n}", num) + title, "slug", num)).toBe(title);
      }),
    );
  });
});
