/**
 * A spec's title as people wrote it in its H1, without the labels they put before it:
 *   "# Spec: Health Check Endpoint"                  → "Health Check Endpoint"
 *   "# Spec 054: Commit Provenance Contract Gate"    → "Commit Provenance Contract Gate"
 *   "# Spec 054 — Commit Provenance"                 → "Commit Provenance"
 *   "# Feature Spec 001: Event Discovery & RSVP"     → "Event Discovery & RSVP"
 *   "# Feature Specification: Spec Kit Automation"   → "Spec Kit Automation"
 *   "# 026 Phase 1 — Deploy" (in 026-…)              → "Phase 1 — Deploy"
 *   "# 088 — Release Notes" (in 088-…)               → "Release Notes"
 *   "# **Spec 017:** Bold Moves"                     → "Bold Moves"
 *   "# Spec 016" (only the label)                    → the slug, title-cased
 * The rest is kept whole: no truncation, no case change, inline Markdown as written. A number is
 * stripped only when it repeats the spec's own ("# 2026 Roadmap" in an unnumbered spec stays),
 * and "Spec" only when a colon, a spaced dash or a number follows ("# Spec-Driven Design" stays).
 */
const LABEL = /^(?:feature\s+)?spec(?:ification)?(?:[\s_-]+(?:no\.?\s*)?#?\d+[a-z]?)?(?:\s*:|\s+[-–—](?=\s|$)|(?<=\d)(?=\s|$))\s*/i;
/** A label in emphasis: "**Spec 017:** Bold", "__Spec 017__ — Bold", "*017* Bold". */
const EMPHASIZED = /^(\*\*|__|\*|_)(.+?)\1(?![*_])/;
/** Spec Kit's template title, left unfilled: "[FEATURE NAME]". */
const PLACEHOLDER = /^\[[A-Z][A-Z0-9 _-]*\]$/;

export function titleCase(slug: string): string {
  return slug
    .split(/[-_\s]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join(" ");
}

function stripOwnNumber(title: string, number: string | undefined): string {
  if (number === undefined) return title;
  const m = /^#?(\d+)(?!\d|[.,]\d)/.exec(title);
  if (!m || normalizeNumber(m[1]) !== normalizeNumber(number)) return title;
  const rest = title.slice(m[0].length);
  if (rest.trim() === "") return "";
  // "026 Phase 1", "088 — X", "054: X", "007. X", "012) X": the separator goes with the number.
  const sep = /^(?:\s*[:.)]|\s+[-–—](?=\s)|(?=\s))\s*/.exec(rest);
  return sep ? rest.slice(sep[0].length) : title;
}

function stripLabel(t: string, number: string | undefined): string {
  const em = EMPHASIZED.exec(t);
  if (em) {
    // The emphasis holds only the label ("Spec 017:", "017"): it goes whole, with its separator.
    const inner = stripOwnNumber(em[2].trim().replace(LABEL, ""), number).trim();
    if (inner === "" || /^[:.)–—-]$/.test(inner)) return t.slice(em[0].length).replace(/^\s*(?:[:.)]|[-–—](?=\s|$))?\s*/, "");
  }
  return stripOwnNumber(t.replace(LABEL, ""), number).trim();
}

export function cleanTitle(h1: string | undefined, fallbackSlug: string, number?: string): string {
  let t = (h1 ?? "").trim();
  for (let i = 0; i < 2; i++) {
    const before = t;
    t = stripLabel(t, number);
    if (t === before) break;
  }
  return t !== "" && !PLACEHOLDER.test(t) ? t : titleCase(fallbackSlug);
}

/** A spec number for comparison: "007" and "7" are the same number; a Spec Kit timestamp stays as written. */
export function normalizeNumber(n: string): string {
  return /^\d+$/.test(n) ? n.replace(/^0+(?=\d)/, "") : n;
}
