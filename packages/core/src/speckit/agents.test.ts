import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { agentEnvironment, buildInvocation, parsePhases, parseUsage, resolveAgent, speckitEnvironment, splitTemplate } from "./agents.js";

describe("agent adapters", () => {
  it("builds each agent's non-interactive command line, with the command the integration installed", () => {
    const spec = "a 'b' \"c\" $(d)";
    expect(buildInvocation({ name: "codex", source: "" }, "$speckit-specify", "specify", spec, "specs/001-x")).toEqual({
      file: "codex",
      args: ["exec", "--json", "--full-auto", `$speckit-specify ${spec}`],
    });
    expect(buildInvocation({ name: "claude", source: "" }, "/speckit-plan", "plan", spec, "specs/001-x").args.slice(0, 4)).toEqual([
      "-p",
      "/speckit-plan",
      "--output-format",
      "json",
    ]);
    expect(buildInvocation({ name: "gemini", source: "" }, "/speckit.tasks", "tasks", spec, "d").args.slice(0, 2)).toEqual([
      "-p",
      "/speckit.tasks",
    ]);
    expect(buildInvocation({ name: "copilot", source: "" }, "/speckit-tasks", "tasks", spec, "d")).toEqual({
      file: "copilot",
      args: ["-p", "/speckit-tasks", "--yolo"],
    });
    expect(
      buildInvocation(
        { name: "command", command: `my-agent --dir={feature_dir} "--name=x y" {phase} {prompt}`, source: "" },
        "/speckit-specify",
        "specify",
        spec,
        "specs/001-x",
      ),
    ).toEqual({ file: "my-agent", args: ["--dir=specs/001-x", "--name=x y", "specify", `/speckit-specify ${spec}`] });
    expect(() => buildInvocation({ name: "command", source: "" }, "/speckit.plan", "plan", "", "d")).toThrow(/no agent-command/);
    expect(() => splitTemplate(`a "b`)).toThrow(/unclosed/);
  });

  it("keeps any spec text one intact argument (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (spec) => {
        const inv = buildInvocation(
          { name: "command", command: "agent --x {prompt} --y", source: "" },
          "/speckit.specify",
          "specify",
          spec,
          "d",
        );
        expect(inv.args).toEqual(["--x", `/speckit.specify ${spec}`, "--y"]);
      }),
    );
  });

  it("orders and checks phases", () => {
    expect(parsePhases([])).toEqual(["specify", "plan", "tasks"]);
    expect(parsePhases(["tasks", "/speckit.specify", "Analyze"])).toEqual(["specify", "tasks", "analyze"]);
    expect(() => parsePhases(["implement"])).toThrow(/unknown Spec Kit phase "implement"/);
  });

  it("chooses the agent: input, SPECPIPE_AGENT, config, default (FR-010)", () => {
    expect(resolveAgent({})).toEqual({ name: "codex", source: "default" });
    expect(resolveAgent({ config: { agent: "gemini" } }).name).toBe("gemini");
    expect(resolveAgent({ env: "claude", config: { agent: "gemini" } })).toMatchObject({ name: "claude", source: "SPECPIPE_AGENT" });
    expect(resolveAgent({ input: "copilot", env: "claude" })).toMatchObject({ name: "copilot", source: "input agent" });
    expect(resolveAgent({ env: "command: my-agent {prompt}" })).toMatchObject({ name: "command", command: "my-agent {prompt}" });
    expect(() => resolveAgent({ input: "gpt" })).toThrow(/unknown agent "gpt"/);
  });

  it("gives the agent only the allowed variables, never the token", () => {
    const { env, refused, missing } = agentEnvironment({
      parentEnv: { PATH: "/bin", OPENAI_API_KEY: "k", GITHUB_TOKEN: "tok", OTHER: "o", SNEAKY: "Bearer tok" },
      allowed: ["OPENAI_API_KEY", "GITHUB_TOKEN", "SNEAKY", "UNSET"],
      home: "/h",
      tmp: "/t",
      token: "tok",
    });
    expect(env).toEqual({
      PATH: "/bin",
      HOME: "/h",
      TMPDIR: "/t",
      LANG: "C.UTF-8",
      CI: "true",
      OPENAI_API_KEY: "k",
    });
    expect(refused).toEqual(["GITHUB_TOKEN", "SNEAKY"]);
    expect(missing).toEqual(["UNSET"]);
    expect(() => agentEnvironment({ parentEnv: {}, allowed: ["A-B"], home: "", tmp: "" })).toThrow(/not a variable name/);
    // Spec Kit's feature variables come from the run, over anything agent-env passed.
    expect(speckitEnvironment({ ...env, SPECIFY_FEATURE: "x" }, { branch: "002-y", dir: "specs/002-y" })).toMatchObject({
      SPECIFY_FEATURE: "002-y",
      SPECIFY_FEATURE_DIRECTORY: "specs/002-y",
    });
  });
});

describe("parseUsage", () => {
  it("reads Codex JSON lines, Claude and Gemini JSON", () => {
    const codex =
      '{"type":"thread.started"}\nnot json\n{"type":"turn.completed","usage":{"input_tokens":120,"cached_input_tokens":20,"output_tokens":30}}\n';
    expect(parseUsage(codex)).toEqual({ tokens: 150 });
    const claude = JSON.stringify({
      type: "result",
      total_cost_usd: 0.0123,
      usage: { input_tokens: 10, output_tokens: 5, cache_read_input_tokens: 100 },
    });
    expect(parseUsage(claude)).toEqual({ tokens: 115, costUsd: 0.0123 });
    const gemini = JSON.stringify({
      response: "ok",
      stats: { models: { "gemini-2.5-pro": { tokens: { total: 900 } }, flash: { tokens: { total: 100 } } } },
    });
    expect(parseUsage(gemini)).toEqual({ tokens: 1000 });
    expect(parseUsage("plain text")).toEqual({});
  });

  it("never throws, never reports negative numbers (property)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const u = parseUsage(text);
        if (u.tokens !== undefined) expect(u.tokens).toBeGreaterThanOrEqual(0);
        if (u.costUsd !== undefined) expect(u.costUsd).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
