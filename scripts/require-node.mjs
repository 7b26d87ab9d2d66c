// The actions run on node24 (runs.using in every action.yml), so the build, the tests and the
// benchmarks must too. `npm ci` installs Node 24 as the `node` devDependency and npm scripts put
// it first on PATH; a script started with another `node` stops here with the fix (ADR 0028).
const REQUIRED_MAJOR = 24;

export function requireNode(what) {
  const major = Number(process.versions.node.split(".")[0]);
  if (major !== REQUIRED_MAJOR) {
    console.error(
      `${what}: running on Node ${process.versions.node}, but the actions run on Node ${REQUIRED_MAJOR}. ` +
        `Fix: run it through npm (npm test, npm run build, npm run bench), which uses the Node ${REQUIRED_MAJOR} that npm ci installed ` +
        `(node_modules/.bin/node).`,
    );
    process.exit(1);
  }
}
