import picomatch from "picomatch";
import type { CatFile } from "../commits/catfile.js";
import type { CommitInfo } from "../commits/range.js";
import { DEFAULT_SPEC_PATHS, EMPTY_SPEC_HASH, hashSpecContents, isGlob, type SpecHash } from "./hash.js";

/**
 * The spec as it stands at a commit, read from git objects (no checkout). Only commits whose
 * diff touches a spec path are read; every other commit inherits its first parent's state.
 */
export interface SpecFile {
  path: string;
  oid: string;
  content: Buffer;
}

export interface SpecState {
  hash: SpecHash;
  files: SpecFile[];
}

export const EMPTY_STATE: SpecState = { hash: EMPTY_SPEC_HASH, files: [] };

export class SpecPaths {
  readonly literals: string[] = [];
  readonly globs: { pattern: string; base: string; match: (p: string) => boolean }[] = [];

  constructor(paths: readonly string[] = DEFAULT_SPEC_PATHS) {
    for (const raw of paths.length ? paths : DEFAULT_SPEC_PATHS) {
      const p = raw.split("\\").join("/").replace(/^\.\//, "");
      if (isGlob(p)) this.globs.push({ pattern: p, base: picomatch.scan(p).base, match: picomatch(p, { dot: true }) });
      else this.literals.push(p);
    }
  }

  matches(path: string): boolean {
    return this.literals.includes(path) || this.globs.some((g) => g.match(path));
  }
}

export class SpecReader {
  private readonly byCommit = new Map<string, SpecState>();

  constructor(
    private readonly cat: CatFile,
    readonly paths: SpecPaths,
  ) {}

  /** The spec state at a commit, from its tree. Missing commit → undefined. */
  async at(commit: string): Promise<SpecState> {
    const hit = this.byCommit.get(commit);
    if (hit) return hit;
    const files = new Map<string, SpecFile>();
    const literal = await Promise.all(this.paths.literals.map((p) => this.cat.read(`${commit}:${p}`)));
    this.paths.literals.forEach((p, i) => {
      const obj = literal[i];
      if (obj?.type === "blob") files.set(p, { path: p, oid: obj.oid, content: obj.content });
    });
    for (const g of this.paths.globs) {
      const rootRev = g.base ? `${commit}:${g.base}` : `${commit}^{tree}`;
      const walk = async (rev: string, prefix: string): Promise<void> => {
        const entries = await this.cat.readTree(rev);
        if (!entries) return;
        for (const e of entries) {
          const full = prefix ? `${prefix}/${e.name}` : e.name;
          if (e.type === "tree") await walk(e.oid, full);
          else if (e.type === "blob" && g.match(full) && !files.has(full)) {
            const obj = await this.cat.read(e.oid);
            if (obj) files.set(full, { path: full, oid: obj.oid, content: obj.content });
          }
        }
      };
      await walk(rootRev, g.base);
    }
    const list = [...files.values()].sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));
    const state: SpecState = list.length ? { hash: hashSpecContents(list), files: list } : EMPTY_STATE;
    this.byCommit.set(commit, state);
    return state;
  }

  /** The state of a commit when already known (no git request). */
  cached(commit: string): SpecState | undefined {
    return this.byCommit.get(commit);
  }

  /**
   * Before/after of one commit: synchronous (no promise) when the parent's state is known and the
   * commit does not touch the spec, which is nearly always.
   */
  step(
    c: CommitInfo,
  ): { before: SpecState; after: SpecState; changed: boolean } | Promise<{ before: SpecState; after: SpecState; changed: boolean }> {
    const parent = c.parents[0];
    const known = parent ? this.byCommit.get(parent) : EMPTY_STATE;
    if (known && !this.touches(c)) {
      this.byCommit.set(c.sha, known);
      return { before: known, after: known, changed: false };
    }
    return (async () => {
      const before = known ?? (await this.at(parent));
      let after = before;
      if (this.touches(c)) after = await this.at(c.sha);
      else this.byCommit.set(c.sha, before);
      return { before, after, changed: before.hash.full !== after.hash.full };
    })();
  }

  /** Remember a state computed without reading (inherited from the parent). */
  set(commit: string, state: SpecState): void {
    this.byCommit.set(commit, state);
  }

  /** Drop remembered states except one (long walks: a child only needs its parent). */
  forgetExcept(commit: string): void {
    const keep = this.byCommit.get(commit);
    this.byCommit.clear();
    if (keep) this.byCommit.set(commit, keep);
  }

  touches(commit: CommitInfo): boolean {
    return commit.files.some((f) => this.paths.matches(f.path));
  }

  /**
   * Before/after states of each commit, oldest first. A commit that does not touch the spec has
   * its first parent's state; only touching commits (and the range's boundary) are read.
   */
  async *walk(
    commits: Iterable<CommitInfo> | AsyncIterable<CommitInfo>,
  ): AsyncGenerator<{ commit: CommitInfo; before: SpecState; after: SpecState; changed: boolean }> {
    for await (const c of commits) {
      const parent = c.parents[0];
      const before = parent ? await this.at(parent) : EMPTY_STATE;
      let after: SpecState;
      if (this.touches(c)) after = await this.at(c.sha);
      else {
        after = before;
        this.set(c.sha, before);
      }
      yield { commit: c, before, after, changed: before.hash.full !== after.hash.full };
    }
  }
}
