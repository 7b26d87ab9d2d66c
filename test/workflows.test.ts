import { promises as fs } from "node:fs";
import * as path from "node:path";
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from "@actions/workflow-parser";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "./harness/run-action.js";

/**
 * Every workflow we ship or run is checked with GitHub's own parser, and every use of one of our
 * actions is checked against that action's action.yml: the action exists, every `with:` key is an
 * input it declares, every required input is given.
 */
async function workflowFiles(): Promise<string[]> {
  const dirs = ["workflows-examples", ".github/workflows"];
  const files: string[] = [];
  for (const d of dirs) {
    const entries = await fs.readdir(path.join(REPO_ROOT, d)).catch(() => [] as string[]);
    for (const f of entries) if (/\.ya?ml$/.test(f)) files.push(path.join(d, f));
  }
  return files.sort();
}

async function actionInputs(name: string): Promise<{ inputs: Record<string, { required?: boolean; default?: unknown }> } | undefined> {
  const file = path.join(REPO_ROOT, "actions", name, "action.yml");
  const text = await fs.readFile(file, "utf8").catch(() => undefined);
  return text === undefined ? undefined : parseYaml(text);
}

/** `uses:` of our actions: ./actions/<name> or <owner>/specpipe/actions/<name>@ref. */
export function ourAction(uses: string): string | undefined {
  return /^(?:\.\/|[^/]+\/specpipe\/)actions\/([a-z0-9-]+)(?:@.+)?$/.exec(uses)?.[1];
}

describe("workflows", async () => {
  const files = await workflowFiles();

  it("there are workflows to check", () => {
    expect(files).toContain("workflows-examples/coverage.yml");
    expect(files).toContain(".github/workflows/ci.yml");
  });

  for (const file of files) {
    it(`${file} parses without errors in GitHub's workflow parser`, async () => {
      const content = await fs.readFile(path.join(REPO_ROOT, file), "utf8");
      const parsed = parseWorkflow({ name: file, content }, new NoOperationTraceWriter());
      const errors = parsed.context.errors.getErrors().map((e) => e.message);
      expect(errors).toEqual([]);
      expect(parsed.value).toBeDefined();
      const template = await convertWorkflowTemplate(parsed.context, parsed.value!);
      expect((template.errors ?? []).map((e: { Message?: string; message?: string }) => e.Message ?? e.message)).toEqual([]);
    });

    it(`${file}: no expression inside run: scripts (untrusted text goes through env:); permissions are explicit`, async () => {
      const wf = parseYaml(await fs.readFile(path.join(REPO_ROOT, file), "utf8"));
      // Top-level permissions must be set (least privilege by default) or every job sets its own.
      const jobs = Object.entries<{ permissions?: unknown; steps?: { run?: string; name?: string }[] }>(wf.jobs ?? {});
      if (wf.permissions === undefined)
        for (const [name, job] of jobs) expect(job.permissions, `${file}: job ${name} has no permissions`).toBeDefined();
      for (const [name, job] of jobs) {
        if (file.startsWith("workflows-examples/"))
          expect(job.permissions, `${file}: job ${name} should say which permissions it needs`).toBeDefined();
        for (const step of job.steps ?? []) {
          if (step.run)
            expect(step.run, `${file} ${name} "${step.name ?? step.run.slice(0, 30)}": use env: instead of \${{ }} in run:`).not.toMatch(
              /\$\{\{/,
            );
        }
      }
    });

    it(`${file}: our actions exist, with: keys are declared inputs, required inputs are given`, async () => {
      const wf = parseYaml(await fs.readFile(path.join(REPO_ROOT, file), "utf8"));
      for (const [jobName, job] of Object.entries<{ steps?: { uses?: string; with?: Record<string, unknown> }[] }>(wf.jobs ?? {})) {
        for (const step of job.steps ?? []) {
          if (!step.uses) continue;
          const name = ourAction(step.uses);
          if (!name) {
            // Third-party actions are pinned by full commit SHA.
            if (!step.uses.startsWith("./")) expect(step.uses, `${file} ${jobName}: ${step.uses}`).toMatch(/@[0-9a-f]{40}$/);
            continue;
          }
          const action = await actionInputs(name);
          expect(action, `${file} ${jobName}: ${step.uses} names no action under actions/`).toBeDefined();
          const declared = Object.keys(action!.inputs ?? {});
          for (const key of Object.keys(step.with ?? {}))
            expect(declared, `${file} ${jobName}: "${key}" is not an input of ${name}`).toContain(key);
          for (const [key, input] of Object.entries(action!.inputs ?? {})) {
            if (input.required && input.default === undefined)
              expect(Object.keys(step.with ?? {}), `${file} ${jobName}: required input "${key}" of ${name} missing`).toContain(key);
          }
        }
      }
    });

    it(`${file}: speckit-run on text from outside the repository's writers runs as propose (read-only) and publish (ADR 0037)`, async () => {
      const wf = parseYaml(await fs.readFile(path.join(REPO_ROOT, file), "utf8"));
      const on = wf.on ?? wf[true as unknown as string];
      const events = typeof on === "string" ? [on] : Array.isArray(on) ? on : Object.keys(on ?? {});
      const outside = events.some((e: string) =>
        ["issues", "issue_comment", "pull_request_target", "discussion", "discussion_comment"].includes(e),
      );
      type Step = { uses?: string; with?: Record<string, unknown> };
      for (const [jobName, job] of Object.entries<{ permissions?: Record<string, string>; steps?: Step[] }>(wf.jobs ?? {})) {
        const speckit = (job.steps ?? []).filter((s) => s.uses && ourAction(s.uses) === "speckit-run");
        for (const step of speckit) {
          const mode = typeof step.with?.mode === "string" ? step.with.mode : "run";
          if (outside) expect(mode, `${file} ${jobName}: speckit-run on ${events.join(", ")} must not be mode run`).not.toBe("run");
          if (mode === "propose") expect(job.permissions, `${file} ${jobName}: the agent's job reads only`).toEqual({ contents: "read" });
          // The publish job runs no agent: nothing installs one there.
          if (mode === "publish")
            expect(
              (job.steps ?? []).some((s) => /npm install -g/.test(String((s as { run?: string }).run ?? ""))),
              `${file} ${jobName}`,
            ).toBe(false);
        }
      }
    });
  }
});
