// The runner image's `npm`, offline: `npm install -g PACKAGE` links the binaries a test registered
// for that package into the global prefix (NPM_CONFIG_PREFIX/bin, on PATH), and `npm ci` installs
// the test's prepared node_modules, refusing, as npm does, a folder without a lockfile. Anything
// else, or a package the test did not register, fails as npm fails without the registry.
import fs from "node:fs";
import path from "node:path";

const args = process.argv.slice(2);
const registryFile = process.env.SPECPIPE_TEST_NPM_REGISTRY;
const registry = registryFile ? JSON.parse(fs.readFileSync(registryFile, "utf8")) : { packages: {} };

function install(globalInstall, names) {
  if (!globalInstall) {
    process.stderr.write("npm error the test runner's npm only installs global packages (-g) and runs npm ci\n");
    return 1;
  }
  const prefix = process.env.NPM_CONFIG_PREFIX || process.env.npm_config_prefix;
  const bin = path.join(prefix, "bin");
  fs.mkdirSync(bin, { recursive: true });
  for (const spec of names) {
    const name = spec.replace(/(.)@[^/]*$/, "$1");
    const pkg = registry.packages[name];
    if (!pkg) {
      process.stderr.write(`npm error code E404\nnpm error 404 Not Found - GET https://registry.npmjs.org/${name} - Not found\n`);
      return 1;
    }
    for (const [command, target] of Object.entries(pkg.bin)) {
      fs.rmSync(path.join(bin, command), { force: true });
      fs.symlinkSync(target, path.join(bin, command));
    }
  }
  process.stdout.write(`\nadded ${names.length} package${names.length === 1 ? "" : "s"} in 0s\n`);
  return 0;
}

function ci() {
  const cwd = process.cwd();
  if (!fs.existsSync(path.join(cwd, "package-lock.json")) && !fs.existsSync(path.join(cwd, "npm-shrinkwrap.json"))) {
    process.stderr.write(
      "npm error code EUSAGE\nnpm error\nnpm error The `npm ci` command can only install with an existing package-lock.json or\nnpm error npm-shrinkwrap.json with lockfileVersion >= 1.\n",
    );
    return 1;
  }
  if (!registry.ci) {
    process.stderr.write("npm error the test did not prepare node_modules for npm ci\n");
    return 1;
  }
  fs.rmSync(path.join(cwd, "node_modules"), { recursive: true, force: true });
  fs.symlinkSync(registry.ci.node_modules, path.join(cwd, "node_modules"));
  process.stdout.write("\nadded the locked packages in 0s\n");
  return 0;
}

const [command, ...rest] = args;
let code;
if (command === "install" || command === "i") {
  const globalInstall = rest.includes("-g") || rest.includes("--global");
  code = install(
    globalInstall,
    rest.filter((a) => !a.startsWith("-")),
  );
} else if (command === "ci") code = ci();
else {
  process.stderr.write(`npm ${command ?? ""}: not played by the test runner's npm\n`);
  code = 1;
}
process.exitCode = code;
