/** The built-in routes, one file a resource; a test adds its own with `server.route(...)`. */
import type { Route } from "../router.js";
import { ACTIONS_ROUTES } from "./actions.js";
import { CHECK_ROUTES } from "./checks.js";
import { COLLABORATOR_ROUTES } from "./collaborators.js";
import { ISSUE_ROUTES } from "./issues.js";
import { LABEL_ROUTES } from "./labels.js";
import { PULL_ROUTES } from "./pulls.js";
import { REPO_ROUTES } from "./repos.js";

export const ROUTES: Route[] = [
  ...REPO_ROUTES,
  ...PULL_ROUTES,
  ...ISSUE_ROUTES,
  ...LABEL_ROUTES,
  ...COLLABORATOR_ROUTES,
  ...CHECK_ROUTES,
  ...ACTIONS_ROUTES,
];
