import { createHash } from "node:crypto";
import { UserError } from "../errors.js";

/**
 * The combined backlog (seed phase 5): a product backlog and a meta backlog, each a Markdown
 * file with a numbered list ("1. …", "1) …") or a checkbox list ("- [ ] …"), merged into one
 * queue: product first, one meta item after every `ratio` product items, and the rest of the meta
 * items once the product items run out.
 *
 * Progress is kept by identity, not position: an item's id is a hash of its normalised text, and
 * `.specpipe/backlog-state.json` records ids done and ids claimed. Editing other items, adding,
 * removing or reordering items therefore never skips or repeats one. Rewording an item makes it
 * a new item, unless the item pins its id with a trailing `<!-- id: NAME -->` (NAME may be the
 * old hash, so a reworded item keeps its progress). An item ticked in its file (`- [x]`) is done too.
 */
export type BacklogSource = "product" | "meta";

export interface BacklogItem {
  id: string;
  text: string;
  source: BacklogSource;
  file: string;
  /** 1-based line in `file`. */
  line: number;
  /** Ticked in the file (`- [x]`). */
  checked: boolean;
}

export interface BacklogState {
  version: 1;
  done: Record<string, { at: string; text: string }>;
  claims: Record<string, { owner: string; at: string; text: string }>;
}

export function emptyState(): BacklogState {
  return { version: 1, done: {}, claims: {} };
}

