import { createHash } from "node:crypto";
import type { Document, LineCounter } from "yaml";
import { UserError } from "../errors.js";
import { PLAYBOOK_DEFAULTS } from "../defaults.js";
import { readRegularFile } from "../fs/guard.js";
import { decodeUtf8 } from "../text/document.js";
import type { Condition, Loop, Playbook } from "./schema.js";
import { MAX_YAML_BYTES, parseYaml } from "./yaml.js";

/**
 * Reading playbook.yml: YAML with node positions (yaml's parseDocument + LineCounter), the zod
 * schema, then the rules a schema cannot state. Every problem is reported with file:line:column of
 * the YAML node at fault and how to fix it; all problems are collected, the first one is thrown.
 */
export interface PlaybookIssue {
  message: string;
  hint: string;
  line?: number;
  column?: number;
  code: string;
}

export class PlaybookError extends UserError {
  readonly issues: PlaybookIssue[];
  constructor(file: string, issues: PlaybookIssue[]) {
    const first = issues[0];
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? "s" : ""})` : "";
    super(`${first.message}${more}`, { file, line: first.line, column: first.column, hint: first.hint, code: first.code });
    this.issues = issues;
  }
}

export interface FlatStep {
  id: string;
  name: string;
  description: string;
  details?: string;
  exit: Condition[];
  phase: { id: string; name: string };
  /** 1-based position in its phase ("step 3"). */
  number: number;
  /** 0-based position in the whole playbook. */
  order: number;
  /** The loop that ends at this step (advancing from here may return to `loop.to`). */
  loop?: Loop;
  /** Where an abort of this step goes back to. */
  abort?: { to: string };
}

export interface LoadedPlaybook {
  /** Repository-relative path (for messages). */
  file: string;
  playbook: Playbook;
  steps: FlatStep[];
  byId: Map<string, FlatStep>;
  /** "sha256:<hex>" of the validated playbook's canonical JSON (comments and layout do not count). */
  hash: string;
  /** Whether the file names its spec (`spec:`); without it the default docs/spec.md stands in. */
  specDeclared: boolean;
}

export const DEFAULT_PLAYBOOK = PLAYBOOK_DEFAULTS.playbook;

type Seg = string | number;

function fail(issues: PlaybookIssue[], file: string): never {
  throw new PlaybookError(file, issues);
}

/** The YAML node at `path` (or the deepest existing ancestor), and for a map entry its key node. */
let isSeq: (n: unknown) => boolean = () => false;
let isMap: (n: unknown) => boolean = () => false;
/** Set by parsePlaybook, which imports the schema lazily (like yaml above). */
let PlaybookSchema: typeof import("./schema.js").PlaybookSchema | undefined;

/** The parts of yaml's nodes that locate() reads (yaml itself is imported lazily). */
interface NodeLike {
  range?: [number, number, number] | null;
  items?: unknown[];
}
interface PairLike {
  key?: (NodeLike & { value?: unknown }) | null;
  value?: NodeLike | null;
}

function locate(doc: Document, pathSegs: readonly Seg[], key?: string): NodeLike {
  let node = doc.contents as NodeLike | null | undefined;
  let found: NodeLike = node ?? {};
  const segs = key === undefined ? pathSegs : [...pathSegs, key];
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i];
    if (!node) break;
    if (isSeq(node) && typeof seg === "number") {
      node = node.items?.[seg] as NodeLike | undefined;
      if (node?.range) found = node;
      continue;
    }
    if (isMap(node)) {
      const pair = (node.items as (PairLike | undefined)[] | undefined)?.find((p) => p?.key && String(p.key.value) === String(seg));
      if (!pair) break;
      // The last segment named by `key` (an unknown key) points at the key itself.
      if (key !== undefined && i === segs.length - 1) return pair.key ?? found;
      node = pair.value;
      if (node?.range) found = node;
      else if (pair.key?.range) found = pair.key;
      continue;
    }
    break;
  }
  return found;
}

function pos(doc: Document, lc: LineCounter, pathSegs: readonly Seg[], key?: string): { line?: number; column?: number } {
  const n = locate(doc, pathSegs, key);
  if (!n.range) return {};
  const p = lc.linePos(n.range[0]);
  return { line: p.line, column: p.col };
}

function where(pathSegs: readonly Seg[]): string {
  let s = "";
  for (const seg of pathSegs) s += typeof seg === "number" ? `[${seg}]` : s === "" ? seg : `.${seg}`;
  return s === "" ? "the playbook" : s;
}

/** The parts of a zod 4 schema's `_zod.def` that allowedKeys() walks. */
interface SchemaLike {
  _zod?: {
    def?: {
      type?: string;
      innerType?: SchemaLike;
      options?: SchemaLike[];
      shape?: Record<string, SchemaLike>;
      element?: SchemaLike;
      values?: unknown[];
    };
  };
}

/** Walks the zod schema along a data path to list the keys allowed there (for "unknown key" hints). */
function allowedKeys(data: unknown, pathSegs: readonly Seg[]): string[] {
  let s = PlaybookSchema as SchemaLike | undefined;
  let d: unknown = data;
  const unwrap = () => {
    for (;;) {
      const def = s?._zod?.def;
      if (def && (def.type === "default" || def.type === "optional" || def.type === "nullable" || def.type === "prefault"))
        s = def.innerType;
      else if (def && def.type === "union") {
        const t = (d as { type?: unknown } | undefined)?.type;
        s = def.options?.find((o) => o._zod?.def?.shape?.type?._zod?.def?.values?.includes(t)) ?? def.options?.[0];
      } else return;
    }
  };
  unwrap();
  for (const seg of pathSegs) {
    const def = s?._zod?.def;
    if (!def) return [];
    if (def.type === "object") s = def.shape?.[seg as string];
    else if (def.type === "array") s = def.element;
    else return [];
    d = (d as Record<string | number, unknown> | undefined)?.[seg as never];
    unwrap();
  }
  const def = s?._zod?.def;
  return def?.type === "object" && def.shape ? Object.keys(def.shape) : [];
}

/** Parse and validate playbook text. `file` is the repository-relative path used in messages. */
export async function parsePlaybook(text: string, file: string = DEFAULT_PLAYBOOK): Promise<LoadedPlaybook> {
  const yaml = await import("yaml");
  // The schema too is loaded only here: building it (and evaluating the full zod it needs) costs
  // start-up time on every path, including "the playbook does not exist" (ADR 0023).
  const schema = await import("./schema.js");
  PlaybookSchema = schema.PlaybookSchema;
  const { CONDITION_TYPES } = schema;
  isSeq = yaml.isSeq;
  isMap = yaml.isMap;
  const { doc, lc, data } = await parseYaml(text, file, (issues) => fail(issues, file));
  if (data === null || data === undefined || typeof data !== "object" || Array.isArray(data)) {
    fail(
      [
        {
          message: "playbook.yml must be a mapping with version, name and phases",
          hint: "start from a template: specpipe init --template refinement",
          line: 1,
          column: 1,
          code: "playbook.not-a-mapping",
        },
      ],
      file,
    );
  }
  const result = schema.PlaybookSchema.safeParse(data);
  if (!result.success) {
    const issues: PlaybookIssue[] = [];
    for (const issue of result.error.issues) {
      const p = issue.path as Seg[];
      const at = where(p);
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys) {
          const allowed = allowedKeys(data, p);
          issues.push({
            message: `${at}: unknown key "${key}"`,
            hint: allowed.length ? `remove "${key}" or correct its spelling; allowed here: ${allowed.join(", ")}` : `remove "${key}"`,
            ...pos(doc, lc, p, key),
            code: "playbook.unknown-key",
          });
        }
        continue;
      }
      if (issue.code === "invalid_union" && (issue as { discriminator?: string }).discriminator === "type") {
        const parent = p.slice(0, -1);
        const value = (
          parent.reduce<unknown>((o, k) => (o as Record<string | number, unknown> | undefined)?.[k as never], data) as
            { type?: unknown } | undefined
        )?.type;
        issues.push({
          message:
            value === undefined ? `${where(parent)}: the condition has no type` : `${at}: unknown condition type ${JSON.stringify(value)}`,
          hint: `set type to one of: ${CONDITION_TYPES.join(", ")}`,
          ...(value === undefined ? pos(doc, lc, parent) : pos(doc, lc, p)),
          code: "playbook.unknown-condition",
        });
        continue;
      }
      const value = p.reduce<unknown>((o, k) => (o as Record<string | number, unknown> | undefined)?.[k as never], data);
      let hint = "correct the value (schemas/playbook.schema.json describes every key)";
      let message = `${at}: ${issue.message}`;
      if (issue.code === "too_big" || issue.code === "too_small") {
        const bound = issue.code === "too_big" ? `at most ${issue.maximum}` : `at least ${issue.minimum}`;
        if (issue.origin === "array") {
          message = `${at}: must have ${bound} item${issue.code === "too_small" && issue.minimum === 1 ? "" : "s"}`;
          hint = issue.code === "too_small" ? "add the missing entries" : "remove entries";
        } else if (issue.origin === "string") {
          message = `${at}: must not be empty`;
          hint = "write a value";
        } else {
          message = `${at}: ${JSON.stringify(value)} is out of range; it must be ${bound}`;
          hint = `use a number ${bound}${/lines|branches|score/.test(String(p[p.length - 1])) ? " (a percentage, 0 to 100)" : ""}`;
        }
      } else if (issue.code === "invalid_type") {
        if (value === undefined) {
          message = `${where(p.slice(0, -1))}: "${String(p[p.length - 1])}" is missing`;
          hint = `add ${String(p[p.length - 1])}: (${issue.expected})`;
          issues.push({ message, hint, ...pos(doc, lc, p.slice(0, -1)), code: "playbook.missing-key" });
          continue;
        }
        message = `${at}: expected ${issue.expected}, found ${Array.isArray(value) ? "a list" : value === null ? "nothing" : typeof value}`;
        hint = `write ${issue.expected === "array" ? "a list" : `a ${issue.expected}`} here`;
      } else if (issue.code === "invalid_format") {
        message = `${at}: ${JSON.stringify(value)} ${issue.message.replace(/^Invalid string: /, "")}`;
        hint = "rename it, e.g. A1, B3 or spec-draft";
      } else if (issue.code === "invalid_value") {
        message = `${at}: must be ${issue.values.map((v) => JSON.stringify(v)).join(" or ")}, found ${JSON.stringify(value)}`;
        hint = `write ${issue.values.map((v) => JSON.stringify(v)).join(" or ")}`;
      } else if (issue.code === "custom") {
        message = `${at}: ${issue.message}`;
        hint = issue.message.replace(/^give /, "add ");
      }
      issues.push({ message, hint, ...pos(doc, lc, p), code: `playbook.${issue.code.replace(/_/g, "-")}` });
    }
    fail(issues, file);
  }
  const playbook = result.data;
  const issues: PlaybookIssue[] = [];

  // Rules across the document: unique ids, condition ids, loops.
  const steps: FlatStep[] = [];
  const byId = new Map<string, FlatStep>();
  const phaseIds = new Map<string, number>();
  playbook.phases.forEach((phase, pi) => {
    if (phaseIds.has(phase.id)) {
      issues.push({
        message: `phases[${pi}].id: phase id "${phase.id}" is used twice (first by phases[${phaseIds.get(phase.id)}])`,
        hint: "give every phase its own id",
        ...pos(doc, lc, ["phases", pi, "id"]),
        code: "playbook.duplicate-phase",
      });
    } else phaseIds.set(phase.id, pi);
    phase.steps.forEach((step, si) => {
      const flat: FlatStep = {
        id: step.id,
        name: step.name,
        description: step.description,
        exit: step.exit,
        phase: { id: phase.id, name: phase.name },
        number: si + 1,
        order: steps.length,
      };
      if (step.details !== undefined) flat.details = step.details;
      if (step.abort) flat.abort = { to: step.abort.to };
      const prior = byId.get(step.id);
      if (prior) {
        issues.push({
          message: `phases[${pi}].steps[${si}].id: step id "${step.id}" is used twice (first in phase ${prior.phase.id}, step ${prior.number})`,
          hint: "give every step its own id: the beacon, trailers and tags name steps by id",
          ...pos(doc, lc, ["phases", pi, "steps", si, "id"]),
          code: "playbook.duplicate-step",
        });
      } else byId.set(step.id, flat);
      checkConditionIds(step.exit, ["phases", pi, "steps", si, "exit"], doc, lc, issues);
      steps.push(flat);
    });
  });
  playbook.phases.forEach((phase, pi) =>
    phase.steps.forEach((step, si) => {
      if (!step.abort) return;
      const target = byId.get(step.abort.to);
      const self = byId.get(step.id)!;
      if (!target)
        issues.push({
          message: `phases[${pi}].steps[${si}].abort.to: no step has the id "${step.abort.to}"`,
          hint: `use one of: ${[...byId.keys()].join(", ")}`,
          ...pos(doc, lc, ["phases", pi, "steps", si, "abort", "to"]),
          code: "playbook.abort-unknown-step",
        });
      else if (target.order > self.order)
        issues.push({
          message: `phases[${pi}].steps[${si}].abort.to: an abort goes back, but ${step.abort.to} comes after ${step.id}`,
          hint: "abort to an earlier step (or the same one)",
          ...pos(doc, lc, ["phases", pi, "steps", si, "abort", "to"]),
          code: "playbook.abort-forward",
        });
    }),
  );
  const loopFrom = new Set<string>();
  playbook.loops.forEach((loop, li) => {
    const base = ["loops", li];
    const from = byId.get(loop.from);
    const to = byId.get(loop.to);
    for (const end of ["from", "to"] as const)
      if (!byId.has(loop[end]))
        issues.push({
          message: `loops[${li}].${end}: no step has the id "${loop[end]}"`,
          hint: `use one of: ${[...byId.keys()].join(", ")}`,
          ...pos(doc, lc, [...base, end]),
          code: "playbook.loop-unknown-step",
        });
    if (from && to && to.order > from.order) {
      issues.push({
        message: `loops[${li}]: the loop goes forward from ${loop.from} to ${loop.to}`,
        hint: `a loop returns to an earlier step (or the same one): swap from and to`,
        ...pos(doc, lc, [...base, "to"]),
        code: "playbook.loop-forward",
      });
    }
    if (loopFrom.has(loop.from)) {
      issues.push({
        message: `loops[${li}].from: a loop from ${loop.from} is declared twice`,
        hint: "declare one loop per step",
        ...pos(doc, lc, [...base, "from"]),
        code: "playbook.loop-twice",
      });
    }
    loopFrom.add(loop.from);
    if (from && !from.loop) from.loop = loop;
    checkConditionIds(loop.until, [...base, "until"], doc, lc, issues);
  });
  if (issues.length) fail(issues, file);
  const hash = "sha256:" + createHash("sha256").update(JSON.stringify(playbook)).digest("hex");
  const specDeclared = Object.prototype.hasOwnProperty.call(data, "spec");
  return { file, playbook, steps, byId, hash, specDeclared };
}

function checkConditionIds(list: readonly Condition[], base: Seg[], doc: Document, lc: LineCounter, issues: PlaybookIssue[]): void {
  const seen = new Map<string, number>();
  list.forEach((c, ci) => {
    const id = conditionKey(c);
    if (seen.has(id)) {
      issues.push({
        message: `${where([...base, ci])}: two conditions are both named "${id}" (the first is ${where([...base, seen.get(id)!])})`,
        hint: `give one of them an id, e.g. id: ${c.type}-2`,
        ...pos(doc, lc, [...base, ci]),
        code: "playbook.duplicate-condition",
      });
    } else seen.set(id, ci);
  });
}

/** A condition's name in results and in the beacon's history. */
export function conditionKey(c: Condition): string {
  return c.id ?? c.type;
}

/** Read and validate `<root>/<file>`. A missing file is a UserError naming `specpipe init`. */
export async function loadPlaybook(root: string, file: string = DEFAULT_PLAYBOOK): Promise<LoadedPlaybook> {
  const { insideWorkspace } = await import("../fs/guard.js");
  const at = await insideWorkspace(root, file, { what: "the playbook", noSymlink: true });
  const bytes = await readRegularFile(at.abs, at.rel, MAX_YAML_BYTES);
  if (bytes === undefined) {
    throw new UserError(`${file} does not exist`, {
      file,
      hint: "create one with `specpipe init` (or set the playbook input to its path)",
      code: "playbook.missing",
    });
  }
  return parsePlaybook(decodeUtf8(bytes, at.rel), at.rel);
}

/** "B Refinement loop, step 3" */
export function stepLabel(step: FlatStep): string {
  return `${step.phase.id} ${step.phase.name}, step ${step.number}`;
}
