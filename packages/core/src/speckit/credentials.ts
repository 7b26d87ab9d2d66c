import { promises as fs } from "node:fs";
import * as path from "node:path";

/**
 * Credentials a checkout left on disk, out of the agent's reach while it runs (ADR 0031).
 * `actions/checkout` with `persist-credentials` (its default) writes the job's token into the
 * checkout's `.git/config` as an `http.<url>.extraheader`, or into a file that config includes,
 * with the umask's modes: readable by every user who can reach the folder, the agent's user
 * included. While the agent runs, such files lose their group and other permissions; afterwards
 * they get their modes back. Only files holding an extraheader are touched, and only their modes.
 */
export interface HiddenCredentials {
  files: string[];
  restore(): Promise<void>;
}

const HOLDS_CREDENTIALS = /^\s*extraheader\s*=|\bAUTHORIZATION\s*:/im;

export async function hideCheckoutCredentials(checkout: string | undefined): Promise<HiddenCredentials> {
  const hidden: { file: string; mode: number }[] = [];
  const restore = async () => {
    for (const h of hidden.splice(0)) await fs.chmod(h.file, h.mode).catch(() => {});
  };
  if (!checkout) return { files: [], restore };
  const config = path.join(checkout, ".git", "config");
  const candidates = [config];
  const text = await fs.readFile(config, "utf8").catch(() => undefined);
  if (text === undefined) return { files: [], restore };
  // Files the config includes (checkout v6 keeps the credential in one, under RUNNER_TEMP).
  for (const m of text.matchAll(/^\s*path\s*=\s*(.+?)\s*$/gim))
    candidates.push(path.resolve(path.dirname(config), m[1].replace(/^"|"$/g, "")));
  for (const file of candidates) {
    const st = await fs.lstat(file).catch(() => undefined);
    if (!st?.isFile() || (st.mode & 0o077) === 0) continue;
    const body = file === config ? text : await fs.readFile(file, "utf8").catch(() => "");
    if (!HOLDS_CREDENTIALS.test(body)) continue;
    await fs.chmod(file, st.mode & 0o700);
    hidden.push({ file, mode: st.mode & 0o7777 });
  }
  return { files: hidden.map((h) => h.file), restore };
}
