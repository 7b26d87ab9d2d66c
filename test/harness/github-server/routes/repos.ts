/** GET /repos/:owner/:repo. */
import { repoJson } from "../json.js";
import { read } from "../permissions.js";
import { REPO, type Route } from "../router.js";

export const REPO_ROUTES: Route[] = [
  {
    method: "GET",
    path: REPO,
    needs: read("metadata"),
    handler: (ctx) => ({ body: repoJson(ctx, ctx.repo()) }),
  },
];
