import { Registry } from "prom-client";
import { describe, expect, it } from "vitest";
import { policySourceFromList } from "../../src/decide/authz.ts";
import { createTracker, onListeners, revoked, type TrackedConnection } from "../../src/proxy/tracked.ts";
import type { Authorization } from "../../src/state/types.ts";
import { rbacMatch } from "../fixtures/mesh-model.ts";

const wl = { namespace: "default", authorizationPolicies: [] };
const conn = (sa: string, listenerId = 1): TrackedConnection & { closedWith: string[] } => {
  const closedWith: string[] = [];
  return {
    listenerId,
    authz: {
      conn: {
        srcIp: "10.0.0.1",
        srcIdentity: `spiffe://cluster.local/ns/default/sa/${sa}`,
        dstIp: "10.0.0.2",
        dstPort: 80,
      },
      workload: wl,
    },
    close: (r) => closedWith.push(r),
    closedWith,
  };
};
const denyA: Authorization = {
  name: "deny-a",
  namespace: "default",
  scope: "Namespace",
  action: "Deny",
  rules: [[[rbacMatch({ principals: [{ exact: "cluster.local/ns/default/sa/a" }] })]]],
  dryRun: false,
};

describe("tracked connections", () => {
  it("revoked: only the connections the new policies deny", () => {
    const a = conn("a");
    const b = conn("b");
    expect(revoked([a, b], policySourceFromList([denyA]))).toEqual([a]);
  });
  it("revoked: connections without authz facts (outbound) are never revoked", () => {
    const out: TrackedConnection = { listenerId: 1, close: () => {} };
    expect(revoked([out], policySourceFromList([denyA]))).toEqual([]);
  });
  it("onListeners: only those that came in on the given listeners", () => {
    const a = conn("a", 1);
    const b = conn("b", 2);
    expect(onListeners([a, b], [2, 3])).toEqual([b]);
  });
  it("closeListeners closes with pod-deleted, forgets them and marks the listeners gone", () => {
    const t = createTracker(new Registry());
    const a = conn("a", 7);
    const b = conn("b", 8);
    t.add(a);
    t.add(b);
    expect(t.closeListeners([7])).toBe(1);
    expect(a.closedWith).toEqual(["pod-deleted"]);
    expect(b.closedWith).toEqual([]);
    expect(t.size()).toBe(1);
    expect(t.isGone(7)).toBe(true);
    expect(t.isGone(8)).toBe(false);
  });
  it("recheck closes with policy-change and counts by reason", async () => {
    const registry = new Registry();
    const t = createTracker(registry);
    const a = conn("a");
    const forget = t.add(conn("b"));
    t.add(a);
    expect(t.recheck(policySourceFromList([denyA]))).toEqual([a]);
    expect(a.closedWith).toEqual(["policy-change"]);
    forget();
    expect(t.size()).toBe(0);
    const m = await registry.getSingleMetric("ztunnel_ts_connections_terminated_total")?.get();
    expect(m?.values).toEqual([{ labels: { reason: "policy-change" }, value: 1 }]);
  });
});
