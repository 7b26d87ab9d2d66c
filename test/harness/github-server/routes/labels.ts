/** Repository labels: list, get, create. */
import { found, validationFailed } from "../errors.js";
import { labelJson } from "../json.js";
import { read, write } from "../permissions.js";
import { pagedList, REPO as R, requireString, type Route } from "../router.js";

export const LABEL_ROUTES: Route[] = [
  {
    method: "GET",
    path: `${R}/labels`,
    needs: read("issues"),
    handler: (ctx) => {
      const repo = ctx.repo();
      return pagedList(ctx, repo.labels, (label) => labelJson(repo, label.name));
    },
  },
  {
    method: "GET",
    path: `${R}/labels/:name`,
    needs: read("issues"),
    handler: (ctx) => {
      const repo = ctx.repo();
      return { body: labelJson(repo, found(repo.label(ctx.params.name)).name) };
    },
  },
  {
    method: "POST",
    path: `${R}/labels`,
    needs: [write("issues"), write("pullRequests")],
    handler: (ctx) => {
      const repo = ctx.repo();
      const name = requireString(ctx.body, "name", "Label");
      if (repo.label(name)) throw validationFailed([{ resource: "Label", code: "already_exists", field: "name" }]);
      const color = typeof ctx.body.color === "string" ? ctx.body.color.replace(/^#/, "") : undefined;
      if (color !== undefined && !/^[0-9a-fA-F]{6}$/.test(color)) {
        throw validationFailed([{ resource: "Label", code: "invalid", field: "color" }]);
      }
      const label = repo.addLabel({ name, color, description: typeof ctx.body.description === "string" ? ctx.body.description : null });
      return { status: 201, body: labelJson(repo, label.name) };
    },
  },
];
