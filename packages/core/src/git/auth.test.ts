import { promises as fs } from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGitServer, type GitServer } from "../../../../test/harness/git-http-server.js";
import { startGitHubServer, type GitHubServer } from "../../../../test/harness/github-server.js";
import { createRepo, TEST_ENV, tempDir, type TestRepo } from "../../../../test/harness/repo.js";
import { Git } from "./git.js";

/**
 * The rule "add our token only when actions/checkout did not persist its own": over real git
 * smart HTTP that, like github.com, refuses a request carrying two Authorization headers.
 */
let github: GitHubServer;
let server: GitServer;
let origin: TestRepo;
const dirs: string[] = [];

beforeAll(async () => {
  github = await startGitHubServer();
  server = await startGitServer(github);
  origin = await createRepo({ files: { "a.txt": "a\n" } });
  github.state.addRepo({ owner: "acme", name: "widgets", private: true });
  server.addRepo("acme/widgets", origin.remote);
});
afterAll(async () => {
  await server.close();
  await github.close();
  await origin.cleanup();
  await Promise.all(dirs.map((d) => fs.rm(d, { recursive: true, force: true })));
});

/** A clone as actions/checkout leaves it: with its token as an extraheader in .git/config, or none. */
async function checkout(persisted: string | undefined): Promise<Git> {
  const root = tempDir("specpipe-auth-");
  dirs.push(root);
  const dir = path.join(root, "work");
  const url = `${server.url}/acme/widgets`;
  const header = (token: string) => `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString("base64")}`;
  const cloner = new Git({ cwd: root, env: TEST_ENV });
  const reader = github.issueToken({ permissions: { contents: "read" } });
  await cloner.run(["-c", `http.${server.url}/.extraheader=${header(reader)}`, "clone", "--quiet", url, dir]);
  const git = new Git({ cwd: dir, env: TEST_ENV });
  if (persisted) await git.run(["config", "--local", `http.${server.url}/.extraheader`, header(persisted)]);
  await fs.writeFile(path.join(dir, `${Math.random().toString(36).slice(2)}.txt`), "x\n");
  await git.run(["add", "--all"]);
  await git.run(["commit", "--quiet", "-m", "chore: change"]);
  return git;
}

const pushes = () => server.requests.filter((r) => r.service === "git-receive-pack" && r.status === 200);

describe("Git.withAuth and the checkout's persisted credential", () => {
  it("without one, sends our token", async () => {
    const ours = github.issueToken({ permissions: { contents: "write" } });
    const git = await checkout(undefined);
    expect(await git.hasPersistedCredential()).toBe(false);
    const r = await git.withAuth({ token: ours }).push("origin", ["HEAD:refs/heads/main"]);
    expect(r.code, r.stderr.toString()).toBe(0);
    expect(pushes().at(-1)?.token).toBe(ours);
  });

  it("with one, leaves ours out: one Authorization header, the checkout's", async () => {
    const persisted = github.issueToken({ permissions: { contents: "write" } });
    const ours = github.issueToken({ permissions: { contents: "write" } });
    const git = await checkout(persisted);
    expect(await git.hasPersistedCredential()).toBe(true);
    // The harness refuses two headers as GitHub does: what adding ours anyway would get.
    const both = await git.raw(
      [
        "-c",
        `http.${server.url}/.extraheader=AUTHORIZATION: basic ${Buffer.from(`x-access-token:${ours}`).toString("base64")}`,
        "push",
        "origin",
        "HEAD:refs/heads/main",
      ],
      { network: true },
    );
    expect(both.code).not.toBe(0);
    expect(both.stderr.toString()).toContain('Duplicate header: "Authorization"');
    // Ours for the same URL, the key git would send beside the checkout's.
    const r = await git.withAuth({ token: ours, urlPrefix: `${server.url}/` }).push("origin", ["HEAD:refs/heads/main"]);
    expect(r.code, r.stderr.toString()).toBe(0);
    expect(pushes().at(-1)?.token).toBe(persisted);
    // Nothing of ours was written to the clone's config.
    expect(await fs.readFile(path.join(git.cwd, ".git/config"), "utf8")).not.toContain(
      Buffer.from(`x-access-token:${ours}`).toString("base64"),
    );
  });

  it("counts a credential in an included file (checkout v6 keeps it outside .git/config), not other extraheaders", async () => {
    const persisted = github.issueToken({ permissions: { contents: "write" } });
    const git = await checkout(undefined);
    await git.run(["config", "--local", `http.${server.url}/.extraheader`, "X-Trace: 1"]);
    expect(await git.hasPersistedCredential()).toBe(false);
    const file = path.join(path.dirname(git.cwd), "credentials.config");
    await fs.writeFile(
      file,
      `[http "${server.url}/"]\n\textraheader = AUTHORIZATION: basic ${Buffer.from(`x-access-token:${persisted}`).toString("base64")}\n`,
    );
    await git.run(["config", "--local", `includeIf.gitdir:${path.join(git.cwd, ".git")}.path`, file]);
    const fresh = new Git({ cwd: git.cwd, env: TEST_ENV });
    expect(await fresh.hasPersistedCredential()).toBe(true);
    const ours = github.issueToken({ permissions: { contents: "write" } });
    const r = await fresh.withAuth({ token: ours, urlPrefix: `${server.url}/` }).push("origin", ["HEAD:refs/heads/main"]);
    expect(r.code, r.stderr.toString()).toBe(0);
    expect(pushes().at(-1)?.token).toBe(persisted);
  });
});
