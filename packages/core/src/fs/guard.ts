import { closeSync, constants, fstatSync, openSync, promises as fs, readFileSync, realpathSync } from "node:fs";
import * as path from "node:path";
import { UserError } from "../errors.js";

/**
 * The one guard for every path an input, a file or an event names (ARCHITECTURE: trust
 * boundaries). Every action and command resolves such a path with `insideWorkspace` before it reads
 * or writes it:
 * - the path must stay inside the workspace after `..` and absolute paths are resolved;
 * - no existing component of it may be a symlink that leads out of the workspace (a symlinked
 *   folder inside that points inside is fine: real checkouts have them);
 * - with `noSymlink`, the last component itself may not be a symlink at all. Files we edit or
 *   print are opened that way, since a committed `docs/X.md -> /proc/self/environ` would print the
 *   job's secrets.
 * `readRegularFile` then opens with O_NOFOLLOW and reads only regular files, so a symlink swapped
 * in after the check is still refused.
 */
export interface PathGuardOptions {
  /** What the path is, for the error: "coverage-file", "spec-file", "the playbook". */
  what: string;
  /** Refuse a symlink as the last component, even one pointing inside. */
  noSymlink?: boolean;
  /** The hint when the path leaves the workspace (default: give it relative to the workspace). */
  hint?: string;
  /**
   * The path names a file to read or write: not the workspace itself and not an existing folder
   * (writing "." would rename a temporary file, made next to the workspace, over it).
   */
  file?: boolean;
}

export interface GuardedPath {
  /** Absolute path inside the workspace. */
  abs: string;
  /** Relative to the workspace, forward slashes ("." for the workspace itself). */
  rel: string;
}

const realRoots = new Map<string, string>();
function realRoot(root: string): string {
  let r = realRoots.get(root);
  if (r === undefined) {
    try {
      r = realpathSync(root);
    } catch {
      r = path.resolve(root);
    }
    realRoots.set(root, r);
  }
  return r;
}

function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

const toRel = (root: string, abs: string) => path.relative(root, abs).split(path.sep).join("/") || ".";

function outside(input: string, options: PathGuardOptions, detail: string): UserError {
  return new UserError(`${options.what} "${input}" ${detail}`, {
    hint:
      options.hint ??
      `give ${options.what} as a path inside the workspace (relative to the repository root), with no symlink that leads out of it`,
    code: "path.outside-workspace",
  });
}

/**
 * Resolve `input` (relative to `base`, which defaults to `root`) to a path inside `root`, or throw
 * a UserError that names the input. The path need not exist; its existing part is checked.
 */
export async function insideWorkspace(root: string, input: string, options: PathGuardOptions, base: string = root): Promise<GuardedPath> {
  if (input.includes("\0")) throw outside(JSON.stringify(input).slice(1, -1), options, "holds a NUL byte");
  const absRoot = path.resolve(root);
  const abs = path.resolve(base, input);
  if (!isInside(absRoot, abs)) throw outside(input, options, "is outside the workspace");
  const real = realRoot(absRoot);
  // Walk the existing components, checking each symlink's target: the realpath of the deepest
  // existing ancestor must stay inside the workspace's realpath.
  const parts = path.relative(absRoot, abs).split(path.sep).filter(Boolean);
  let current = absRoot;
  for (let i = 0; i < parts.length; i++) {
    current = path.join(current, parts[i]);
    let st;
    try {
      st = await fs.lstat(current);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "ENOTDIR") break;
      throw e;
    }
    if (!st.isSymbolicLink()) continue;
    const last = i === parts.length - 1;
    if (last && options.noSymlink) {
      throw new UserError(`${options.what} "${input}" is a symlink; specpipe does not follow symlinks for the files it reads or writes`, {
        file: toRel(absRoot, current),
        hint: `replace ${toRel(absRoot, current)} with the file itself (git rm the link, commit the real file)`,
        code: "path.symlink",
      });
    }
    let target: string;
    try {
      target = await fs.realpath(current);
    } catch {
      // A dangling link: where it points is not ours to create through.
      throw new UserError(`${options.what} "${input}" goes through a symlink that points nowhere (${toRel(absRoot, current)})`, {
        file: toRel(absRoot, current),
        hint: `remove the symlink ${toRel(absRoot, current)} or point it at a path inside the workspace`,
        code: "path.symlink",
      });
    }
    if (!isInside(real, target)) {
      throw outside(input, options, `goes through the symlink ${toRel(absRoot, current)}, which leads out of the workspace`);
    }
  }
  if (options.file) {
    const st = await fs.lstat(abs).catch(() => undefined);
    if (abs === absRoot || st?.isDirectory()) {
      throw new UserError(`${options.what} "${input}" is ${abs === absRoot ? "the workspace itself" : "a folder"}, not a file`, {
        hint: `give ${options.what} as the path of a file inside the workspace, e.g. .specpipe/out.html`,
        code: "path.not-a-file",
      });
    }
  }
  return { abs, rel: toRel(absRoot, abs) };
}

const NOFOLLOW = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

function symlinkRefused(what: string): UserError {
  return new UserError(`${what} is a symlink; specpipe does not follow symlinks for the files it reads or writes`, {
    file: what,
    hint: "replace the symlink with the file itself",
    code: "path.symlink",
  });
}

function notRegular(what: string): UserError {
  return new UserError(`${what} is not a regular file`, { file: what, hint: "give the path of a regular file", code: "path.not-a-file" });
}

/** What open(2) says about a path that cannot be a file: a UserError, or undefined (a bug, rethrown). */
function openRefused(code: string | undefined, what: string): UserError | undefined {
  if (code === "ELOOP" || code === "EMLINK") return symlinkRefused(what);
  if (code === "EISDIR") return notRegular(what);
  // "docs/README.md/STATUS.md": a folder on the way is a file.
  if (code === "ENOTDIR") {
    return new UserError(`${what} cannot exist: a folder on its path is a file`, {
      file: what,
      hint: "give the path of a file whose folders are folders (check the path input for a file name in the middle)",
      code: "path.not-a-file",
    });
  }
  return undefined;
}

function tooLarge(what: string, size: number, maxBytes: number): UserError {
  return new UserError(`${what} is ${size} bytes, more than the ${maxBytes} this input takes`, {
    file: what,
    hint: `keep ${what} under ${Math.floor(maxBytes / 1048576)} MiB`,
    code: "path.too-large",
  });
}

/**
 * `readRegularFile` for callers that read thousands of small files in a row (spec discovery):
 * the same checks, without a promise round trip per system call.
 */
export function readRegularFileSync(abs: string, what: string, maxBytes?: number): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(abs, NOFOLLOW);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return undefined;
    throw openRefused(code, what) ?? e;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw notRegular(what);
    if (maxBytes !== undefined && st.size > maxBytes) throw tooLarge(what, st.size, maxBytes);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Read a regular file without following a symlink (O_NOFOLLOW), or undefined when it does not exist. */
export async function readRegularFile(abs: string, what: string, maxBytes?: number): Promise<Buffer | undefined> {
  let handle;
  try {
    handle = await fs.open(abs, NOFOLLOW);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return undefined;
    throw openRefused(code, what) ?? e;
  }
  try {
    const st = await handle.stat();
    if (!st.isFile()) throw notRegular(what);
    if (maxBytes !== undefined && st.size > maxBytes) throw tooLarge(what, st.size, maxBytes);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}
