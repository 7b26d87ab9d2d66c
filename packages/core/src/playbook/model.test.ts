import { promises as fs } from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tempDir } from "../../../../test/harness/repo.js";
import { UserError } from "../errors.js";
import { applyPlan } from "../fs/plan.js";
import { initialBeacon, parseBeacon, sealBeacon, serializeBeacon, type Beacon } from "./beacon.js";
import { playbookAdvance, playbookCheck, playbookStatus } from "./gate.js";
import { parsePlaybook } from "./load.js";
import { renderProgressMd } from "./progress-md.js";

/**
 * Model-based tests: random playbooks, random sequences of check / status / advance with random
 * condition outcomes (the files the `files` conditions ask for appear and disappear), and random
 * hand edits of the beacon. A small independent model says where the gate must be; after every
 * command the real beacon must agree, and:
 * - there is exactly one active step (progress.json names one step that exists, progress.md's
 *   Step section names that one step and no other);
 * - a step is never skipped (each advance goes to the next step, or back along a declared loop);
 * - the gate never advances while a condition fails (and then writes nothing);
 * - a hand-edited beacon is always caught (advance refuses and leaves the bytes, check reports).
 */
interface Spec {
  phases: { steps: { conds: number[] }[] }[];
  loop?: { from: number; to: number; until: number[]; max?: number };
}

const specArb: fc.Arbitrary<Spec> = fc
  .array(fc.array(fc.record({ conds: fc.uniqueArray(fc.integer({ min: 0, max: 2 }), { maxLength: 2 }) }), { minLength: 1, maxLength: 4 }), {
    minLength: 1,
    maxLength: 3,
  })
  .chain((phases) => {
    const n = phases.flat().length;
    const loopArb = fc
      .tuple(
        fc.nat(n - 1),
        fc.nat(n - 1),
        fc.uniqueArray(fc.integer({ min: 0, max: 4 }), { maxLength: 2 }),
        fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
      )
      .map(([a, b, until, max]) => ({ from: Math.max(a, b), to: Math.min(a, b), until, ...(max !== undefined ? { max } : {}) }));
    return fc.record({ phases: fc.constant(phases.map((steps) => ({ steps }))), loop: fc.option(loopArb, { nil: undefined }) });
  })
  .map((s) => (s.loop === undefined ? { phases: s.phases } : s));

function stepIds(spec: Spec): string[] {
  return spec.phases.flatMap((p, pi) => p.steps.map((_, si) => `P${pi}S${si}`));
}

function toYaml(spec: Spec): string {
  const ids = stepIds(spec);
  let k = 0;
  let y = "version: 1\nname: Model\nphases:\n";
  spec.phases.forEach((p, pi) => {
    y += `  - id: P${pi}\n    name: Phase ${pi}\n    steps:\n`;
    p.steps.forEach((s) => {
      y += `      - id: ${ids[k++]}\n        name: Step\n        description: Work.\n        exit:\n`;
      for (const c of s.conds) y += `          - type: files\n            id: c${c}\n            paths: [c${c}.txt]\n`;
      if (s.conds.length === 0) y = y.replace(/ {8}exit:\n$/, "");
    });
  });
  if (spec.loop) {
    y += `loops:\n  - from: ${ids[spec.loop.from]}\n    to: ${ids[spec.loop.to]}\n`;
    if (spec.loop.max !== undefined) y += `    max: ${spec.loop.max}\n`;
    if (spec.loop.until.length)
      y += `    until:\n${spec.loop.until.map((u) => `      - type: files\n        id: u${u}\n        paths: [u${u}.txt]\n`).join("")}`;
  }
  return y;
}

interface Model {
  order: number;
  iteration: number;
  done: boolean;
  present: Set<string>;
}

interface Real {
  root: string;
  spec: Spec;
  ids: string[];
  conds: number[][];
}

async function readBeacon(root: string): Promise<Beacon> {
  return parseBeacon(await fs.readFile(path.join(root, "progress.json"), "utf8"), "progress.json");
}

/** The invariants that must hold whatever happened. */
async function invariants(m: Model, r: Real): Promise<void> {
  const b = await readBeacon(r.root);
  expect(b.step).toBe(r.ids[m.order]);
  expect(b.iteration).toBe(m.iteration);
  expect(b.status).toBe(m.done ? "done" : "active");
  const md = await fs.readFile(path.join(r.root, "progress.md"), "utf8");
  const stepSection = md.slice(md.indexOf("## Step"), md.indexOf("## Details"));
  const named = r.ids.filter((id) => new RegExp(`\\(${id}\\)`).test(stepSection));
  if (!m.done) expect(named).toEqual([b.step]);
  for (let i = 1; i < b.history.length; i++) expect(b.history[i].from).toBe(b.history[i - 1].to);
}