/** Lower case, Unicode NFKC, Markdown emphasis and code marks dropped, spaces collapsed, trailing dot dropped. */
export function normaliseItem(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[*_`~]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.;:]+$/, "")
    .trim();
}

export function itemId(text: string): string {
  return createHash("sha256").update(normaliseItem(text)).digest("hex").slice(0, 12);
}

const ITEM = /^ {0,3}(?:\d{1,9}[.)]|[-*+])[ \t]+(?:\[([ xX])\][ \t]+)?(.*\S)\s*$/;
/** A pinned id at the end of an item: `<!-- id: sign-up-form -->` (invisible when rendered). */
const PIN = /\s*<!--\s*id:\s*([A-Za-z0-9][A-Za-z0-9._-]{0,63})\s*-->$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * The items of one backlog file: numbered list items (with or without a checkbox) and bullet
 * items with a checkbox. Plain bullets (notes), indented sub-items and fenced code are ignored.
 * An item repeated in the same list is one item (its first occurrence).
 */
export function parseBacklog(text: string, file: string, source: BacklogSource): BacklogItem[] {
  const items: BacklogItem[] = [];
  const seen = new Set<string>();
  let fence: string | undefined;
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  lines.forEach((line, i) => {
    const f = FENCE.exec(line);
    if (f) {
      if (fence === undefined) fence = f[1][0].repeat(f[1].length);
      else if (f[1].startsWith(fence)) fence = undefined;
      return;
    }
    if (fence !== undefined) return;
    const m = ITEM.exec(line);
    if (!m) return;
    const numbered = /^ {0,3}\d/.test(line);
    const box = m[1];
    if (!numbered && box === undefined) return;
    let itemText = m[2].trim();
    const pin = PIN.exec(itemText);
    if (pin) itemText = itemText.slice(0, pin.index).trim();
    if (normaliseItem(itemText) === "") return;
    const id = pin ? pin[1].toLowerCase() : itemId(itemText);
    if (seen.has(id)) return;
    seen.add(id);
    items.push({ id, text: itemText, source, file, line: i + 1, checked: box === "x" || box === "X" });
  });
  return items;
}

/** Product first; one meta item after every `ratio` product items; leftover meta items at the end. */
export function interleave(product: readonly BacklogItem[], meta: readonly BacklogItem[], ratio = 4): BacklogItem[] {
  if (!Number.isInteger(ratio) || ratio < 1) {
    throw new UserError(`backlog ratio must be a whole number ≥ 1, got ${ratio}`, {
      hint: "use e.g. 4 for one meta item per four product items",
      code: "backlog.bad-ratio",
    });
  }
  const out: BacklogItem[] = [];
  const ids = new Set<string>();
  const push = (item: BacklogItem) => {
    if (ids.has(item.id)) return; // the same text in both lists is one item
    ids.add(item.id);
    out.push(item);
  };
  let p = 0;
  let m = 0;
  while (p < product.length) {
    for (let k = 0; k < ratio && p < product.length; k++) push(product[p++]);
    if (m < meta.length) push(meta[m++]);
  }
  while (m < meta.length) push(meta[m++]);
  return out;
}

export type ItemStatus = "open" | "claimed" | "done";

export function statusOf(item: BacklogItem, state: BacklogState): ItemStatus {
  if (item.checked || state.done[item.id]) return "done";
  if (state.claims[item.id]) return "claimed";
  return "open";
}

/** The next `count` distinct open items, in merged order. */
export function nextItems(merged: readonly BacklogItem[], state: BacklogState, count = 1): BacklogItem[] {
  return merged.filter((item) => statusOf(item, state) === "open").slice(0, count);
}

/** Items not done (open or claimed): pending work for the `stuck` flag. */
export function pendingCount(merged: readonly BacklogItem[], state: BacklogState): number {
  return merged.filter((item) => statusOf(item, state) !== "done").length;
}

/** Finds an item by its id or an unambiguous id prefix (at least 4 characters). */
export function findItem(merged: readonly BacklogItem[], ref: string): BacklogItem {
  const key = ref.trim().toLowerCase();
  const hits = key.length >= 4 ? merged.filter((i) => i.id.startsWith(key)) : merged.filter((i) => i.id === key);
  if (hits.length === 1) return hits[0];
  throw new UserError(hits.length === 0 ? `no backlog item has the id "${ref}"` : `"${ref}" matches ${hits.length} backlog items`, {
    hint:
      hits.length === 0
        ? 'run "specpipe backlog next --json" or "specpipe backlog merge" to see the ids'
        : "give more characters of the id",
    code: hits.length === 0 ? "backlog.unknown-id" : "backlog.ambiguous-id",
  });
}

export type ClaimResult = { ok: true; state: BacklogState } | { ok: false; reason: "claimed" | "done"; owner?: string };

/** Marks `item` as claimed by `owner` unless someone else holds it or it is done. Same owner again: ok. */
export function claimItem(state: BacklogState, item: BacklogItem, owner: string, at: string): ClaimResult {
  if (statusOf(item, state) === "done") return { ok: false, reason: "done" };
  const held = state.claims[item.id];
  if (held && held.owner !== owner) return { ok: false, reason: "claimed", owner: held.owner };
  return { ok: true, state: { ...state, claims: { ...state.claims, [item.id]: { owner, at, text: item.text } } } };
}

export function markDone(state: BacklogState, item: BacklogItem, at: string): BacklogState {
  if (state.done[item.id] && !state.claims[item.id]) return state;
  const claims = { ...state.claims };
  delete claims[item.id];
  return { ...state, done: { ...state.done, [item.id]: { at, text: item.text } }, claims };
}

export function parseState(text: string | undefined, file: string): BacklogState {
  if (text === undefined || text.trim() === "") return emptyState();
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (cause) {
    throw new UserError(`${file} is not valid JSON`, {
      file,
      hint: "fix or delete the file (it only records which backlog items are done or claimed)",
      code: "backlog.bad-state",
      cause,
    });
  }
  const o = v as Partial<BacklogState>;
  if (
    typeof o !== "object" ||
    o === null ||
    o.version !== 1 ||
    typeof o.done !== "object" ||
    typeof o.claims !== "object" ||
    !o.done ||
    !o.claims
  ) {
    throw new UserError(`${file} is not a backlog state file (version 1)`, {
      file,
      hint: "fix or delete the file",
      code: "backlog.bad-state",
    });
  }
  return { version: 1, done: o.done, claims: o.claims };
}

/** Stable text: keys sorted, so two runs that record the same facts write the same bytes. */
export function formatState(state: BacklogState): string {
  const sort = <T>(o: Record<string, T>) =>
    Object.fromEntries(
      Object.keys(o)
        .sort()
        .map((k) => [k, o[k]]),
    );
  return JSON.stringify({ version: 1, done: sort(state.done), claims: sort(state.claims) }, null, 2) + "\n";
}
