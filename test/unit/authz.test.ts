import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { authorize, cidrContains, evaluate, policySourceFromList, principalWarnings } from "../../src/decide/authz.ts";
import { decodeAuthorization } from "../../src/state/authz-from-proto.ts";
import type { Authorization, RbacMatch, StringMatch } from "../../src/state/types.ts";
import { envoy } from "../../xds/gen/protos.js";
import { rbacMatch } from "../fixtures/mesh-model.ts";

const golden = (() => {
  const bin = readFileSync(new URL("../fixtures/vectors/authz-response-1.bin", import.meta.url));
  const resp = envoy.service.discovery.v3.DeltaDiscoveryResponse.decode(bin);
  return resp.resources.map((r) => decodeAuthorization(r.resource!.value!));
})();
const policies = policySourceFromList(golden);
const legacyWl = { namespace: "legacy", authorizationPolicies: [] };
const selectedWl = { namespace: "default", authorizationPolicies: ["default/allow-frontend"] };
const id = (ns: string, sa: string) => `spiffe://cluster.local/ns/${ns}/sa/${sa}`;
// A connection that satisfies every clause of default/allow-frontend; each test breaks one.
// Its first clause lists principals written with `spiffe://`, which never match in ztunnel,
// so only the service-account alternative (default/sleep) can satisfy it.
const ok = { srcIp: "10.0.1.5", srcIdentity: id("default", "sleep"), dstIp: "10.0.1.11", dstPort: 8080 };

describe("golden authz-response-1 decoding", () => {
  it("decodes both policies with scopes, actions and CIDRs", () => {
    expect(golden.map((p) => [p.namespace, p.name, p.scope, p.action])).toEqual([
      ["legacy", "deny-all", "Namespace", "Deny"],
      ["default", "allow-frontend", "WorkloadSelector", "Allow"],
    ]);
    const m = golden[1]!.rules[0]![2]![0]!;
    expect(m.sourceIps).toEqual([{ address: "10.0.0.0", prefixLen: 16 }]);
    expect(m.notSourceIps).toEqual([{ address: "10.0.99.0", prefixLen: 24 }]);
  });
});

describe("legacy/deny-all (namespace scope, not_namespaces)", () => {
  it("denies a peer from another namespace", () => {
    const d = authorize(policies, legacyWl, { ...ok, srcIdentity: id("default", "x") });
    expect(d).toEqual({ allow: false, policy: "legacy/deny-all", reason: "deny-match" });
  });
  it("allows a peer from the legacy namespace", () => {
    expect(authorize(policies, legacyWl, { ...ok, srcIdentity: id("legacy", "x") }).allow).toBe(true);
  });
  it("does not apply to workloads in other namespaces", () => {
    const d = authorize(policies, { namespace: "other", authorizationPolicies: [] }, ok);
    expect(d).toEqual({ allow: true, reason: "no-policies" });
  });
  it("denies a peer without identity (empty namespace is not legacy)", () => {
    expect(authorize(policies, legacyWl, { ...ok, srcIdentity: undefined }).allow).toBe(false);
  });
});

