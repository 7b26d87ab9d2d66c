import type { Command } from "../command.js";
import { commands as coverage } from "./coverage.js";
import { commands as metrics } from "./metrics.js";
import { commands as playbook } from "./playbook.js";
import { commands as spec } from "./spec.js";
import { commands as speckit } from "./speckit.js";

export const allCommands: Command[] = [...coverage, ...spec, ...playbook, ...metrics, ...speckit];
