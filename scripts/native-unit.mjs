#!/usr/bin/env node
// Builds and runs the native unit tests (native/test/*.cc: googletest over the balancing
// policies and the lease state machine, compiled with core.cc and policy/*.cc and no
// N-API) as native/build/native-unit. Run by test/unit/native-core.test.ts.
//   node scripts/native-unit.mjs [gtest flags…]
// Exit status: the test binary's; 3 when googletest is not installed (Debian: googletest
// libgtest-dev), 2 when the build fails.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const native = join(root, "native");
const out = join(native, "build/native-unit");
const GTEST_SRC = "/usr/src/googletest/googletest";

const ccIn = (dir) =>
  readdirSync(join(native, dir))
    .filter((f) => /\.(cc|h)$/.test(f))
    .map((f) => join(native, dir, f));
const files = [
  ...ccIn("src/policy"),
  ...ccIn("test"),
  ...["core.cc", "core.h", "slots.h"].map((f) => join(native, "src", f)),
];
const sources = files.filter((f) => f.endsWith(".cc"));

const libDirs = ["/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib", "/usr/local/lib"];
const hasHeader = ["/usr/include", "/usr/local/include"].some((d) => existsSync(join(d, "gtest/gtest.h")));
const hasLib = libDirs.some((d) => existsSync(join(d, "libgtest.a")) || existsSync(join(d, "libgtest.so")));
const hasSrc = existsSync(join(GTEST_SRC, "src/gtest-all.cc"));

if (!hasHeader && !hasSrc) {
  console.log("native-unit: skipped: googletest is not installed (apt-get install googletest libgtest-dev)");
  process.exit(3);
}

const cxx = process.env.CXX || (spawnSync("g++", ["--version"]).status === 0 ? "g++" : "clang++");
const flags = ["-std=c++17", "-O0", "-Wall", "-pthread"];
// Without the prebuilt library (only the `googletest` sources), gtest is compiled in.
const gtest = hasLib
  ? ["-lgtest_main", "-lgtest"]
  : [
      `-I${GTEST_SRC}/include`,
      `-I${GTEST_SRC}`,
      join(GTEST_SRC, "src/gtest-all.cc"),
      join(GTEST_SRC, "src/gtest_main.cc"),
    ];

const newest = Math.max(...files.map((f) => statSync(f).mtimeMs), statSync(new URL(import.meta.url)).mtimeMs);
if (!existsSync(out) || statSync(out).mtimeMs < newest) {
  mkdirSync(join(native, "build"), { recursive: true });
  const args = [...flags, `-I${join(native, "src")}`, ...sources, "-o", out, ...gtest];
  console.log(`native-unit: ${cxx} … -o ${out}`);
  const b = spawnSync(cxx, args, { stdio: "inherit" });
  if (b.status !== 0) {
    console.error(`native-unit: build failed (${cxx} exited ${b.status ?? b.signal})`);
    process.exit(2);
  }
}
const r = spawnSync(out, process.argv.slice(2), { stdio: "inherit" });
process.exit(r.status ?? 1);