describe("default/allow-frontend (workload selector, clauses ANDed)", () => {
  it("allows the connection matching every clause", () => {
    expect(authorize(policies, selectedWl, ok)).toEqual({
      allow: true,
      policy: "default/allow-frontend",
      reason: "allow-match",
    });
  });
  it("applies only to workloads that list it", () => {
    const d = authorize(policies, { namespace: "default", authorizationPolicies: [] }, { ...ok, dstPort: 1 });
    expect(d.allow).toBe(true);
  });
  it("principals: exact spiffe://…/sa/frontend never matches (ztunnel strips the scheme from the peer only)", () => {
    expect(authorize(policies, selectedWl, { ...ok, srcIdentity: id("default", "frontend") })).toEqual({
      allow: false,
      reason: "no-allow-match",
    });
  });
  it("principals: prefix spiffe://…/ns/ops/ never matches", () => {
    expect(authorize(policies, selectedWl, { ...ok, srcIdentity: id("ops", "anything") }).allow).toBe(false);
  });
  it("its two spiffe:// principals are what principalWarnings names", () => {
    expect(principalWarnings(golden[1]!).map((w) => w.pattern)).toEqual([
      "spiffe://cluster.local/ns/default/sa/frontend",
      "spiffe://cluster.local/ns/ops/",
    ]);
  });
  it("principals/service accounts: an unlisted identity is denied", () => {
    expect(authorize(policies, selectedWl, { ...ok, srcIdentity: id("default", "other") })).toEqual({
      allow: false,
      reason: "no-allow-match",
    });
  });
  it("service_accounts: default/sleep is allowed (second match of the clause, OR)", () => {
    expect(authorize(policies, selectedWl, ok).allow).toBe(true);
  });
  it("service_accounts: sleep in another namespace is denied", () => {
    expect(authorize(policies, selectedWl, { ...ok, srcIdentity: id("prod", "sleep") }).allow).toBe(false);
  });
  it("destination_ports: 9090 allowed, 8081 denied", () => {
    expect(authorize(policies, selectedWl, { ...ok, dstPort: 9090 }).allow).toBe(true);
    expect(authorize(policies, selectedWl, { ...ok, dstPort: 8081 }).allow).toBe(false);
  });
  it("source_ips: outside 10.0.0.0/16 is denied", () => {
    expect(authorize(policies, selectedWl, { ...ok, srcIp: "10.1.0.5" }).allow).toBe(false);
  });
  it("not_source_ips: 10.0.99.0/24 is denied even though inside 10.0.0.0/16", () => {
    expect(authorize(policies, selectedWl, { ...ok, srcIp: "10.0.99.7" }).allow).toBe(false);
    expect(authorize(policies, selectedWl, { ...ok, srcIp: "10.0.98.7" }).allow).toBe(true);
  });
  it("a peer without identity never matches principals", () => {
    expect(authorize(policies, selectedWl, { ...ok, srcIdentity: undefined }).allow).toBe(false);
  });
});

const pol = (p: Partial<Authorization> & Pick<Authorization, "action">, m: Partial<RbacMatch>): Authorization => ({
  name: "p",
  namespace: "default",
  scope: "Global",
  rules: [[[rbacMatch(m)]]],
  dryRun: false,
  ...p,
});

describe("ztunnel rbac semantics", () => {
  it("DENY wins over a matching ALLOW", () => {
    const d = evaluate(
      [
        pol({ action: "Allow", name: "a" }, { destinationPorts: [8080] }),
        pol({ action: "Deny", name: "d" }, { destinationPorts: [8080] }),
      ],
      ok,
    );
    expect(d).toEqual({ allow: false, policy: "default/d", reason: "deny-match" });
  });
  it("dry-run policies do not enforce", () => {
    expect(evaluate([pol({ action: "Deny", dryRun: true }, { destinationPorts: [8080] })], ok).allow).toBe(true);
    expect(evaluate([pol({ action: "Allow", dryRun: true }, { destinationPorts: [1] })], ok).allow).toBe(true);
  });
  it("an ALLOW with no rules allows nothing", () => {
    expect(evaluate([{ ...pol({ action: "Allow" }, {}), rules: [] }], ok).allow).toBe(false);
  });
  it("principals without spiffe:// match the bare id (Istio's spelling)", () => {
    const p = pol({ action: "Allow" }, { principals: [{ exact: "cluster.local/ns/default/sa/sleep" }] });
    expect(evaluate([p], ok).allow).toBe(true);
    expect(evaluate([p], { ...ok, srcIdentity: id("default", "x") }).allow).toBe(false);
  });
  it("not_principals, destination_ips and not_destination_ports", () => {
    expect(evaluate([pol({ action: "Deny" }, { notPrincipals: [{ suffix: "/sa/sleep" }] })], ok).allow).toBe(true);
    expect(
      evaluate([pol({ action: "Allow" }, { destinationIps: [{ address: "10.0.1.0", prefixLen: 24 }] })], ok).allow,
    ).toBe(true);
    expect(evaluate([pol({ action: "Allow" }, { notDestinationPorts: [8080] })], ok).allow).toBe(false);
  });
  it("namespace presence and IPv6 CIDRs", () => {
    expect(evaluate([pol({ action: "Allow" }, { namespaces: [{ presence: true }] })], ok).allow).toBe(true);
    expect(cidrContains({ address: "fd00::", prefixLen: 16 }, "fd00::2:c")).toBe(true);
    expect(cidrContains({ address: "fd00::", prefixLen: 16 }, "fd01::1")).toBe(false);
    expect(cidrContains({ address: "10.0.0.0", prefixLen: 8 }, "fd00::1")).toBe(false);
  });
});

