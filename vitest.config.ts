import { defineConfig } from "vitest/config";
import { requireNode } from "./scripts/require-node.mjs";

requireNode("test");

export default defineConfig({
  test: {
    include: ["packages/*/src/**/*.test.ts", "actions/*/test/**/*.test.ts", "test/**/*.test.ts"],
    // Integration tests start real git and node child processes; the default 5 s is too
    // tight on a loaded 2-core machine. Nothing here asserts on time.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    reporters: ["default", "./test/harness/plain-summary-reporter.ts"],
    // @actions/workflow-parser imports JSON without import attributes, which Node refuses;
    // processing it through vite's pipeline handles the JSON import.
    server: { deps: { inline: ["@actions/workflow-parser"] } },
  },
});