class SetFile implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly name: string,
    readonly present: boolean,
  ) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const p = path.join(r.root, this.name);
    if (this.present) await fs.writeFile(p, "evidence\n");
    else await fs.rm(p, { force: true });
    if (this.present) m.present.add(this.name);
    else m.present.delete(this.name);
  }
  toString = () => `${this.present ? "create" : "delete"} ${this.name}`;
}

class Advance implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(m: Model, r: Real) {
    const before = await fs.readFile(path.join(r.root, "progress.json"));
    const res = await playbookAdvance({ root: r.root, now: () => new Date("2026-01-01T00:00:00Z") });
    if (m.done) {
      expect(res.advanced).toBe(false);
      expect(res.done).toBe(true);
    } else {
      const holds = r.conds[m.order].every((c) => m.present.has(`c${c}.txt`));
      if (!holds) {
        // Never advance on a failing condition, and write nothing.
        expect(res.advanced).toBe(false);
        expect(res.blockedBy.map((b) => b.id).sort()).toEqual(
          r.conds[m.order]
            .filter((c) => !m.present.has(`c${c}.txt`))
            .map((c) => `c${c}`)
            .sort(),
        );
        expect((await fs.readFile(path.join(r.root, "progress.json"))).equals(before)).toBe(true);
      } else {
        expect(res.advanced).toBe(true);
        const loop = r.spec.loop;
        const prev = m.order;
        if (loop && loop.from === m.order) {
          const ends =
            (loop.until.length > 0 && loop.until.every((u) => m.present.has(`u${u}.txt`))) ||
            (loop.max !== undefined && m.iteration >= loop.max);
          if (ends) {
            m.iteration = 1;
            if (m.order + 1 < r.ids.length) m.order++;
            else m.done = true;
          } else {
            m.order = loop.to;
            m.iteration++;
          }
        } else if (m.order + 1 < r.ids.length) m.order++;
        else m.done = true;
        // Never skip: one step forward, or back along the declared loop.
        const b = await readBeacon(r.root);
        const last = b.history[b.history.length - 1];
        expect(last.from).toBe(r.ids[prev]);
        expect(
          last.to === null ||
            r.ids.indexOf(last.to) === prev + 1 ||
            (loop !== undefined && prev === loop.from && r.ids.indexOf(last.to) === loop.to),
        ).toBe(true);
      }
    }
    await invariants(m, r);
  }
  toString = () => "advance";
}

class Status implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(m: Model, r: Real) {
    const s = await playbookStatus({ root: r.root });
    expect(s.step).toBe(r.ids[m.order]);
    expect(s.violations.filter((v) => v.severity === "error")).toEqual([]);
    const c = await playbookCheck({ root: r.root });
    expect(c.violations.filter((v) => v.severity === "error")).toEqual([]);
  }
  toString = () => "status+check";
}

type EditKind =
  "step-raw" | "step-resealed" | "iteration-resealed" | "history-dropped" | "history-skip" | "history-skip-other-playbook" | "md-step";

