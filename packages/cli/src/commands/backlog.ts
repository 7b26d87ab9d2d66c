import type { Command, CommandContext } from "../command.js";
import { parseOptions, usageError, number, print } from "../command.js";

/**
 * `specpipe backlog merge|next|done|claim|release|block|unblock`: the product and meta backlogs
 * (core/backlog/), their shared state on a branch of the remote.
 */
export const BACKLOG_OPTIONS = {
  product: { type: "string", default: "docs/backlog/product.md" },
  meta: { type: "string", default: "docs/backlog/meta.md" },
  ratio: { type: "string", default: "4" },
  state: { type: "string", default: ".specpipe/backlog-state.json" },
  "state-branch": { type: "string", default: "specpipe-backlog" },
  "git-remote": { type: "string", default: "origin" },
  offline: { type: "boolean", default: false },
} as const;

export const BACKLOG_USAGE = `Backlog options:
  --product FILE        product backlog, a Markdown numbered or checkbox list (default docs/backlog/product.md)
  --meta FILE           meta backlog (default docs/backlog/meta.md)
  --ratio N             product items per meta item (default 4)
  --state-branch NAME   the branch that holds backlog-state.json (default specpipe-backlog), read from
                        and pushed to --git-remote (default origin; token from GITHUB_TOKEN or
                        GH_TOKEN, or the checkout's credentials)
  --state FILE          the local state file: used offline (--offline, --no-push, no remote) and to
                        start the state branch (default .specpipe/backlog-state.json)
  --offline             read the local state file only

An item is held back by a trailing <!-- blocked: reason --> (or "specpipe backlog block"); its turn
goes to the next meta item.`;

const SHARE_OPTIONS = {
  "no-push": { type: "boolean", default: false },
} as const;

async function backlogConfig(
  command: string,
  values: {
    product?: string;
    meta?: string;
    ratio?: string;
    state?: string;
    "state-branch"?: string;
    "git-remote"?: string;
    offline?: boolean;
    "no-push"?: boolean;
  },
  ctx: CommandContext,
) {
  const { githubToken } = await import("@specpipe/core/github/token");
  const token = githubToken(undefined, ctx.env);
  return {
    root: ctx.cwd,
    product: values.product!,
    meta: values.meta!,
    ratio: await number(command, "ratio", values.ratio, 1),
    statePath: values.state,
    stateBranch: values["state-branch"],
    remote: values["git-remote"],
    auth: token ? { token: token.value } : undefined,
    env: ctx.env,
    offline: values.offline === true || values["no-push"] === true,
  };
}

function itemJson(item: { id: string; text: string; source: string; file: string; line: number }, status?: string) {
  return { id: item.id, text: item.text, source: item.source, file: item.file, line: item.line, ...(status ? { status } : {}) };
}

const merge: Command = {
  path: ["backlog", "merge"],
  summary: "show the combined backlog: the queue (product first, one meta item per --ratio), then blocked and done items",
  usage: `Usage: specpipe backlog merge [--json] [options]

${BACKLOG_USAGE}
`,
  async run(args, ctx) {
    const { values } = await parseOptions("backlog merge", args, { ...BACKLOG_OPTIONS, json: { type: "boolean", default: false } });
    const { loadBacklog } = await import("@specpipe/core/backlog/store");
    const { blockedReason, statusOf } = await import("@specpipe/core/backlog/backlog");
    const { logSafe } = await import("@specpipe/core/text/log-safe");
    const { items, merged, state } = await loadBacklog(await backlogConfig("backlog merge", values, ctx));
    const queued = new Set(merged.map((i) => i.id));
    const rest = items.filter((i) => !queued.has(i.id));
    const order = [
      ...merged,
      ...rest.filter((i) => statusOf(i, state) === "blocked"),
      ...rest.filter((i) => statusOf(i, state) === "done"),
    ];
    const rows = order.map((i) => ({
      ...itemJson(i, statusOf(i, state)),
      owner: statusOf(i, state) === "claimed" ? state.claims[i.id]?.owner : undefined,
      reason: blockedReason(i, state),
    }));
    const mark = { done: "x", claimed: "~", blocked: "!", open: " " } as Record<string, string>;
    print(
      ctx,
      values.json,
      rows,
      rows
        .map(
          (r, n) =>
            `${String(n + 1).padStart(3)}. [${mark[r.status!]}] ${r.id} ${r.source.padEnd(7)} ${logSafe(r.text)}${r.owner ? `  (claimed by ${logSafe(r.owner)})` : ""}${r.reason ? `  (blocked: ${logSafe(r.reason)})` : ""}`,
        )
        .join("\n") || "the backlog is empty",
    );
    return 0;
  },
};

