import { defineConfig } from "vitest/config";

// Tests use real sockets, threads and processes: give them room, run files in forked
// processes (native addon + worker_threads behave as in production), and always write
// the JSON report .ci/run parses for its "N passed, N failed" line.
//
// Four projects, run one after another (sequence.groupOrder; projects sharing a group
// would run at the same time):
// - "unit" (test/unit): pure decisions and in-process state, no proxies or
//   namespaces. Two files at a time and one module graph per fork (isolate: false): a
//   fresh fork and import per file cost more than these files' tests themselves (99 s →
//   26 s here). No unit test mutates process.env or mocks modules; keep it that way.
// - "default" (test/integration, test/netns), then "datapath-js": one file at a time,
//   each in a fresh fork. They start many proxies, worker threads and network
//   namespaces, and on 2 cores timing assertions (readiness within 100 ms, balance under
//   load) are only fair when files don't compete.
//
// "datapath-js" runs the end-to-end files whose connections have a plain ↔ plain leg
// (SOCKS5 or capture to a TCP destination, inbound plaintext into a pod) once more with
// ZTS_DATAPATH=js (issue 19: both data paths stay tested). Proxies read the setting from
// the environment, in process and in the child processes the harnesses spawn.
const PLAIN_LEG_E2E = [
  "test/integration/proxy-socks5.test.ts",
  "test/integration/proxy-passthrough.test.ts",
  "test/netns/capture.test.ts",
  "test/netns/inpod-e2e.test.ts",
  "test/netns/inpod-dual-stack.test.ts",
  "test/netns/inpod-lifecycle.test.ts",
];

// The HBONE tests once more on the native data path (issue 20: ZTS_HBONE_DATAPATH=native, the
// addon's OpenSSL + nghttp2 sessions, server and client role); the fixtures and proxies read the switch.
const HBONE_SERVER = [
  "test/integration/hbone.test.ts",
  "test/integration/hbone-limits.test.ts",
  "test/integration/hbone-interop.test.ts",
  "test/integration/hbone-refusals.test.ts",
  // Client side: our client (native on this project) against python h2's server.
  "test/integration/hbone-interop-server.test.ts",
  // The client's one retry of a REFUSED_STREAM and the CONNECT's headers.
  "test/integration/hbone-retry.test.ts",
  "test/integration/hbone-headers.test.ts",
  // The server behind a double tunnel (gateway stand-in) and across a certificate rotation.
  "test/integration/double-hbone.test.ts",
  "test/integration/identity.test.ts",
  // End to end through real proxies (in-pod capture, multi-network, telemetry, demo): a few;
  // `npm run test:hbone-native` runs every HBONE, capture, in-pod and demo file on it.
  "test/netns/inpod-e2e.test.ts",
  "test/netns/multinetwork.test.ts",
  "test/integration/proxy-deny-metrics.test.ts",
  "test/integration/demo-waypoint.test.ts",
];

export default defineConfig({
  test: {
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 30_000,
    reporters: ["default", ["json", { outputFile: "test-results.json" }]],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts"],
          isolate: false,
          fileParallelism: true,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: "default",
          include: ["test/**/*.test.ts"],
          exclude: ["test/unit/**"],
          fileParallelism: false,
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: "datapath-js",
          include: PLAIN_LEG_E2E,
          env: { ZTS_DATAPATH: "js" },
          fileParallelism: false,
          maxWorkers: 1,
          sequence: { groupOrder: 2 },
        },
      },
      {
        extends: true,
        test: {
          name: "hbone-native",
          include: HBONE_SERVER,
          env: { ZTS_HBONE_DATAPATH: "native" },
          fileParallelism: false,
          maxWorkers: 1,
          sequence: { groupOrder: 3 },
        },
      },
    ],
  },
});
