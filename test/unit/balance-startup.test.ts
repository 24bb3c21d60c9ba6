// Start-up failures of the balance module: no addon → an error naming the build
// command (no silent fallback); ZTS_BALANCE=bogus → the choices are listed.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadAddon } from "../../src/balance/addon.ts";
import { BalanceError } from "../../src/balance/errors.ts";
import { startWorkers } from "../../src/balance/workers.ts";
import { ConfigError } from "../../src/config.ts";

const handlerModule = fileURLToPath(new URL("../fixtures/balance-handler.ts", import.meta.url));

describe("balance start-up", () => {
  it("a missing addon fails with ZTS_BALANCE_ADDON_MISSING naming npm run build:native", () => {
    let err: unknown;
    try {
      loadAddon("/nonexistent/zts_dlb.node");
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(BalanceError);
    expect((err as BalanceError).code).toBe("ZTS_BALANCE_ADDON_MISSING");
    expect((err as Error).message).toContain("npm run build:native");
  });

  it("startWorkers refuses to start without the addon", async () => {
    await expect(
      startWorkers({ handlerModule, threads: 1, policy: "dlb", addonPath: "/nonexistent/zts_dlb.node" }),
    ).rejects.toMatchObject({ code: "ZTS_BALANCE_ADDON_MISSING" });
  });

  it("ZTS_BALANCE=bogus stops start-up listing the choices", async () => {
    const p = startWorkers({ handlerModule, env: { ZTS_BALANCE: "bogus" } });
    await expect(p).rejects.toBeInstanceOf(ConfigError);
    await expect(p).rejects.toThrow(/ZTS_BALANCE="bogus".*dlb, exact, rr, kernel/);
  });

  it("the built addon loads and reports its backend", () => {
    expect(["software", "eventdev"]).toContain(loadAddon().backend());
  });
});
