/** Whether heal may fix what it finds: the `auto-fix` input under PIPELINE_AUTO_FIX_ENABLED. */
import { UserError } from "../errors.js";

/**
 * Auto-fix is gated by PIPELINE_AUTO_FIX_ENABLED (the seed: `=0|1`, default 0): 1 (or true) turns it
 * on, 0 (or false) turns it off whatever the input says, a veto a repository variable holds; unset
 * or empty leaves it to the `auto-fix` input. Any other value is a mistake, not a silent "off".
 */
export function autoFixEnabled(input: boolean, env: NodeJS.ProcessEnv): boolean {
  const raw = env.PIPELINE_AUTO_FIX_ENABLED;
  const v = (raw ?? "").trim().toLowerCase();
  if (v === "") return input;
  if (v === "1" || v === "true") return true;
  if (v === "0" || v === "false") return false;
  throw new UserError(`PIPELINE_AUTO_FIX_ENABLED is "${raw}", which is neither 1 nor 0`, {
    hint: "set it to 1 (auto-fix on), 0 (off, even when auto-fix: true) or leave it empty (the auto-fix input decides)",
    code: "metrics.bad-auto-fix",
  });
}
