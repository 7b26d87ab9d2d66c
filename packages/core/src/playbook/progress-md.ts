import { UserError } from "../errors.js";
import { scanBlocks } from "../markdown/blocks.js";
import { decodeText, encodeText } from "../text/document.js";
import { applySplices, type Splice } from "../text/splice.js";
import type { Beacon, BeaconViolation } from "./beacon.js";
import { conditionKey, stepLabel, type LoadedPlaybook } from "./load.js";
import type { Condition } from "./schema.js";

/**
 * progress.md: three level-2 sections, in this order:
 * - "Step" and "Details" are generated from progress.json by the gate;
 * - "Notes" belongs to people: the gate never touches it, nor anything after it or before "Step".
 * Updates splice the two generated section bodies (see text/splice.ts); every other byte stays.
 * Sections are found with the block scanner (markdown/blocks.ts), which agrees with remark on
 * headings, so a "## Notes" inside a code fence is not mistaken for the section.
 */
export const SECTIONS = ["Step", "Details", "Notes"] as const;

export function describeCondition(c: Condition): string {
  const name = conditionKey(c);
  const prefix = name === c.type ? `\`${c.type}\`` : `\`${c.type}\` (${name})`;
  switch (c.type) {
    case "tests": {
      const globs = Array.isArray(c.reports) ? c.reports : [c.reports];
      const req = c.required.map((r) => [r.name && `name ${r.name}`, r.file && `file ${r.file}`].filter(Boolean).join(", "));
      return `${prefix}: every test in ${globs.join(", ")} passes, at least ${c.min}${req.length ? `; required: ${req.join("; ")}` : ""}`;
    }
    case "coverage": {
      const parts = [
        c.lines !== undefined && `lines ≥ ${c.lines}%`,
        c.branches !== undefined && `branches ≥ ${c.branches}%`,
        c["no-drop"] && "no drop since the last advance",
      ].filter(Boolean);
      return `${prefix}: ${c.report}: ${parts.join(", ")}`;
    }
    case "mutation": {
      const parts = [c.score !== undefined && `score ≥ ${c.score}%`, c["no-drop"] && "no drop since the last advance"].filter(Boolean);
      return `${prefix}: ${c.report}: ${parts.join(", ")}`;
    }
    case "files": {
      const one = c.paths.length === 1;
      return `${prefix}: ${c.paths.join(", ")} ${one ? "exists" : "exist"}${c["non-empty"] ? (one ? " and is not empty" : " and are not empty") : ""}`;
    }
    case "spec-hash":
      return `${prefix}: the spec is unchanged since the last advance (no amendment pending)`;
    case "command":
      return `${prefix}: \`${c.run.join(" ")}\` exits with 0 within ${c.timeout} s`;
    case "checks":
      return `${prefix}: every check run and commit status on the commit is successful${c.ignore.length ? ` (ignoring ${c.ignore.join(", ")})` : ""}`;
  }
}

/** The Step section's text (without the heading). */
export function stepSectionText(pb: LoadedPlaybook, beacon: Beacon): string {
  const step = pb.byId.get(beacon.step);
  if (!step) return `Unknown step ${beacon.step}`;
  const loop =
    step.loop || pb.playbook.loops.some((l) => pb.byId.get(l.to)!.order <= step.order && step.order <= pb.byId.get(l.from)!.order);
  const it = loop ? `, iteration ${beacon.iteration}` : "";
  if (beacon.status === "done")
    return `Done: all ${pb.steps.length} steps of ${pb.playbook.name} are complete (last: ${stepLabel(step)}, ${step.name}).`;
  return `${stepLabel(step)}: ${step.name} (${step.id})${it}.`;
}

/** The Details section's text (without the heading). */
export function detailsSectionText(pb: LoadedPlaybook, beacon: Beacon): string {
  const step = pb.byId.get(beacon.step);
  if (!step) return "";
  const parts: string[] = [];
  if (beacon.status === "done") {
    parts.push("Nothing left to do: the gate does not advance past the last step.");
    return parts.join("\n\n");
  }
  parts.push(step.description.trim());
  if (step.details?.trim()) parts.push(step.details.trim());
  const exits = step.exit.map((c) => `- ${describeCondition(c)}`);
  parts.push(
    exits.length
      ? `Exit conditions (all must hold for the gate to advance):\n\n${exits.join("\n")}`
      : "Exit conditions: none; the gate advances on its next run.",
  );
  if (step.loop) {
    const l = step.loop;
    const until = l.until.map((c) => `- ${describeCondition(c)}`);
    parts.push(
      `Then: back to ${l.to} for the next iteration${until.length ? `, unless these hold (then the loop ends):\n\n${until.join("\n")}` : l.max ? `, at most ${l.max} iterations` : ""}.`,
    );
  } else {
    const next = pb.steps[step.order + 1];
    parts.push(next ? `Next: ${stepLabel(next)}: ${next.name} (${next.id}).` : "Next: nothing; this is the last step.");
  }
  return parts.join("\n\n");
}

