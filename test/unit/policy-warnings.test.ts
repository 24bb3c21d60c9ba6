import { pino } from "pino";
import { Registry } from "prom-client";
import { describe, expect, it } from "vitest";
import { createPolicyWarnings } from "../../src/admin/policy-warnings.ts";
import { createState } from "../../src/state/store.ts";
import type { Authorization } from "../../src/state/types.ts";
import { rbacMatch } from "../fixtures/mesh-model.ts";

const policy = (name: string, principal: string): Authorization => ({
  name,
  namespace: "default",
  scope: "Namespace",
  action: "Allow",
  rules: [[[rbacMatch({ principals: [{ exact: principal } as const] })]]],
  dryRun: false,
});

async function counted(registry: Registry): Promise<number> {
  const m = await registry.getSingleMetric("ztunnel_ts_policy_warnings_total")?.get();
  return (m?.values ?? [])
    .filter((v) => v.labels.reason === "principal-spiffe-scheme")
    .reduce((a, v) => a + v.value, 0);
}

function setup() {
  const registry = new Registry();
  const lines: string[] = [];
  const log = pino({ level: "warn" }, { write: (l: string) => lines.push(l) });
  const w = createPolicyWarnings({ registry, log });
  const state = createState();
  const apply = (d: Parameters<typeof state.apply>[0]) => w.note(state, state.apply(d));
  return { registry, lines, w, apply };
}

describe("policy warnings (spiffe:// principals)", () => {
  it("counts and logs a policy once, however often it is pushed", async () => {
    const { registry, lines, apply } = setup();
    apply({ upsertPolicies: [policy("a", "spiffe://cluster.local/ns/default/sa/x")] });
    apply({ upsertPolicies: [policy("a", "spiffe://cluster.local/ns/default/sa/y")] });
    expect(await counted(registry)).toBe(1);
    expect(lines.filter((l) => l.includes('"policy":"default/a"'))).toHaveLength(1);
  });
  it("counts each policy carrying one", async () => {
    const { registry, apply } = setup();
    apply({
      upsertPolicies: [
        policy("a", "spiffe://cluster.local/ns/default/sa/x"),
        policy("b", "spiffe://cluster.local/ns/default/sa/x"),
        policy("c", "cluster.local/ns/default/sa/x"),
      ],
    });
    expect(await counted(registry)).toBe(2);
  });
  it("reports a policy again after it was removed and came back", async () => {
    const { registry, w, apply } = setup();
    apply({ upsertPolicies: [policy("a", "spiffe://td/ns/n/sa/s")] });
    apply({ removePolicies: ["default/a"] });
    expect(w.warned()).toEqual([]);
    apply({ upsertPolicies: [policy("a", "spiffe://td/ns/n/sa/s")] });
    expect(await counted(registry)).toBe(2);
  });
});
