// The runner image's `gh`, for the commands the example workflows use: `gh api ENDPOINT [--silent]
// [-X METHOD]`. Like the real one it needs GH_TOKEN (or GITHUB_TOKEN) in a workflow, prints
// "gh: <message> (HTTP <status>)" and exits 1 on an error answer; it talks to the runner's GitHub
// API (GITHUB_API_URL).
const [command, ...args] = process.argv.slice(2);

async function main() {
  if (command !== "api") {
    process.stderr.write(`gh ${command ?? ""}: only "gh api" is played by the test runner's gh\n`);
    return 1;
  }
  let endpoint;
  let method = "GET";
  let silent = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--silent") silent = true;
    else if (a === "-X" || a === "--method") method = args[++i];
    else if (a.startsWith("-")) {
      process.stderr.write(`gh api: the test runner's gh does not play ${a}\n`);
      return 1;
    } else endpoint = a;
  }
  const token = process.env.GH_TOKEN || process.env.GITHUB_TOKEN;
  if (!token) {
    process.stderr.write(
      "gh: To use GitHub CLI in a GitHub Actions workflow, set the GH_TOKEN environment variable. Example:\n  env:\n    GH_TOKEN: ${{ github.token }}\n",
    );
    return 4;
  }
  const base = (process.env.GITHUB_API_URL || "https://api.github.com").replace(/\/$/, "");
  let response;
  try {
    response = await fetch(`${base}/${String(endpoint).replace(/^\//, "")}`, {
      method,
      headers: { authorization: `token ${token}`, accept: "application/vnd.github+json" },
    });
  } catch (error) {
    process.stderr.write(`error connecting to ${new URL(base).host}\n`);
    return 1;
  }
  const text = await response.text();
  if (!response.ok) {
    let message = text;
    try {
      message = JSON.parse(text).message;
    } catch {
      // not JSON
    }
    process.stderr.write(`gh: ${message} (HTTP ${response.status})\n`);
    return 1;
  }
  if (!silent) process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
  return 0;
}

main().then((code) => (process.exitCode = code));
