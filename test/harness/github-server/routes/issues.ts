/** Issues, their comments and their labels (pull requests are issues too: they share the numbers). */
import { found, validationFailed } from "../errors.js";
import { commentJson, issueJson, labelJson } from "../json.js";
import { read, write, type Need } from "../permissions.js";
import { pagedList, patchText, REPO as R, requireString, stateFilter, type Route, type RouteContext } from "../router.js";
import { tick } from "../state.js";

/** Writes to an issue-or-pull: GitHub accepts either permission when the number is a pull request. */
const issueWrite = (ctx: RouteContext): Need[] => {
  const item = ctx.state.repo(ctx.params.owner, ctx.params.repo)?.issue(Number(ctx.params.number));
  return item?.pull ? [write("issues"), write("pullRequests")] : [write("issues")];
};

function labelsFilter(query: URLSearchParams): string[] {
  return (query.get("labels") ?? "")
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
}

export function labelNames(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [];
  return list.map((entry: unknown) => {
    if (typeof entry === "string") return entry;
    const name = (entry as { name?: unknown } | null)?.name;
    return typeof name === "string" ? name : "";
  });
}

/** The comment named by `:id`, or a 404. */
const commentOf = (ctx: RouteContext) => found(ctx.repo().comments.find((candidate) => candidate.id === ctx.int("id")));

export const ISSUE_ROUTES: Route[] = [
  {
    method: "GET",
    path: `${R}/issues`,
    needs: read("issues"),
    handler: (ctx) => {
      const repo = ctx.repo();
      const wanted = labelsFilter(ctx.query);
      const list = repo.items
        .filter(stateFilter(ctx.query))
        .filter((item) => wanted.every((name) => item.labels.some((label) => label.toLowerCase() === name)))
        .reverse();
      return pagedList(ctx, list, (item) => issueJson(ctx, repo, item));
    },
  },
  {
    method: "POST",
    path: `${R}/issues`,
    needs: write("issues"),
    handler: (ctx) => {
      const repo = ctx.repo();
      const title = requireString(ctx.body, "title", "Issue");
      const item = repo.addIssue({
        title,
        body: typeof ctx.body.body === "string" ? ctx.body.body : null,
        labels: labelNames(ctx.body.labels),
      });
      return { status: 201, body: issueJson(ctx, repo, item) };
    },
  },
  {
    method: "GET",
    path: `${R}/issues/:number(\\d+)`,
    needs: read("issues"),
    handler: (ctx) => {
      const repo = ctx.repo();
      const item = ctx.item();
      return { body: issueJson(ctx, repo, item) };
    },
  },
  {
    method: "PATCH",
    path: `${R}/issues/:number(\\d+)`,
    needs: issueWrite,
    handler: (ctx) => {
      const repo = ctx.repo();
      const item = ctx.item();
      const body = ctx.body;
      patchText(item, body);
      if (body.state === "open" || body.state === "closed") {
        item.state = body.state;
        item.stateReason = body.state === "closed" ? (typeof body.state_reason === "string" ? body.state_reason : "completed") : "reopened";
        item.closedAt = body.state === "closed" ? tick() : null;
      }
      if (Array.isArray(body.labels)) {
        item.labels = [];
        repo.applyLabels(item, labelNames(body.labels));
      }
      item.updatedAt = tick();
      return { body: issueJson(ctx, repo, item) };
    },
  },
  {
    method: "GET",
    path: `${R}/issues/:number(\\d+)/comments`,
    needs: read("issues"),
    handler: (ctx) => {
      const repo = ctx.repo();
      const item = ctx.item();
      return pagedList(ctx, repo.commentsOf(item.number), (comment) => commentJson(ctx, repo, comment));
    },
  },
  {
    method: "POST",
    path: `${R}/issues/:number(\\d+)/comments`,
    needs: issueWrite,
    handler: (ctx) => {
      const repo = ctx.repo();
      const item = ctx.item();
      const body = requireString(ctx.body, "body", "IssueComment");
      const comment = repo.addComment(item.number, { body });
      return { status: 201, body: commentJson(ctx, repo, comment) };
    },
  },
  {
    method: "GET",
    path: `${R}/issues/comments/:id(\\d+)`,
    needs: read("issues"),
    handler: (ctx) => {
      return { body: commentJson(ctx, ctx.repo(), commentOf(ctx)) };
    },
  },
  {
    method: "PATCH",
    path: `${R}/issues/comments/:id(\\d+)`,
    needs: (ctx) => {
      const repo = ctx.state.repo(ctx.params.owner, ctx.params.repo);
      const comment = repo?.comments.find((candidate) => candidate.id === Number(ctx.params.id));
      return comment && repo?.issue(comment.issueNumber)?.pull ? [write("issues"), write("pullRequests")] : write("issues");
    },
    handler: (ctx) => {
      const comment = commentOf(ctx);
      comment.body = requireString(ctx.body, "body", "IssueComment");
      comment.updatedAt = tick();
      return { body: commentJson(ctx, ctx.repo(), comment) };
    },
  },
  {
    method: "POST",
    path: `${R}/issues/:number(\\d+)/labels`,
    needs: issueWrite,
    handler: (ctx) => {
      const repo = ctx.repo();
      const item = ctx.item();
      const names = labelNames(Array.isArray(ctx.body) ? ctx.body : ctx.body.labels);
      if (names.length === 0 || names.some((name) => name === "")) {
        throw validationFailed([{ resource: "Label", field: "labels", code: "missing_field" }]);
      }
      repo.applyLabels(item, names);
      item.updatedAt = tick();
      return { body: item.labels.map((name) => labelJson(repo, name)) };
    },
  },
];
