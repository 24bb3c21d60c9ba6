// The short form of `npm run fuzz:hbone` (scripts/fuzz-hbone.mjs): the libFuzzer harness of the
// native HBONE frame path built with ASan + UBSan and run for 20k inputs from its seed corpus,
// fixed seed (replay: `npm run fuzz:hbone -- --runs 20000 --seed 20261204`). Skipped where
// clang-14 is missing (CI installs it: .ci/apt-packages.txt).
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const root = new URL("../..", import.meta.url).pathname;
const hasClang = spawnSync("clang++-14", ["--version"]).status === 0;
if (!hasClang)
  console.log("skipping fuzz:hbone short form: clang++-14 missing (apt-get install clang-14 libclang-rt-14-dev)");

describe.skipIf(!hasClang)("fuzz:hbone (short form)", () => {
  it("20k frame-path inputs: no crash, no sanitizer report", () => {
    const r = spawnSync(process.execPath, ["scripts/fuzz-hbone.mjs", "--runs", "20000", "--seed", "20261204"], {
      cwd: root,
      encoding: "utf8",
    });
    const out = `${r.stdout}\n${r.stderr}`;
    expect(r.status, out.slice(-4000)).toBe(0);
    expect(out).toMatch(/Done 20000 runs/);
    expect(out).toMatch(/fuzz-hbone: 20000 inputs, 0 crashes/);
  }, 120_000);
});