const next: Command = {
  path: ["backlog", "next"],
  summary: "the next open item(s) of the combined backlog (--count N for a matrix)",
  usage: `Usage: specpipe backlog next [--json] [--count N] [--require-work] [options]

Prints the next open item (not done, not claimed, not blocked). --count N prints N distinct items,
e.g. for a matrix of parallel jobs (each job then runs "specpipe backlog claim ID"). With no open
item, prints nothing (JSON: [] or null) and exits 0 — unless --require-work is given and items are
left (claimed or blocked): then it says which and why, and exits 1, so that a run that can do no
work while work remains fails instead of passing.

${BACKLOG_USAGE}
`,
  async run(args, ctx) {
    const { values } = await parseOptions("backlog next", args, {
      ...BACKLOG_OPTIONS,
      json: { type: "boolean", default: false },
      count: { type: "string" },
      "require-work": { type: "boolean", default: false },
    });
    const count = (await number("backlog next", "count", values.count, 1)) ?? 1;
    const { loadBacklog } = await import("@specpipe/core/backlog/store");
    const { blockedReason, nextItems, statusOf } = await import("@specpipe/core/backlog/backlog");
    const { logSafe } = await import("@specpipe/core/text/log-safe");
    const { items, merged, state, stateFrom } = await loadBacklog(await backlogConfig("backlog next", values, ctx));
    const found = nextItems(merged, state, Math.floor(count));
    if (found.length === 0 && values["require-work"]) {
      const claimed = items.filter((i) => statusOf(i, state) === "claimed");
      const blocked = items.filter((i) => statusOf(i, state) === "blocked");
      if (claimed.length + blocked.length > 0) {
        const { UserError } = await import("@specpipe/core/errors");
        const why = [
          ...claimed.map((i) => `${i.id} claimed by ${logSafe(state.claims[i.id].owner)}`),
          ...blocked.map((i) => `${i.id} blocked: ${logSafe(blockedReason(i, state) ?? "")}`),
        ];
        throw new UserError(
          `no backlog item is open, and ${claimed.length + blocked.length} are left (${stateFrom}): ${why.slice(0, 5).join("; ")}${why.length > 5 ? "; …" : ""}`,
          {
            hint: 'unblock an item (remove its <!-- blocked: … --> or run "specpipe backlog unblock ID"), or release a claim whose job ended ("specpipe backlog release ID"); a claim lapses by itself after its --ttl-hours',
            code: "backlog.no-open-work",
          },
        );
      }
    }
    const shown = found.map((i) => itemJson(i));
    const value = values.count === undefined ? (shown[0] ?? null) : shown;
    print(ctx, values.json, value, shown.map((i) => `${i.id} ${logSafe(i.text)}`).join("\n"));
    return 0;
  },
};

function shareFlags(values: { "no-push"?: boolean }) {
  return { push: !values["no-push"] };
}

/** `backlog done` and `backlog release`: one item ID, a state change committed and pushed (unless --no-push). */
function itemCommand(word: "done" | "release", summary: string, said: string): Command {
  const command = `backlog ${word}`;
  return {
    path: ["backlog", word],
    summary,
    usage: `Usage: specpipe ${command} ID [--no-push] [options]

${BACKLOG_USAGE}
`,
    async run(args, ctx) {
      const { values, positionals } = await parseOptions(
        command,
        args,
        { ...BACKLOG_OPTIONS, ...SHARE_OPTIONS, json: { type: "boolean", default: false } },
        true,
      );
      if (positionals.length !== 1) return usageError(command, "give exactly one item ID", 'see "specpipe backlog merge" for the ids');
      const store = await import("@specpipe/core/backlog/store");
      const { logSafe } = await import("@specpipe/core/text/log-safe");
      const outcome = await store[word](await backlogConfig(command, values, ctx), positionals[0], shareFlags(values));
      print(ctx, values.json, { ...outcome, state: undefined }, `${said}: ${outcome.item.id} ${logSafe(outcome.item.text)}`);
      return 0;
    },
  };
}

const doneCmd = itemCommand("done", "mark a backlog item done (committed to the state branch and pushed unless --no-push)", "done");
const releaseCmd = itemCommand("release", "give a claim back (the job failed): the item is open again for the next run", "released");

