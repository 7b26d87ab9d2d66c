import type { Command } from "../command.js";
import { parseOptions, repoGit, specPathsOption, specSource } from "../command.js";

/**
 * `specpipe spec hash`: the living spec's content hash (core/spec/hash.ts), as the spec-hash-check action computes it.
 */
const specHash: Command = {
  path: ["spec", "hash"],
  summary: "print the living spec's content hash",
  usage: `Usage: specpipe spec hash [--spec-paths P]... [--full] [--json]

The SHA-256 of the spec (default docs/spec.md; several paths or globs allowed) after removing a
BOM and turning CRLF into LF. Prints the 12-digit short form, or the full hash with --full.
When playbook.yml names the spec (spec:), those paths are the spec, as for every command.
A path that matches no file is an error.
`,
  async run(args, ctx) {
    const { values } = await parseOptions("spec hash", args, { ...specPathsOption, full: { type: "boolean" }, json: { type: "boolean" } });
    const { root } = await repoGit(ctx);
    const { computeSpecHash } = await import("@specpipe/core/spec/hash");
    const { missingSpecError } = await import("@specpipe/core/spec/paths");
    const source = await specSource(root, values);
    const h = await computeSpecHash({ root, paths: source.paths });
    if (h.missing.length || !h.files.length) throw missingSpecError(source, h.missing.length ? h.missing : source.paths);
    if (values.json) ctx.out(JSON.stringify(h) + "\n");
    else ctx.out(`${values.full ? h.full : h.short}\n`);
    return 0;
  },
};

export const commands: Command[] = [specHash];
