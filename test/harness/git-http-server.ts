import { spawn } from "node:child_process";
import { chmodSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import type { GitHubServer } from "./github-server.js";
import { tempDir } from "./repo.js";

/**
 * Git over smart HTTP for tests, the way github.com serves it to a workflow: real `git
 * http-backend` behind a server that checks the `Authorization` header against the tokens of the
 * local GitHub server (`x-access-token:<token>`, as actions/checkout sends it), so that a job's
 * `permissions:` decide what git may do:
 *
 * - fetching a private repository needs a token with `contents: read`; pushing needs `contents: write`
 *   (403 "Permission to owner/repo.git denied" otherwise, 401 for an unknown token);
 * - a request carrying two `Authorization` headers is refused with GitHub's 400
 *   `Duplicate header: "Authorization"` (what happens when a step adds its own credential on top
 *   of the one actions/checkout persisted);
 * - `protectBranch` installs a pre-receive hook that refuses updates of that branch with GitHub's
 *   GH006 message, as branch protection does.
 *
 * URLs are `${url}/owner/name` (with or without `.git`), as actions/checkout builds them from
 * GITHUB_SERVER_URL.
 */
export interface GitServer {
  readonly url: string;
  /** Serve this bare repository as owner/name (the GitHub server must know the repository). */
  addRepo(fullName: string, bareDir: string): void;
  /** Refuse pushes that update this branch, as a protected branch does. */
  protectBranch(fullName: string, branch: string): void;
  /** Every request: what it asked and how it was answered. */
  readonly requests: { service: string; repo: string; status: number; token?: string }[];
  close(): Promise<void>;
}

export async function startGitServer(github: GitHubServer): Promise<GitServer> {
  const root = tempDir("specpipe-git-server-");
  const repos = new Map<string, string>();
  const requests: GitServer["requests"] = [];

  function refuse(res: http.ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
    res.writeHead(status, { "content-type": "text/plain", ...headers });
    res.end(`${message}\n`);
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const parsed = new URL(req.url ?? "/", "http://localhost");
    const match = /^\/([^/]+)\/([^/]+?)(?:\.git)?(\/info\/refs|\/git-upload-pack|\/git-receive-pack)$/.exec(parsed.pathname);
    if (!match) return refuse(res, 404, "Not Found");
    const [, owner, name, tail] = match;
    const fullName = `${owner}/${name}`.toLowerCase();
    const service = tail === "/info/refs" ? (parsed.searchParams.get("service") ?? "") : tail.slice(1);
    const entry = { service, repo: fullName, status: 0, token: undefined as string | undefined };
    requests.push(entry);
    const reply = (status: number, message: string, headers?: Record<string, string>) => {
      entry.status = status;
      refuse(res, status, message, headers);
    };
    const repoState = github.state.repo(owner, name);
    if (!repos.has(fullName) || !repoState) return reply(404, "Repository not found.");

    // Node keeps only the first of repeated Authorization headers; GitHub refuses the request.
    const auths: string[] = [];
    for (let i = 0; i < req.rawHeaders.length; i += 2)
      if (req.rawHeaders[i].toLowerCase() === "authorization") auths.push(req.rawHeaders[i + 1]);
    if (auths.length > 1) return reply(400, 'remote: Duplicate header: "Authorization"');
    let token: string | undefined;
    if (auths.length === 1) {
      const basic = /^basic\s+(.+)$/i.exec(auths[0]);
      const decoded = basic ? Buffer.from(basic[1], "base64").toString("utf8") : "";
      token = decoded.slice(decoded.indexOf(":") + 1);
      if (!basic || !decoded.includes(":") || github.grantOf(token) === undefined)
        return reply(401, "remote: Invalid username or token. Password authentication is not supported for Git operations.", {
          "www-authenticate": 'Basic realm="GitHub"',
        });
    }
    entry.token = token;
    const push = service === "git-receive-pack";
    if (service !== "git-upload-pack" && !push) return reply(403, "Forbidden");
    if (token === undefined) {
      // Anonymous clones of public repositories are allowed; everything else asks for credentials.
      if (push || repoState.isPrivate) return reply(401, "Unauthorized", { "www-authenticate": 'Basic realm="GitHub"' });
    } else {
      const permissions = github.grantOf(token)!.permissions;
      const contents = permissions === undefined ? "write" : (permissions.contents ?? "none");
      const ok = push ? contents === "write" : contents !== "none" || !repoState.isPrivate;
      if (!ok) return reply(403, `remote: Permission to ${repoState.fullName}.git denied to github-actions[bot].`);
    }

    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      GIT_PROJECT_ROOT: root,
      GIT_HTTP_EXPORT_ALL: "1",
      GIT_CONFIG_NOSYSTEM: "1",
      GIT_CONFIG_GLOBAL: "/dev/null",
      PATH_INFO: `/${fullName}.git${tail}`,
      REQUEST_METHOD: req.method ?? "GET",
      QUERY_STRING: parsed.search.replace(/^\?/, ""),
      CONTENT_TYPE: req.headers["content-type"] ?? "",
      REMOTE_USER: token === undefined ? "" : "x-access-token",
      REMOTE_ADDR: "127.0.0.1",
      ...(req.headers["content-encoding"] ? { HTTP_CONTENT_ENCODING: String(req.headers["content-encoding"]) } : {}),
      ...(req.headers["git-protocol"] ? { GIT_PROTOCOL: String(req.headers["git-protocol"]) } : {}),
    };
    // http-backend refuses receive-pack to anonymous users unless told; the user was checked above.
    const child = spawn("git", ["-c", "http.receivepack=true", "http-backend"], { env, stdio: ["pipe", "pipe", "pipe"] });
    req.pipe(child.stdin);
    let head = Buffer.alloc(0);
    let headerDone = false;
    child.stdout.on("data", (chunk: Buffer) => {
      if (headerDone) {
        res.write(chunk);
        return;
      }
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf("\r\n\r\n");
      if (end === -1) return;
      headerDone = true;
      let status = 200;
      const headers: Record<string, string> = {};
      for (const line of head.subarray(0, end).toString("latin1").split("\r\n")) {
        const at = line.indexOf(":");
        const key = line.slice(0, at).trim();
        const value = line.slice(at + 1).trim();
        if (key.toLowerCase() === "status") status = Number.parseInt(value, 10);
        else headers[key] = value;
      }
      entry.status = status;
      res.writeHead(status, headers);
      res.write(head.subarray(end + 4));
    });
    child.stderr.resume();
    await new Promise<void>((resolve) => child.on("close", () => resolve()));
    if (!headerDone) {
      entry.status = 500;
      res.writeHead(500);
    }
    res.end();
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => res.destroy(error instanceof Error ? error : new Error(String(error))));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    addRepo(fullName, bareDir) {
      const key = fullName.toLowerCase();
      mkdirSync(path.join(root, path.dirname(key)), { recursive: true });
      symlinkSync(bareDir, path.join(root, `${key}.git`));
      repos.set(key, bareDir);
    },
    protectBranch(fullName, branch) {
      const bare = repos.get(fullName.toLowerCase());
      if (!bare) throw new Error(`git server: no repository ${fullName}`);
      const hook = path.join(bare, "hooks", "pre-receive");
      mkdirSync(path.dirname(hook), { recursive: true });
      // GitHub's own words for a push to a protected branch.
      writeFileSync(
        hook,
        `#!/bin/sh\nwhile read old new ref; do\n  if [ "$ref" = "refs/heads/${branch}" ]; then\n    echo "error: GH006: Protected branch update failed for refs/heads/${branch}." >&2\n    echo "error: Changes must be made through a pull request." >&2\n    exit 1\n  fi\ndone\nexit 0\n`,
      );
      chmodSync(hook, 0o755);
    },
    close() {
      if (!server.listening) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        server.close((error) => {
          rmSync(root, { recursive: true, force: true });
          if (error) reject(error);
          else resolve();
        });
        server.closeAllConnections();
      });
    },
  };
}