class HandEdit implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly kind: EditKind,
    readonly pick: number,
  ) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const jsonPath = path.join(r.root, "progress.json");
    const mdPath = path.join(r.root, "progress.md");
    const json = await fs.readFile(jsonPath);
    const md = await fs.readFile(mdPath);
    const b = parseBeacon(json.toString("utf8"), "progress.json");
    const other = r.ids.filter((id) => id !== b.step);
    const target = other.length ? other[this.pick % other.length] : undefined;
    let editedJson: string | undefined;
    let editedMd: string | undefined;
    const { digest: _d, ...body } = b;
    switch (this.kind) {
      case "step-raw":
        if (!target) return;
        editedJson = json.toString("utf8").replace(`"step": "${b.step}"`, `"step": "${target}"`);
        break;
      case "step-resealed":
        if (!target) return;
        editedJson = serializeBeacon(sealBeacon({ ...body, step: target }));
        break;
      case "iteration-resealed":
        editedJson = serializeBeacon(sealBeacon({ ...body, iteration: b.iteration + 1 + (this.pick % 3) }));
        break;
      case "history-dropped":
        if (b.history.length === 0) return;
        editedJson = serializeBeacon(sealBeacon({ ...body, history: b.history.slice(0, -1) }));
        break;
      case "history-skip":
      case "history-skip-other-playbook": {
        // Claim a jump to a later step with a made-up history entry (made under another playbook?).
        const at = r.ids.indexOf(b.step);
        if (b.status === "done" || at + 2 >= r.ids.length) return;
        const jump = r.ids[at + 2];
        const playbook = this.kind === "history-skip" ? b.playbook : "sha256:another";
        editedJson = serializeBeacon(
          sealBeacon({
            ...body,
            step: jump,
            history: [
              ...b.history,
              { from: b.step, to: jump, at: "2026-01-01T00:00:00Z", commit: "", iteration: b.iteration, playbook, values: {} },
            ],
          }),
        );
        break;
      }
      case "md-step":
        if (!target || b.status === "done") return;
        editedMd = md.toString("utf8").replace(`(${b.step})`, `(${target})`);
        break;
    }
    if (editedJson !== undefined) await fs.writeFile(jsonPath, editedJson);
    if (editedMd !== undefined) await fs.writeFile(mdPath, editedMd);
    // Always caught: advance refuses and writes nothing; check reports it.
    const err = await playbookAdvance({ root: r.root }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(await fs.readFile(jsonPath, "utf8")).toBe(editedJson ?? json.toString("utf8"));
    expect(await fs.readFile(mdPath, "utf8")).toBe(editedMd ?? md.toString("utf8"));
    const c = await playbookCheck({ root: r.root }).catch((e: unknown) => e);
    if (!(c instanceof UserError))
      expect((c as Awaited<ReturnType<typeof playbookCheck>>).violations.some((v) => v.severity === "error")).toBe(true);
    // Restore (git checkout, in real life).
    await fs.writeFile(jsonPath, json);
    await fs.writeFile(mdPath, md);
    await invariants(m, r);
  }
  toString = () => `hand-edit ${this.kind}#${this.pick}`;
}

const commandsArb = fc.commands(
  [
    // Files appear more often than they vanish, so that runs get far into their playbooks.
    fc
      .tuple(fc.constantFrom("c0.txt", "c1.txt", "c2.txt", "u0.txt", "u1.txt", "u2.txt"), fc.integer({ min: 0, max: 3 }))
      .map(([n, p]) => new SetFile(n, p > 0)),
    fc.constant(new Advance()),
    fc.constant(new Advance()),
    fc.constant(new Advance()),
    fc.constant(new Status()),
    fc
      .tuple(
        fc.constantFrom<EditKind>(
          "step-raw",
          "step-resealed",
          "iteration-resealed",
          "history-dropped",
          "history-skip",
          "history-skip-other-playbook",
          "md-step",
        ),
        fc.nat(10),
      )
      .map(([k, p]) => new HandEdit(k, p)),
  ],
  { maxCommands: 40 },
);

describe("the gate, model-based", () => {
  it("one active step, never skipped, never advanced on a failing condition, hand edits always caught", async () => {
    await fc.assert(
      fc.asyncProperty(specArb, commandsArb, async (spec, cmds) => {
        const root = tempDir("specpipe-model-");
        try {
          const yaml = toYaml(spec);
          await fs.writeFile(path.join(root, "playbook.yml"), yaml);
          const pb = await parsePlaybook(yaml);
          const beacon = initialBeacon(pb, null);
          await applyPlan({
            edits: [
              {
                path: path.join(root, "progress.json"),
                displayPath: "progress.json",
                before: null,
                after: Buffer.from(serializeBeacon(beacon)),
                reasons: [],
              },
              {
                path: path.join(root, "progress.md"),
                displayPath: "progress.md",
                before: null,
                after: Buffer.from(renderProgressMd(pb, beacon)),
                reasons: [],
              },
            ],
          });
          // The beacon starts with spec hash null; record the (empty) spec's hash like init does.
          const { computeSpecHash } = await import("../spec/hash.js");
          const h = await computeSpecHash({ root, paths: pb.playbook.spec });
          const sealed = initialBeacon(pb, h.full);
          await fs.writeFile(path.join(root, "progress.json"), serializeBeacon(sealed));
          const real: Real = { root, spec, ids: stepIds(spec), conds: spec.phases.flatMap((p) => p.steps.map((s) => s.conds)) };
          const model: Model = { order: 0, iteration: 1, done: false, present: new Set() };
          await fc.asyncModelRun(() => ({ model, real }), cmds);
        } finally {
          await fs.rm(root, { recursive: true, force: true });
        }
      }),
      { numRuns: 60 },
    );
  });
});
