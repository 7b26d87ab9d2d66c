import type { Command } from "../command.js";
import { commands as adr } from "./adr.js";
import { commands as amend } from "./amend.js";
import { commands as backlog } from "./backlog.js";
import { commands as commits } from "./commits.js";
import { commands as coverage } from "./coverage.js";
import { commands as harvest } from "./harvest.js";
import { commands as hooks } from "./hooks.js";
import { commands as init } from "./init.js";
import { commands as metrics } from "./metrics.js";
import { commands as playbook } from "./playbook.js";
import { commands as spec } from "./spec.js";
import { commands as speckit } from "./speckit.js";

/** One file per top-level command word, in the order `specpipe --help` lists them. */
export const allCommands: Command[] = [
  ...coverage,
  ...spec,
  ...commits,
  ...amend,
  ...adr,
  ...hooks,
  ...harvest,
  ...init,
  ...playbook,
  ...metrics,
  ...backlog,
  ...speckit,
];
