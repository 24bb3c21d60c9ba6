// The settings issue 25 added: ZTS_LB's least-conn values and ZTS_BALANCE_TIES, as a user
// sets them (env), including the refusal of a value that is not one of them.
import { describe, expect, it } from "vitest";
import { type ConfigError, loadConfig } from "../../src/config.ts";

/** kubelet sets this in every pod; outside one the in-cluster istiod default is refused. */
const BASE = { KUBERNETES_SERVICE_HOST: "10.96.0.1" };
const errOf = (env: Record<string, string>): ConfigError => {
  try {
    loadConfig({ ...BASE, ...env });
  } catch (e) {
    return e as ConfigError;
  }
  throw new Error("expected a ConfigError");
};

describe("ZTS_LB and ZTS_BALANCE_TIES", () => {
  it("ZTS_LB takes least-conn and least-conn-p2c (any case); rr stays the default", () => {
    expect(loadConfig(BASE).lb).toBe("rr");
    expect(loadConfig({ ...BASE, ZTS_LB: "least-conn" }).lb).toBe("least-conn");
    expect(loadConfig({ ...BASE, ZTS_LB: "Least-Conn-P2C" }).lb).toBe("least-conn-p2c");
  });

  it("ZTS_LB=round-robin (the annotation's spelling) is refused, naming the variable and the choices", () => {
    const e = errOf({ ZTS_LB: "round-robin" });
    expect(e.code).toBe("ZTS_CONFIG_INVALID");
    expect(e.message).toContain("ZTS_LB");
    expect(e.message).toContain("least-conn-p2c");
  });

  it("ZTS_BALANCE_TIES: rotate by default, lowest on request, anything else refused", () => {
    expect(loadConfig(BASE).balanceTies).toBe("rotate");
    expect(loadConfig({ ...BASE, ZTS_BALANCE_TIES: "lowest" }).balanceTies).toBe("lowest");
    expect(errOf({ ZTS_BALANCE_TIES: "random" }).message).toContain("ZTS_BALANCE_TIES");
  });
});
