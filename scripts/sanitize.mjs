#!/usr/bin/env node
// Builds the addon with ASan + UBSan (`build-native.mjs --sanitize`), runs the native data-path
// tests under it, and rebuilds the normal addon afterwards (also when they fail), so the
// checkout is never left with the sanitized build. Node is not instrumented, so the ASan
// runtime is preloaded and leak detection (which would report Node's own allocations) is off.
// Extra arguments are test files (default: the native pump's); exit status is the tests'.
// `--keep`: leave the sanitized build in place.
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const args = process.argv.slice(2);
const keep = args.includes("--keep");
const files = args.filter((a) => a !== "--keep");
if (files.length === 0) files.push("test/integration/native-pump.test.ts");

const run = (cmd, argv, env = process.env) => spawnSync(cmd, argv, { cwd: root, stdio: "inherit", env }).status ?? 1;
const build = (extra) => run(process.execPath, [join(root, "scripts/build-native.mjs"), "--force", ...extra]);

if (build(["--sanitize"]) !== 0) process.exit(1);
const asan = spawnSync("gcc", ["-print-file-name=libasan.so"], { encoding: "utf8" }).stdout.trim();
const env = {
  ...process.env,
  LD_PRELOAD: asan,
  // halt_on_error: the first report fails the run; UBSan reports abort too (-fno-sanitize-recover).
  ASAN_OPTIONS: "detect_leaks=0:halt_on_error=1:abort_on_error=1",
  UBSAN_OPTIONS: "print_stacktrace=1:halt_on_error=1",
};
console.log(`sanitize: LD_PRELOAD=${asan} ASAN_OPTIONS=${env.ASAN_OPTIONS}`);
const status = run(process.execPath, [join(root, "node_modules/vitest/vitest.mjs"), "run", ...files], env);
if (!keep && build([]) !== 0) process.exit(1);
console.log(status === 0 ? "sanitize: clean" : `sanitize: tests failed (status ${status}), see the reports above`);
process.exit(status);