function blockCommand(unblock: boolean): Command {
  const word = unblock ? "unblock" : "block";
  return {
    path: ["backlog", word],
    summary: unblock ? "let a blocked item go back into the queue" : "hold an item back (--reason); its turn goes to the next meta item",
    usage: `Usage: specpipe backlog ${word} ID${unblock ? "" : ' --reason "…"'} [--no-push] [options]

${unblock ? "Removes the state's block (a <!-- blocked: … --> marker is removed by editing the file)." : "Records the block in the backlog state (or write <!-- blocked: reason --> at the end of the item)."}

${BACKLOG_USAGE}
`,
    async run(args, ctx) {
      const { values, positionals } = await parseOptions(
        `backlog ${word}`,
        args,
        { ...BACKLOG_OPTIONS, ...SHARE_OPTIONS, reason: { type: "string" }, json: { type: "boolean", default: false } },
        true,
      );
      if (positionals.length !== 1)
        return usageError(`backlog ${word}`, "give exactly one item ID", 'see "specpipe backlog merge" for the ids');
      if (!unblock && !values.reason?.trim())
        return usageError("backlog block", "--reason is required", 'pass --reason "what it waits for"');
      const { block } = await import("@specpipe/core/backlog/store");
      const { logSafe } = await import("@specpipe/core/text/log-safe");
      const outcome = await block(
        await backlogConfig(`backlog ${word}`, values, ctx),
        positionals[0],
        unblock ? undefined : values.reason!.trim(),
        shareFlags(values),
      );
      print(ctx, values.json, { ...outcome, state: undefined }, `${word}ed: ${outcome.item.id} ${logSafe(outcome.item.text)}`);
      return 0;
    },
  };
}

const claimCmd: Command = {
  path: ["backlog", "claim"],
  summary: "claim a backlog item for this run (committed to the state branch and pushed with retry: one owner wins)",
  usage: `Usage: specpipe backlog claim ID [--owner NAME] [--ttl-hours H] [--no-push] [options]

Exit code 0 when this run owns the item; 3 when another run owns it, or it is done or blocked (take
another: the message names the next open item). A claim lapses after --ttl-hours (default 12), so an
item whose job died is taken again by a later run.

${BACKLOG_USAGE}
`,
  async run(args, ctx) {
    const { values, positionals } = await parseOptions(
      "backlog claim",
      args,
      {
        ...BACKLOG_OPTIONS,
        ...SHARE_OPTIONS,
        owner: { type: "string" },
        "ttl-hours": { type: "string" },
        json: { type: "boolean", default: false },
      },
      true,
    );
    if (positionals.length !== 1)
      return usageError("backlog claim", "give exactly one item ID", 'see "specpipe backlog next --json" for the ids');
    const env = ctx.env;
    const owner =
      values.owner ??
      (env.GITHUB_RUN_ID
        ? `run ${env.GITHUB_RUN_ID}/${env.GITHUB_RUN_ATTEMPT ?? "1"}${env.GITHUB_JOB ? ` ${env.GITHUB_JOB}` : ""}`
        : `${env.USER ?? "someone"} pid ${process.pid}`);
    const ttlHours = await number("backlog claim", "ttl-hours", values["ttl-hours"]);
    const { claim, loadBacklog } = await import("@specpipe/core/backlog/store");
    const { nextItems } = await import("@specpipe/core/backlog/backlog");
    const { logSafe } = await import("@specpipe/core/text/log-safe");
    const config = await backlogConfig("backlog claim", values, ctx);
    const outcome = await claim(
      config,
      positionals[0],
      owner,
      shareFlags(values),
      new Date(),
      ttlHours === undefined ? undefined : ttlHours * 3_600_000,
    );
    if (outcome.ok) {
      print(
        ctx,
        values.json,
        { claimed: true, owner, item: itemJson(outcome.item), attempts: outcome.attempts },
        `claimed ${outcome.item.id} for ${logSafe(owner)}: ${logSafe(outcome.item.text)}`,
      );
      return 0;
    }
    const { merged } = await loadBacklog(config);
    const other = nextItems(merged, outcome.state, 1)[0];
    const why =
      outcome.reason === "done"
        ? "is already done"
        : outcome.reason === "blocked"
          ? "is blocked"
          : `is claimed by ${logSafe(outcome.owner ?? "")}`;
    if (values.json)
      ctx.out(
        JSON.stringify(
          {
            claimed: false,
            reason: outcome.reason,
            owner: outcome.owner,
            item: itemJson(outcome.item),
            next: other ? itemJson(other) : null,
          },
          null,
          2,
        ) + "\n",
      );
    ctx.err(
      `specpipe: backlog item ${outcome.item.id} ${why}. Take another${other ? `: next open is ${other.id} ${logSafe(other.text)}` : "; no open item is left"}\n`,
    );
    return 3;
  },
};

export const commands: Command[] = [merge, next, doneCmd, claimCmd, releaseCmd, blockCommand(false), blockCommand(true)];
