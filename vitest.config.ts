import { defineConfig } from "vitest/config";

// Tests use real sockets, threads and processes: give them room, run files in forked
// processes (native addon + worker_threads behave as in production), and always write
// the JSON report .ci/run parses for its "N passed, N failed" line.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 30_000,
    reporters: ["default", ["json", { outputFile: "test-results.json" }]],
  },
});
