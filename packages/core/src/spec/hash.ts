import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { DEFAULT_SPEC_PATHS } from "../defaults.js";

/**
 * The living spec's content hash (spec: specs/002-spec-hash-check.md, "The hash").
 *
 * 1. Each file is normalised at the byte level: a leading UTF-8 BOM (EF BB BF) is removed and
 *    every CR LF pair becomes LF (a lone CR stays). No other change: a Windows checkout
 *    (autocrlf) and a Linux checkout hash the same.
 * 2. Exactly one file: SHA-256 of its normalised bytes (so `sha256sum` of an LF file agrees).
 * 3. Zero or several files: sorted by their repository-relative path (forward slashes, compared
 *    as UTF-8 bytes), each framed as `<path> NUL <decimal byte length> NUL <content>`, SHA-256 of
 *    the concatenation. Zero files hash to SHA-256 of nothing (e3b0c44298fc…).
 * The short form is the first 12 lower-case hex digits.
 */
export interface SpecHash {
  full: string;
  short: string;
}

export const SHORT_LENGTH = 12;
export { DEFAULT_SPEC_PATHS };

export function normaliseSpecBytes(content: Uint8Array): Buffer {
  let buf = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
  if (buf.indexOf(0x0d) === -1) return buf;
  const out = Buffer.allocUnsafe(buf.length);
  let n = 0;
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i];
    if (b === 0x0d && buf[i + 1] === 0x0a) continue;
    out[n++] = b;
  }
  return out.subarray(0, n);
}

function toHash(full: string): SpecHash {
  return { full, short: full.slice(0, SHORT_LENGTH) };
}

/** Pure: the hash of spec files given with their repository-relative paths. */
export function hashSpecContents(files: readonly { path: string; content: Uint8Array }[]): SpecHash {
  const h = createHash("sha256");
  if (files.length === 1) {
    h.update(normaliseSpecBytes(files[0].content));
    return toHash(h.digest("hex"));
  }
  const sorted = files
    .map((f) => ({ key: Buffer.from(f.path.split("\\").join("/"), "utf8"), content: f.content }))
    .sort((a, b) => Buffer.compare(a.key, b.key));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i - 1].key.equals(sorted[i].key)) throw new Error(`internal: spec file ${sorted[i].key.toString()} given twice`);
  }
  for (const f of sorted) {
    const body = normaliseSpecBytes(f.content);
    h.update(f.key);
    h.update(Buffer.from(`\0${body.length}\0`, "latin1"));
    h.update(body);
  }
  return toHash(h.digest("hex"));
}

/** The hash of no spec files at all (the spec does not exist yet). */
export const EMPTY_SPEC_HASH: SpecHash = hashSpecContents([]);

/** True when `value` (a trailer value) names `hash`: a hex prefix of at least 12 digits, any case. */
export function hashMatches(value: string, hash: SpecHash): boolean {
  const v = value.trim().toLowerCase();
  return /^[0-9a-f]{12,64}$/.test(v) && hash.full.startsWith(v);
}

export function isGlob(pattern: string): boolean {
  return /[*?[\]{}()!]/.test(pattern);
}

/**
 * The repository-relative files the spec consists of, sorted, and the paths that match nothing
 * (literal paths that do not exist, globs without a match). Patterns are checked by
 * spec/paths.ts's checkSpecPattern first (no absolute path, no '..'); symlinks are not followed.
 */
export async function listSpecFiles(
  root: string,
  paths: readonly string[] = DEFAULT_SPEC_PATHS,
): Promise<{ files: string[]; missing: string[] }> {
  const found = new Set<string>();
  const missing: string[] = [];
  const { checkSpecPattern } = await import("./paths.js");
  for (const raw of paths) {
    const rel = checkSpecPattern(raw, "spec path");
    if (isGlob(rel)) {
      const { globFiles } = await import("../fs/glob.js");
      const matched = await globFiles(root, rel);
      if (matched.length === 0) missing.push(raw);
      for (const f of matched) found.add(f);
    } else {
      const st = await fs.lstat(path.join(root, rel)).catch(() => undefined);
      if (st?.isFile() || st?.isSymbolicLink()) found.add(rel);
      else missing.push(raw);
    }
  }
  return { files: [...found].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))), missing };
}

/**
 * The hash of the spec in a work tree. Files are read without following symlinks (a spec that is
 * a link to /proc/self/environ would hash, and print, the job's secrets); `missing` lists the
 * paths that matched nothing (callers that require the spec turn it into missingSpecError).
 */
export async function computeSpecHash(options: {
  root: string;
  paths?: readonly string[];
}): Promise<SpecHash & { files: string[]; missing: string[] }> {
  const { files, missing } = await listSpecFiles(options.root, options.paths && options.paths.length ? options.paths : DEFAULT_SPEC_PATHS);
  const { insideWorkspace, readRegularFile } = await import("../fs/guard.js");
  const contents = await Promise.all(
    files.map(async (f) => {
      const at = await insideWorkspace(options.root, f, { what: "spec file", noSymlink: true });
      return { path: f, content: (await readRegularFile(at.abs, f)) ?? Buffer.alloc(0) };
    }),
  );
  return { ...hashSpecContents(contents), files, missing };
}
