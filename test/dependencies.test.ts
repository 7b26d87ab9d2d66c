import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * Dependency hygiene, read from the sources: each package declares what its code imports, the
 * packages that only tests use are dev dependencies, nothing is declared that nothing uses, and
 * every `exports` target exists.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  exports?: Record<string, string>;
}
const manifest = (dir: string) => JSON.parse(readFileSync(path.join(ROOT, dir, "package.json"), "utf8")) as Manifest;

/** Tools run as commands or loaded by another tool by name, never imported by our code. */
const TOOLS: Record<string, string> = {
  node: "the Node 24 binary that npm scripts run on (ADR 0028)",
  typescript: "tsc, and ncc's TypeScript (imported by one test too)",
  "@vercel/ncc": "the bundler, loaded by scripts/build.mjs through require",
  vitest: "the test runner",
  "@vitest/coverage-v8": "vitest's v8 coverage provider, loaded by vitest in test/harness/playbook-reports.ts",
  "@commitlint/cli": "the commitlint command, run by the agreement tests",
  eslint: "npm run lint",
  "@eslint/js": "eslint.config.mjs",
  "typescript-eslint": "eslint.config.mjs",
  "eslint-config-prettier": "eslint.config.mjs",
  globals: "eslint.config.mjs",
  prettier: "npm run lint",
};

function walk(dir: string, acc: string[] = []): string[] {
  if (!existsSync(dir)) return acc;
  for (const f of readdirSync(dir)) {
    if (f === "node_modules" || f === "fixtures") continue;
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) walk(p, acc);
    else if (/\.(ts|mts|mjs|js)$/.test(f) && !f.endsWith(".d.ts") && !f.endsWith(".d.mts")) acc.push(p);
  }
  return acc;
}

/** The package names a file imports (static, dynamic and type imports), without node: builtins. */
function importedPackages(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
  return info.importedFiles
    .map((f) => f.fileName)
    .filter((n) => !n.startsWith(".") && !n.startsWith("/") && !n.startsWith("node:"))
    .map((n) => (n.startsWith("@") ? n.split("/").slice(0, 2).join("/") : n.split("/")[0]));
}

const isTest = (file: string) => file.endsWith(".test.ts") || file.includes(`${path.sep}test${path.sep}`);

function importsOf(files: string[]): Map<string, string> {
  const seen = new Map<string, string>();
  for (const f of files) for (const p of importedPackages(f)) if (!seen.has(p)) seen.set(p, path.relative(ROOT, f));
  return seen;
}

const WORKSPACES = ["packages/core", "packages/action-kit", "packages/cli"];

describe("dependencies", () => {
  for (const ws of WORKSPACES) {
    it(`${ws} declares every package its code imports`, () => {
      const m = manifest(ws);
      const files = walk(path.join(ROOT, ws, "src")).filter((f) => !isTest(f));
      expect(files.length).toBeGreaterThan(0);
      const missing = [...importsOf(files)].filter(([p]) => !(p in (m.dependencies ?? {}))).map(([p, f]) => `${p} (${f})`);
      expect(missing).toEqual([]);
    });

    it(`${ws} declares nothing its code does not import`, () => {
      const m = manifest(ws);
      const used = importsOf(walk(path.join(ROOT, ws, "src")).filter((f) => !isTest(f)));
      expect(Object.keys(m.dependencies ?? {}).filter((d) => !used.has(d))).toEqual([]);
    });

    it(`${ws}'s exports point at files that exist`, () => {
      const m = manifest(ws);
      for (const [key, target] of Object.entries(m.exports ?? {})) {
        if (target.includes("*")) {
          const [dir, ext] = [path.dirname(target), path.extname(target)];
          const matches = readdirSync(path.join(ROOT, ws, dir)).filter((f) => f.endsWith(ext));
          expect([key, matches.length > 0]).toEqual([key, true]);
        } else expect([key, existsSync(path.join(ROOT, ws, target))]).toEqual([key, true]);
      }
    });
  }

  it("the actions' runtime imports are root dependencies, not dev dependencies", () => {
    const root = manifest(".");
    const files = walk(path.join(ROOT, "actions")).filter((f) => !isTest(f));
    const missing = [...importsOf(files)].filter(([p]) => !(p in (root.dependencies ?? {}))).map(([p, f]) => `${p} (${f})`);
    expect(missing).toEqual([]);
  });

  it("tests, benches and scripts import only declared packages", () => {
    const root = manifest(".");
    const declared = new Set([
      ...Object.keys(root.dependencies ?? {}),
      ...Object.keys(root.devDependencies ?? {}),
      ...WORKSPACES.flatMap((ws) => Object.keys(manifest(ws).dependencies ?? {})),
    ]);
    const files = [
      ...walk(path.join(ROOT, "test")),
      ...walk(path.join(ROOT, "bench")),
      ...walk(path.join(ROOT, "scripts")),
      ...walk(path.join(ROOT, "packages")).filter(isTest),
      ...walk(path.join(ROOT, "actions")).filter(isTest),
      path.join(ROOT, "vitest.config.ts"),
      path.join(ROOT, "eslint.config.mjs"),
    ];
    // A types-only package (import type … from "mdast") is declared as its @types package.
    const missing = [...importsOf(files)]
      .filter(([p]) => !declared.has(p) && !declared.has(`@types/${p.replace(/^@(.+)\/(.+)$/, "$1__$2")}`))
      .map(([p, f]) => `${p} (${f})`);
    expect(missing).toEqual([]);
  });

  it("every root package is imported somewhere or is a named tool", () => {
    const root = manifest(".");
    const files = [
      ...walk(path.join(ROOT, "actions")),
      ...walk(path.join(ROOT, "packages")),
      ...walk(path.join(ROOT, "test")),
      ...walk(path.join(ROOT, "bench")),
      ...walk(path.join(ROOT, "scripts")),
      path.join(ROOT, "vitest.config.ts"),
      path.join(ROOT, "eslint.config.mjs"),
    ];
    const used = importsOf(files);
    const typesUsed = (d: string) => d.startsWith("@types/") && used.has(d.slice("@types/".length).replace(/^(.+)__(.+)$/, "@$1/$2"));
    const unused = [...Object.keys(root.dependencies ?? {}), ...Object.keys(root.devDependencies ?? {})].filter(
      (d) => !used.has(d) && !(d in TOOLS) && !typesUsed(d) && d !== "@types/node",
    );
    expect(unused).toEqual([]);
  });

  it("packages that only tests import are dev dependencies", () => {
    const root = manifest(".");
    const runtime = importsOf(
      [...WORKSPACES.flatMap((ws) => walk(path.join(ROOT, ws, "src"))), ...walk(path.join(ROOT, "actions"))].filter((f) => !isTest(f)),
    );
    const testOnly = Object.keys(root.dependencies ?? {}).filter((d) => !runtime.has(d));
    expect(testOnly).toEqual([]);
  });
});
