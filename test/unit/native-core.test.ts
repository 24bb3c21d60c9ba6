// The native unit tests (native/test/: googletest over the balancing policies and the
// lease state machine, no N-API) built and run by scripts/native-unit.mjs: the suite
// fails when the build fails or any googletest case fails; it skips, saying why, only
// when googletest is not installed (.ci/apt-packages.txt lists it). And the addon keeps no
// balancing defaults of its own: src/config.ts's are passed down.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { loadAddon } from "../../src/balance/addon.ts";
import { BALANCE_DEFAULTS } from "../../src/config.ts";

const script = fileURLToPath(new URL("../../scripts/native-unit.mjs", import.meta.url));

it("native/test (googletest): every policy and lease case passes", (ctx) => {
  const r = spawnSync(process.execPath, [script, "--gtest_brief=1"], { encoding: "utf8", timeout: 120_000 });
  const output = `${r.stdout}${r.stderr}`;
  if (r.status === 3) {
    console.warn(output.trim());
    ctx.skip();
  }
  expect(r.status, `native-unit failed:\n${output}`).toBe(0);
  const passed = /\[ {2}PASSED {2}\] (\d+) tests?\./.exec(output);
  expect(passed, `no googletest summary in:\n${output}`).not.toBeNull();
  expect(Number(passed![1])).toBeGreaterThan(0);
  expect(output).not.toContain("[  FAILED  ]");
}, 150_000);

it("the addon refuses configure() without every option, and registerWorker before configure()", () => {
  const addon = loadAddon();
  // In this test process nothing has configured the addon yet.
  expect(() => addon.registerWorker(1023, () => {})).toThrow(/configure\(\) has not been called/);
  const { credits, stuckMs, ties } = BALANCE_DEFAULTS;
  const all: Record<string, unknown> = { policy: "dlb", credits, stuckMs, ties };
  for (const key of Object.keys(all)) {
    const rest = Object.fromEntries(Object.entries(all).filter(([k]) => k !== key));
    expect(() => addon.configure(rest as Parameters<typeof addon.configure>[0]), key).toThrow(`${key} is required`);
  }
  expect(() => addon.enableEventdev({ device: "event_sw0" } as { device: string; ports: number })).toThrow(
    "ports is required",
  );
});
