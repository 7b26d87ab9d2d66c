/** Pull requests: list, create, get, update. */
import { HttpError, validationFailed } from "../errors.js";
import { pullJson } from "../json.js";
import { read, write } from "../permissions.js";
import { pagedList, patchText, REPO as R, requireString, stateFilter, type Route } from "../router.js";
import { tick } from "../state.js";

/** `owner:ref` as GitHub takes a pull request's head: [owner, ref], the owner `defaultOwner` when not given. */
function splitHead<T>(head: string, defaultOwner: T): [string | T, string] {
  const colon = head.indexOf(":");
  return colon === -1 ? [defaultOwner, head] : [head.slice(0, colon), head.slice(colon + 1)];
}

export const PULL_ROUTES: Route[] = [
  {
    method: "GET",
    path: `${R}/pulls`,
    needs: read("pullRequests"),
    handler: (ctx) => {
      const repo = ctx.repo();
      const head = ctx.query.get("head");
      const base = ctx.query.get("base");
      const [headOwner, headRef] = head === null ? [undefined, null] : splitHead(head, undefined);
      const pulls = repo
        .pulls()
        .filter(stateFilter(ctx.query))
        .filter(
          (item) =>
            !headRef || (item.pull!.head === headRef && (!headOwner || item.pull!.headOwner.toLowerCase() === headOwner.toLowerCase())),
        )
        .filter((item) => !base || item.pull!.base === base)
        .reverse();
      return pagedList(ctx, pulls, (item) => pullJson(ctx, repo, item));
    },
  },
  {
    method: "POST",
    path: `${R}/pulls`,
    needs: write("pullRequests"),
    handler: (ctx) => {
      const repo = ctx.repo();
      if (ctx.options.allowActionsToCreatePullRequests === false) {
        throw new HttpError(403, {
          message: "GitHub Actions is not permitted to create or approve pull requests.",
          documentation_url: "https://docs.github.com/rest/pulls/pulls#create-a-pull-request",
          status: "403",
        });
      }
      const title = requireString(ctx.body, "title", "PullRequest");
      const head = requireString(ctx.body, "head", "PullRequest");
      const base = requireString(ctx.body, "base", "PullRequest");
      const [headOwner, headRef] = splitHead(head, repo.owner);
      if (headRef === base && headOwner.toLowerCase() === repo.owner.toLowerCase()) {
        throw validationFailed([{ resource: "PullRequest", code: "custom", message: `No commits between ${base} and ${headRef}` }]);
      }
      const existing = repo
        .pulls()
        .find(
          (item) =>
            item.state === "open" &&
            item.pull!.head === headRef &&
            item.pull!.headOwner.toLowerCase() === headOwner.toLowerCase() &&
            item.pull!.base === base,
        );
      if (existing) {
        throw validationFailed([
          { resource: "PullRequest", code: "custom", message: `A pull request already exists for ${headOwner}:${headRef}.` },
        ]);
      }
      const item = repo.addPull({
        title,
        head: headRef,
        headOwner,
        base,
        body: typeof ctx.body.body === "string" ? ctx.body.body : null,
        draft: ctx.body.draft === true,
      });
      return { status: 201, body: pullJson(ctx, repo, item) };
    },
  },
  {
    method: "GET",
    path: `${R}/pulls/:number(\\d+)`,
    needs: read("pullRequests"),
    handler: (ctx) => {
      const repo = ctx.repo();
      const item = ctx.item("pull");
      return { body: pullJson(ctx, repo, item) };
    },
  },
  {
    method: "PATCH",
    path: `${R}/pulls/:number(\\d+)`,
    needs: write("pullRequests"),
    handler: (ctx) => {
      const repo = ctx.repo();
      const item = ctx.item("pull");
      const body = ctx.body;
      patchText(item, body);
      if (typeof body.base === "string") item.pull!.base = body.base;
      if (body.state === "open" || body.state === "closed") {
        item.state = body.state;
        item.closedAt = body.state === "closed" ? tick() : null;
      }
      item.updatedAt = tick();
      return { body: pullJson(ctx, repo, item) };
    },
  },
];
