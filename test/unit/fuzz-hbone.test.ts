// The short form of `npm run fuzz:hbone` (scripts/fuzz-hbone.mjs): the libFuzzer harnesses of the
// native HBONE frame path, server role and client role, built with ASan + UBSan and run for 20k
// inputs each from their seed corpora, fixed seed (replay: `npm run fuzz:hbone -- --target
// client --runs 20000 --seed 20261204`). Skipped where clang-14 is missing (CI installs it:
// .ci/apt-packages.txt).
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const root = new URL("../..", import.meta.url).pathname;
const hasClang = spawnSync("clang++-14", ["--version"]).status === 0;
if (!hasClang)
  console.log("skipping fuzz:hbone short form: clang++-14 missing (apt-get install clang-14 libclang-rt-14-dev)");

function shortForm(target: "server" | "client"): string {
  const r = spawnSync(
    process.execPath,
    ["scripts/fuzz-hbone.mjs", "--target", target, "--runs", "20000", "--seed", "20261204"],
    { cwd: root, encoding: "utf8" },
  );
  const out = `${r.stdout}\n${r.stderr}`;
  expect(r.status, out.slice(-4000)).toBe(0);
  return out;
}

describe.skipIf(!hasClang)("fuzz:hbone (short form)", () => {
  it("server role: 20k client byte streams, no crash, no sanitizer report", () => {
    const out = shortForm("server");
    expect(out).toMatch(/Done 20000 runs/);
    expect(out).toMatch(/fuzz-hbone\[server\]: 20000 inputs, 0 crashes/);
  }, 120_000);

  it("client role: 20k server byte streams, no crash, no sanitizer report", () => {
    const out = shortForm("client");
    expect(out).toMatch(/Done 20000 runs/);
    expect(out).toMatch(/fuzz-hbone\[client\]: 20000 inputs, 0 crashes/);
  }, 120_000);
});