function withEol(text: string, eol: "\n" | "\r\n"): string {
  return eol === "\n" ? text.replace(/\r\n/g, "\n") : text.replace(/\r?\n/g, "\r\n");
}

/** A new progress.md (for `specpipe init`). */
export function renderProgressMd(pb: LoadedPlaybook, beacon: Beacon): string {
  return [
    "# Progress",
    "",
    `The human half of the playbook beacon (${pb.playbook.beacon.json}). The playbook gate writes the Step and Details sections`,
    "when it advances; do not edit them. Notes are yours: the gate keeps them byte for byte.",
    "",
    "## Step",
    "",
    stepSectionText(pb, beacon),
    "",
    "## Details",
    "",
    detailsSectionText(pb, beacon),
    "",
    "## Notes",
    "",
    "- ",
    "",
  ].join("\n");
}

interface Sections {
  /** [start, end) of each generated section's body (after the heading line, up to the next section's heading). */
  step: [number, number];
  details: [number, number];
}

function findSections(text: string, file: string): Sections {
  const scan = scanBlocks(text);
  const found = new Map<string, { bodyStart: number; start: number }>();
  for (const h of scan.headings) {
    if (h.level !== 2) continue;
    const name = SECTIONS.find((s) => s.toLowerCase() === h.text.toLowerCase());
    if (!name || found.has(name)) continue;
    found.set(name, { start: h.start, bodyStart: scan.lines[h.lastLine].next });
  }
  for (const s of SECTIONS) {
    if (!found.has(s)) {
      throw new UserError(`${file} has no "## ${s}" section`, {
        file,
        hint: `restore ${file} from git, or add the heading "## ${s}" (the sections are Step, Details and Notes, in this order)`,
        code: "progress-md.missing-section",
      });
    }
  }
  const step = found.get("Step")!;
  const details = found.get("Details")!;
  const notes = found.get("Notes")!;
  if (!(step.start < details.start && details.start < notes.start)) {
    throw new UserError(`${file}: the sections are not in the order Step, Details, Notes`, {
      file,
      hint: `restore ${file} from git, or move the sections back into the order Step, Details, Notes`,
      code: "progress-md.section-order",
    });
  }
  return { step: [step.bodyStart, details.start], details: [details.bodyStart, notes.start] };
}

function body(text: string, eol: "\n" | "\r\n"): string {
  return withEol(`\n${text}\n\n`, eol);
}

/** progress.md with its Step and Details sections rewritten for `beacon`; all else byte for byte. */
export function updateProgressMd(bytes: Uint8Array, pb: LoadedPlaybook, beacon: Beacon, file: string): Buffer {
  const doc = decodeText(bytes, file);
  const s = findSections(doc.text, file);
  const splices: Splice[] = [
    { start: s.step[0], end: s.step[1], text: body(stepSectionText(pb, beacon), doc.eol) },
    { start: s.details[0], end: s.details[1], text: body(detailsSectionText(pb, beacon), doc.eol) },
  ];
  return encodeText({ text: applySplices(doc.text, splices), bom: doc.bom });
}

const norm = (t: string) => t.replace(/\r\n/g, "\n").trim();

/** Violations when progress.md's generated sections are not what the beacon says (a hand edit). */
export function checkProgressMd(bytes: Uint8Array, pb: LoadedPlaybook, beacon: Beacon, file: string): BeaconViolation[] {
  const doc = decodeText(bytes, file);
  const s = findSections(doc.text, file);
  const out: BeaconViolation[] = [];
  // After a playbook edit the generated text may differ (a renamed step, a new position): a notice;
  // the next advance rewrites both sections.
  const fix = `restore ${file}'s Step and Details sections from git; only the playbook gate writes them (notes go under "## Notes")`;
  if (norm(doc.text.slice(s.step[0], s.step[1])) !== norm(stepSectionText(pb, beacon))) {
    out.push({
      code: "progress-md.hand-edited",
      message: `${file}: the Step section does not match ${pb.playbook.beacon.json} (step ${beacon.step})`,
      hint: fix,
      file,
      severity: pb.hash === beacon.playbook ? "error" : "notice",
    });
  }
  if (norm(doc.text.slice(s.details[0], s.details[1])) !== norm(detailsSectionText(pb, beacon))) {
    out.push({
      code: "progress-md.hand-edited",
      message: `${file}: the Details section does not match step ${beacon.step} of ${pb.file}`,
      hint: fix,
      file,
      severity: pb.hash === beacon.playbook ? "error" : "notice",
    });
  }
  return out;
}
