/** The kinds of store (`store: file | git-branch | …`) and how one is opened from the inputs. */
import * as path from "node:path";
import { UserError } from "../errors.js";
import type { GitAuth } from "../git/git.js";
import { GitBranchStore } from "./git-store.js";
import { splitKeyValue } from "./key-value.js";
import { FileStore, type MetricsStore } from "./store.js";

/**
 * What a store is opened with: the action's and the command's store inputs, the same whatever the
 * kind, so a new kind of store (a database) is added here, in `STORES`, without touching either.
 */
export interface StoreConfig {
  /** "file", "git-branch", or a kind added with `registerStore`. */
  kind: string;
  /** The workspace: relative paths are resolved against it. */
  root: string;
  /** file: the JSONL file, relative to root (default .specpipe/metrics.jsonl). */
  path?: string;
  /** git-branch: the remote and branch holding the monthly files, and how to authenticate. */
  remote?: string;
  branch?: string;
  auth?: GitAuth;
  env?: NodeJS.ProcessEnv;
  maxAttempts?: number;
  /** Settings of kinds that need more (`store-options`: "key=value" lines), e.g. a database URL. */
  options?: Readonly<Record<string, string>>;
}

export const DEFAULT_FILE = ".specpipe/metrics.jsonl";

/** Opens a store of one kind; it throws a UserError naming the setting that is missing or wrong. */
export type StoreFactory = (config: StoreConfig) => MetricsStore;

const STORES = new Map<string, StoreFactory>([
  [
    "file",
    (config) => {
      const rel = config.path ?? DEFAULT_FILE;
      const file = path.resolve(config.root, rel);
      const display = path.relative(config.root, file).split(path.sep).join("/");
      return new FileStore({ file, displayPath: display.startsWith("..") ? file : display });
    },
  ],
  [
    "git-branch",
    (config) =>
      new GitBranchStore({
        repoDir: config.root,
        remote: config.remote,
        branch: config.branch,
        auth: config.auth,
        env: config.env,
        maxAttempts: config.maxAttempts,
      }),
  ],
]);

/** Adds a kind of store (`store: <kind>` in the action, `--store <kind>` in the command). */
export function registerStore(kind: string, factory: StoreFactory): void {
  if (STORES.has(kind)) throw new Error(`internal: a store of kind "${kind}" is registered already`);
  STORES.set(kind, factory);
}

export function openStore(config: StoreConfig): MetricsStore {
  return STORES.get(storeKind(config.kind))!(config);
}

export function storeKind(value: string): string {
  if (STORES.has(value)) return value;
  const kinds = [...STORES.keys()].map((k) => `"${k}"`);
  throw new UserError(`unknown store "${value}"`, {
    hint: `use ${kinds.slice(0, -1).join(", ")} or ${kinds.at(-1)}`,
    code: "metrics.bad-store",
  });
}

/** `store-options`: one "key=value" per line (blank lines ignored). */
export function parseStoreOptions(lines: readonly string[]): Record<string, string> {
  const options: Record<string, string> = {};
  for (const line of lines) {
    if (line.trim() === "") continue;
    const kv = splitKeyValue(line, "first");
    if (!kv)
      throw new UserError(`store option "${line}" is not "key=value"`, {
        hint: 'write one "key=value" per line in the store-options input (--store-option KEY=VALUE on the command line)',
        code: "metrics.bad-store-option",
      });
    options[kv[0]] = kv[1];
  }
  return options;
}