// ztunnel's StringMatch::matches_principal: the peer id loses `spiffe://`, then the pattern
// is compared as written. One row per pattern; the verdict is ztunnel's.
const FRONTEND = id("default", "frontend");
const principalRows: [string, StringMatch, string | undefined, boolean][] = [
  ["exact bare id", { exact: "cluster.local/ns/default/sa/frontend" }, FRONTEND, true],
  ["exact with spiffe:// never matches", { exact: "spiffe://cluster.local/ns/default/sa/frontend" }, FRONTEND, false],
  ["exact other service account", { exact: "cluster.local/ns/default/sa/other" }, FRONTEND, false],
  ["exact other trust domain", { exact: "example.org/ns/default/sa/frontend" }, FRONTEND, false],
  ["exact literal * (istiod would send presence)", { exact: "*" }, FRONTEND, false],
  ["prefix bare namespace", { prefix: "cluster.local/ns/default/" }, FRONTEND, true],
  ["prefix with spiffe:// never matches", { prefix: "spiffe://cluster.local/ns/default/" }, FRONTEND, false],
  ["prefix spiffe:// alone never matches", { prefix: "spiffe://" }, FRONTEND, false],
  ["prefix empty matches any identity", { prefix: "" }, FRONTEND, true],
  ["prefix empty, no identity", { prefix: "" }, undefined, false],
  ["prefix literal *", { prefix: "*" }, FRONTEND, false],
  ["suffix service account", { suffix: "/sa/frontend" }, FRONTEND, true],
  ["suffix with spiffe:// never matches", { suffix: "spiffe://cluster.local/ns/default/sa/frontend" }, FRONTEND, false],
  ["suffix literal *", { suffix: "*" }, FRONTEND, false],
  ["presence (istiod's *) with identity", { presence: true }, FRONTEND, true],
  ["presence without identity", { presence: true }, undefined, false],
  ["exact bare id, no identity", { exact: "cluster.local/ns/default/sa/frontend" }, undefined, false],
];

describe("principal patterns (ztunnel verdicts)", () => {
  it.each(principalRows)("%s", (_name, pattern, identity, allowed) => {
    const p = pol({ action: "Allow" }, { principals: [pattern] });
    expect(evaluate([p], { ...ok, srcIdentity: identity }).allow).toBe(allowed);
  });
  it("not_principals with spiffe:// excludes nobody: the DENY hits its own peer too", () => {
    const p = pol({ action: "Deny" }, { notPrincipals: [{ exact: "spiffe://cluster.local/ns/default/sa/frontend" }] });
    expect(evaluate([p], ok)).toEqual({ allow: false, policy: "default/p", reason: "deny-match" });
  });
});

describe("principalWarnings", () => {
  it("names each spiffe:// principal pattern, positive and negative", () => {
    const p = pol(
      { action: "Allow" },
      {
        principals: [{ exact: "spiffe://a/ns/b/sa/c" }, { prefix: "a/ns/" }],
        notPrincipals: [{ prefix: "spiffe://x" }],
      },
    );
    expect(principalWarnings(p)).toEqual([
      { reason: "principal-spiffe-scheme", pattern: "spiffe://a/ns/b/sa/c" },
      { reason: "principal-spiffe-scheme", pattern: "spiffe://x" },
    ]);
  });
  it("has nothing to say about bare patterns and presence", () => {
    const p = pol({ action: "Allow" }, { principals: [{ suffix: "/sa/c" }, { presence: true }] });
    expect(principalWarnings(p)).toEqual([]);
  });
});
