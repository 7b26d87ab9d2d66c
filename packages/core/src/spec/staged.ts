import picomatch from "picomatch";
import { CatFile } from "../commits/catfile.js";
import type { Git } from "../git/git.js";
import { DEFAULT_SPEC_PATHS } from "./hash.js";
import { EMPTY_STATE, SpecPaths, SpecReader, type SpecState } from "./history.js";
import { hashSpecContents } from "./hash.js";

/**
 * The spec as it stands in the index (what the next commit will hold) and at HEAD: what the
 * git hooks compare. One `git ls-files` (only for globs) and one `git cat-file --batch`.
 */
export async function stagedSpec(
  git: Git,
  paths: readonly string[] = DEFAULT_SPEC_PATHS,
): Promise<{
  staged: SpecState;
  head: SpecState;
  playbookStaged: (p: string) => Promise<boolean>;
  /** The given paths (literal or glob) that match nothing in the index. */
  missing: (paths: readonly string[]) => string[];
  close(): void;
  cat: CatFile;
}> {
  const sp = new SpecPaths(paths);
  const cat = new CatFile(git);
  const candidates = new Set(sp.literals);
  if (sp.globs.length) {
    const out = await git.run(["ls-files", "-z", "--cached"]);
    const matchers = sp.globs.map((g) => picomatch(g.pattern, { dot: true }));
    for (const f of out.split("\0")) if (f && matchers.some((m) => m(f))) candidates.add(f);
  }
  const files: { path: string; oid: string; content: Buffer }[] = [];
  for (const p of candidates) {
    const obj = await cat.read(`:${p}`);
    if (obj?.type === "blob") files.push({ path: p, oid: obj.oid, content: obj.content });
  }
  files.sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));
  const staged: SpecState = files.length ? { hash: hashSpecContents(files), files } : EMPTY_STATE;
  const headSha = await git.revParse("HEAD");
  const head = headSha ? await new SpecReader(cat, sp).at(headSha) : EMPTY_STATE;
  return {
    staged,
    head,
    cat,
    playbookStaged: async (p: string) => (await cat.read(`:${p}`))?.type === "blob",
    missing: (list) =>
      list.filter((p) => {
        const one = new SpecPaths([p]);
        return !files.some((f) => one.matches(f.path));
      }),
    close: () => cat.close(),
  };
}
