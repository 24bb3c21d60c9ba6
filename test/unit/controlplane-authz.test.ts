// AuthorizationPolicy / PeerAuthentication → Authorization, one behaviour per test. Every
// expected value is written from istiod's code (istio/istio pilot/pkg/serviceregistry/ambient,
// authorization.go / policies.go / workloads.go; the function each test follows is named in
// it), not from our translator's output. Addresses are data only: nothing opens a socket.
import { describe, expect, it } from "vitest";
import { parseControlPlaneArgs } from "../../src/commands/control-plane.ts";
import { applicablePolicies, evaluate, policySourceFromList } from "../../src/decide/authz.ts";
import type { Authorization, RbacMatch, Workload } from "../../src/state/types.ts";
import { ControlPlaneError } from "../../xds/controlplane/errors.ts";
import { parseMeshText } from "../../xds/controlplane/mesh-files.ts";
import { type Mesh, type TranslateOptions, translate } from "../../xds/controlplane/translate.ts";

const OPTS: TranslateOptions = {
  clusterId: "Kubernetes",
  trustDomain: "cluster.local",
  clusterDomain: "cluster.local",
  network: "",
};

const BASE = `
apiVersion: v1
kind: Node
metadata: {name: node-a}
---
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: default, labels: {app: web}}
spec: {nodeName: node-a, serviceAccountName: web}
status: {podIP: 127.0.30.1}
---
apiVersion: v1
kind: Pod
metadata: {name: db, namespace: default, labels: {app: db}}
spec: {nodeName: node-a}
status: {podIP: 127.0.30.2}
---
apiVersion: v1
kind: Pod
metadata: {name: api, namespace: other, labels: {app: web}}
spec: {nodeName: node-a}
status: {podIP: 127.0.30.3}
`;

const FILE = "policies.yaml";

function run(yaml: string, opts: Partial<TranslateOptions> = {}): Mesh {
  return translate([...parseMeshText(BASE, "base.yaml"), ...parseMeshText(yaml, FILE)], { ...OPTS, ...opts });
}

const policy = (m: Mesh, key: string): Authorization | undefined =>
  m.policies.find((p) => `${p.namespace}/${p.name}` === key);
const wl = (m: Mesh, ns: string, name: string): Workload => {
  const w = m.workloads.find((x) => x.namespace === ns && x.name === name);
  if (!w) throw new Error(`no workload ${ns}/${name}`);
  return w;
};

/** A Match with only the given fields set (the rest empty, as protobuf's defaults). */
const match = (fields: Partial<RbacMatch>): RbacMatch => ({
  namespaces: [],
  notNamespaces: [],
  serviceAccounts: [],
  notServiceAccounts: [],
  principals: [],
  notPrincipals: [],
  sourceIps: [],
  notSourceIps: [],
  destinationIps: [],
  notDestinationIps: [],
  destinationPorts: [],
  notDestinationPorts: [],
  ...fields,
});

const ap = (name: string, spec: string, opts: { namespace?: string; annotations?: string } = {}) => `
---
apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata:
  name: ${name}
  namespace: ${opts.namespace ?? "default"}
${opts.annotations ? `  annotations: ${opts.annotations}` : ""}
spec:
${spec}
`;

const pa = (name: string, spec: string, opts: { namespace?: string; created?: string } = {}) => `
---
apiVersion: security.istio.io/v1
kind: PeerAuthentication
metadata:
  name: ${name}
  namespace: ${opts.namespace ?? "default"}
${opts.created ? `  creationTimestamp: "${opts.created}"` : ""}
spec:
${spec}
`;

const PRESENCE = match({ notPrincipals: [{ presence: true }] });
const STATIC = "istio-system/istio_converted_static_strict";

describe("AuthorizationPolicy source fields (authorization.go handleRule)", () => {
  it("principals and notPrincipals go through stringToMatch: * presence, *x suffix, x* prefix, else exact", () => {
    const m = run(
      ap(
        "p",
        `  rules:
    - from:
        - source:
            principals: ["cluster.local/ns/a/sa/b", "*", "*/sa/x", "cluster.local/ns/*"]
            notPrincipals: ["cluster.local/ns/a/sa/bad"]`,
      ),
    );
    expect(policy(m, "default/p")?.rules).toEqual([
      [
        [
          match({
            principals: [
              { exact: "cluster.local/ns/a/sa/b" },
              { presence: true },
              { suffix: "/sa/x" },
              { prefix: "cluster.local/ns/" },
            ],
            notPrincipals: [{ exact: "cluster.local/ns/a/sa/bad" }],
          }),
        ],
      ],
    ]);
  });

  it("namespaces and notNamespaces become Match.namespaces / not_namespaces", () => {
    const m = run(ap("p", `  rules: [{from: [{source: {namespaces: ["prod-*"], notNamespaces: ["prod-test"]}}]}]`));
    expect(policy(m, "default/p")?.rules).toEqual([
      [[match({ namespaces: [{ prefix: "prod-" }], notNamespaces: [{ exact: "prod-test" }] })]],
    ]);
  });

  it("ipBlocks / notIpBlocks become source_ips / not_source_ips; a bare IP gets its full length (stringToIP)", () => {
    const m = run(
      ap("p", `  rules: [{from: [{source: {ipBlocks: ["10.1.0.0/16", "10.2.3.4"], notIpBlocks: ["fd00::/64"]}}]}]`),
    );
    expect(policy(m, "default/p")?.rules).toEqual([
      [
        [
          match({
            sourceIps: [
              { address: "10.1.0.0", prefixLen: 16 },
              { address: "10.2.3.4", prefixLen: 32 },
            ],
            notSourceIps: [{ address: "fd00::", prefixLen: 64 }],
          }),
        ],
      ],
    ]);
  });

  it("remoteIpBlocks are HTTP attributes to istiod (httpSources): an ALLOW rule using them is dropped", () => {
    const m = run(
      ap(
        "p",
        `  rules:
    - from: [{source: {remoteIpBlocks: ["10.0.0.0/8"]}}]
    - from: [{source: {namespaces: ["a"]}}]`,
      ),
    );
    // Only the second rule survives; the first never matches.
    expect(policy(m, "default/p")?.rules).toEqual([[[match({ namespaces: [{ exact: "a" }] })]]]);
  });

  it("notRemoteIpBlocks in a DENY rule are omitted from the match, the rest of the source kept", () => {
    const m = run(
      ap(
        "p",
        `  action: DENY
  rules: [{from: [{source: {notRemoteIpBlocks: ["10.0.0.0/8"], notNamespaces: ["a"]}}]}]`,
      ),
    );
    expect(policy(m, "default/p")?.rules).toEqual([[[match({ notNamespaces: [{ exact: "a" }] })]]]);
  });

  it("serviceAccounts: `sa` is in the policy's namespace, `ns/sa` as written (stringToServiceAccountMatch)", () => {
    const m = run(ap("p", `  rules: [{from: [{source: {serviceAccounts: ["web"], notServiceAccounts: ["x/y"]}}]}]`));
    expect(policy(m, "default/p")?.rules).toEqual([
      [
        [
          match({
            serviceAccounts: [{ namespace: "default", serviceAccount: "web" }],
            notServiceAccounts: [{ namespace: "x", serviceAccount: "y" }],
          }),
        ],
      ],
    ]);
  });

  it("from and to are two clauses (AND), to first; several sources are one clause (OR)", () => {
    const m = run(
      ap(
        "p",
        `  rules:
    - from: [{source: {namespaces: ["a"]}}, {source: {namespaces: ["b"]}}]
      to: [{operation: {ports: ["80"]}}]`,
      ),
    );
    expect(policy(m, "default/p")?.rules).toEqual([
      [
        [match({ destinationPorts: [80] })],
        [match({ namespaces: [{ exact: "a" }] }), match({ namespaces: [{ exact: "b" }] })],
      ],
    ]);
  });
});

describe("AuthorizationPolicy operation and conditions (handleRule, whenMatch)", () => {
  it("to.operation ports / notPorts become destination_ports / not_destination_ports (stringToPort)", () => {
    const m = run(ap("p", `  rules: [{to: [{operation: {ports: ["8080", "9090"], notPorts: ["15008"]}}]}]`));
    expect(policy(m, "default/p")?.rules).toEqual([
      [[match({ destinationPorts: [8080, 9090], notDestinationPorts: [15008] })]],
    ]);
  });

  it("each L4 when key is its own clause with one match: values and notValues", () => {
    const m = run(
      ap(
        "p",
        `  rules:
    - when:
        - {key: source.ip, values: ["10.0.0.0/8"], notValues: ["10.9.9.9"]}
        - {key: source.namespace, values: ["a*"], notValues: ["ab"]}
        - {key: source.principal, values: ["*"], notValues: ["cluster.local/ns/a/sa/x"]}
        - {key: destination.ip, values: ["127.0.30.1"], notValues: ["::1/128"]}
        - {key: destination.port, values: ["80"], notValues: ["81"]}`,
      ),
    );
    expect(policy(m, "default/p")?.rules).toEqual([
      [
        [
          match({
            sourceIps: [{ address: "10.0.0.0", prefixLen: 8 }],
            notSourceIps: [{ address: "10.9.9.9", prefixLen: 32 }],
          }),
        ],
        [match({ namespaces: [{ prefix: "a" }], notNamespaces: [{ exact: "ab" }] })],
        [match({ principals: [{ presence: true }], notPrincipals: [{ exact: "cluster.local/ns/a/sa/x" }] })],
        [
          match({
            destinationIps: [{ address: "127.0.30.1", prefixLen: 32 }],
            notDestinationIps: [{ address: "::1", prefixLen: 128 }],
          }),
        ],
        [match({ destinationPorts: [80], notDestinationPorts: [81] })],
      ],
    ]);
  });

  it("ALLOW: a rule with methods / paths / hosts or a request.* condition is dropped, others kept", () => {
    const m = run(
      ap(
        "p",
        `  rules:
    - to: [{operation: {methods: ["GET"], ports: ["80"]}}]
    - to: [{operation: {paths: ["/x"]}}]
    - when: [{key: "request.headers[x-a]", values: ["1"]}]
    - to: [{operation: {ports: ["90"]}}]`,
      ),
    );
    expect(policy(m, "default/p")?.rules).toEqual([[[match({ destinationPorts: [90] })]]]);
  });

  it("ALLOW whose every rule has L7 fields keeps no rule: it allows nothing", () => {
    const m = run(ap("p", `  rules: [{to: [{operation: {hosts: ["a.example"]}}]}]`));
    expect(policy(m, "default/p")).toEqual({
      name: "p",
      namespace: "default",
      scope: "Namespace",
      action: "Allow",
      rules: [],
      dryRun: false,
    });
  });

  it("DENY: L7 fields are omitted, so a match keeping L4 fields matches more broadly", () => {
    const m = run(
      ap(
        "p",
        `  action: DENY
  rules: [{to: [{operation: {methods: ["POST"], ports: ["80"]}}]}]`,
      ),
    );
    expect(policy(m, "default/p")?.rules).toEqual([[[match({ destinationPorts: [80] })]]]);
  });

  it("DENY: a match left with no field, or a request.* condition, is an empty match (ztunnel skips it)", () => {
    const m = run(
      ap(
        "p",
        `  action: DENY
  rules:
    - to: [{operation: {paths: ["/admin"]}}]
    - from: [{source: {namespaces: ["a"]}}]
      when: [{key: "request.auth.claims[iss]", values: ["x"]}]`,
      ),
    );
    expect(policy(m, "default/p")?.rules).toEqual([
      [[match({})]],
      [[match({ namespaces: [{ exact: "a" }] })], [match({})]],
    ]);
  });

  it("an empty rule `{}` is a rule with no clauses (matches every connection)", () => {
    const m = run(ap("p", `  action: DENY\n  rules: [{}]`));
    expect(policy(m, "default/p")?.rules).toEqual([[]]);
  });
});

describe("AuthorizationPolicy action, dry run, scope (convertAuthorizationPolicy, buildWorkloadPolicies)", () => {
  it("DENY is Action DENY", () => {
    const m = run(ap("p", `  action: DENY\n  rules: [{from: [{source: {namespaces: ["a"]}}]}]`));
    expect(policy(m, "default/p")?.action).toBe("Deny");
  });

  it("AUDIT and CUSTOM are not for ztunnel: no Authorization is sent and no workload lists them", () => {
    const m = run(
      ap("audit", `  action: AUDIT\n  selector: {matchLabels: {app: web}}\n  rules: [{}]`) +
        ap("custom", `  action: CUSTOM\n  provider: {name: ext}\n  rules: [{}]`),
    );
    expect(m.policies).toEqual([]);
    expect(wl(m, "default", "web").authorizationPolicies).toEqual([]);
  });

  it("istio.io/dry-run is not served while dry-run policies are off (istiod's default)", () => {
    const m = run(ap("p", `  rules: [{}]`, { annotations: `{istio.io/dry-run: "true"}` }));
    expect(m.policies).toEqual([]);
  });

  it("istio.io/dry-run: true with dry-run policies on sets dryRun", () => {
    const m = run(ap("p", `  rules: [{}]`, { annotations: `{istio.io/dry-run: "true"}` }), { dryRunPolicies: true });
    expect(policy(m, "default/p")?.dryRun).toBe(true);
  });

  it("istio.io/dry-run: false (strconv.ParseBool) is an enforced policy", () => {
    const m = run(ap("p", `  rules: [{}]`, { annotations: `{istio.io/dry-run: "False"}` }));
    expect(policy(m, "default/p")?.dryRun).toBe(false);
  });

  it("a selector makes it WORKLOAD_SELECTOR, listed by the matching workloads of its namespace only", () => {
    const m = run(ap("sel", `  selector: {matchLabels: {app: web}}\n  rules: [{}]`));
    expect(policy(m, "default/sel")?.scope).toBe("WorkloadSelector");
    expect(wl(m, "default", "web").authorizationPolicies).toEqual(["default/sel"]);
    expect(wl(m, "default", "db").authorizationPolicies).toEqual([]);
    expect(wl(m, "other", "api").authorizationPolicies).toEqual([]); // same labels, other namespace
  });

  it("no selector is NAMESPACE scope, listed by no workload", () => {
    const m = run(ap("ns", `  rules: [{}]`));
    expect(policy(m, "default/ns")?.scope).toBe("Namespace");
    expect(wl(m, "default", "web").authorizationPolicies).toEqual([]);
  });

  it("no selector in the root namespace is GLOBAL", () => {
    const m = run(ap("g", `  rules: [{}]`, { namespace: "istio-system" }));
    expect(policy(m, "istio-system/g")?.scope).toBe("Global");
  });

  it("the root namespace is a setting", () => {
    const m = run(ap("g", `  rules: [{}]`, { namespace: "mesh-root" }), { rootNamespace: "mesh-root" });
    expect(policy(m, "mesh-root/g")?.scope).toBe("Global");
  });

  it("a selector in the root namespace selects matching workloads of every namespace, names sorted", () => {
    const m = run(
      ap("zz", `  selector: {matchLabels: {app: web}}\n  rules: [{}]`) +
        ap("root-sel", `  selector: {matchLabels: {app: web}}\n  rules: [{}]`, { namespace: "istio-system" }),
    );
    expect(policy(m, "istio-system/root-sel")?.scope).toBe("WorkloadSelector");
    expect(wl(m, "default", "web").authorizationPolicies).toEqual(["default/zz", "istio-system/root-sel"]);
    expect(wl(m, "other", "api").authorizationPolicies).toEqual(["istio-system/root-sel"]);
  });

  it("targetRefs / targetRef policies are not for ztunnel (waypoints): not sent", () => {
    const m = run(
      ap("t1", `  targetRefs: [{kind: Service, group: "", name: web}]\n  rules: [{}]`) +
        ap("t2", `  targetRef: {kind: Gateway, group: gateway.networking.k8s.io, name: wp}\n  rules: [{}]`),
    );
    expect(m.policies).toEqual([]);
  });
});

describe("PeerAuthentication (policies.go DefaultPolicy, convertedSelectorPeerAuthentications, convertPeerAuthentication)", () => {
  it("any PeerAuthentication makes istiod serve its static STRICT policy in the root namespace", () => {
    const m = run(pa("ns-permissive", `  mtls: {mode: PERMISSIVE}`));
    expect(m.policies).toEqual([
      {
        name: "istio_converted_static_strict",
        namespace: "istio-system",
        scope: "WorkloadSelector",
        action: "Deny",
        rules: [[[PRESENCE]]],
        dryRun: false,
      },
    ]);
    expect(wl(m, "default", "web").authorizationPolicies).toEqual([]); // PERMISSIVE: not referenced
  });

  it("no PeerAuthentication: no static policy", () => {
    expect(run("").policies).toEqual([]);
  });

  it("namespace-wide STRICT: its workloads list the static STRICT policy, other namespaces do not", () => {
    const m = run(pa("strict", `  mtls: {mode: STRICT}`));
    expect(wl(m, "default", "web").authorizationPolicies).toEqual([STATIC]);
    expect(wl(m, "other", "api").authorizationPolicies).toEqual([]);
  });

  it("mesh-wide STRICT (root namespace) applies everywhere; a namespace PERMISSIVE overrides it", () => {
    const m = run(
      pa("mesh", `  mtls: {mode: STRICT}`, { namespace: "istio-system" }) + pa("p", `  mtls: {mode: PERMISSIVE}`),
    );
    expect(wl(m, "other", "api").authorizationPolicies).toEqual([STATIC]);
    expect(wl(m, "default", "web").authorizationPolicies).toEqual([]);
  });

  it("a namespace UNSET inherits the mesh's STRICT", () => {
    const m = run(
      pa("mesh", `  mtls: {mode: STRICT}`, { namespace: "istio-system" }) + pa("u", `  mtls: {mode: UNSET}`),
    );
    expect(wl(m, "default", "web").authorizationPolicies).toEqual([STATIC]);
  });

  it("DISABLE at namespace level is not STRICT", () => {
    const m = run(
      pa("mesh", `  mtls: {mode: STRICT}`, { namespace: "istio-system" }) + pa("d", `  mtls: {mode: DISABLE}`),
    );
    expect(wl(m, "default", "web").authorizationPolicies).toEqual([]);
  });

  it("the oldest of two namespace-wide policies wins (creationTimestamp)", () => {
    const m = run(
      pa("newer", `  mtls: {mode: PERMISSIVE}`, { created: "2026-01-02T00:00:00Z" }) +
        pa("older", `  mtls: {mode: STRICT}`, { created: "2026-01-01T00:00:00Z" }),
    );
    expect(wl(m, "default", "web").authorizationPolicies).toEqual([STATIC]);
  });

  it("a workload STRICT policy without port levels references the static policy for the selected workload only", () => {
    const m = run(pa("w", `  selector: {matchLabels: {app: web}}\n  mtls: {mode: STRICT}`));
    expect(wl(m, "default", "web").authorizationPolicies).toEqual([STATIC]);
    expect(wl(m, "default", "db").authorizationPolicies).toEqual([]);
    expect(policy(m, "default/converted_peer_authentication_w")).toBeUndefined();
  });

  it("workload STRICT with a PERMISSIVE port: one DENY group, no principal AND not that port; static elided", () => {
    const m = run(
      pa(
        "w",
        `  selector: {matchLabels: {app: web}}\n  mtls: {mode: STRICT}\n  portLevelMtls: {"8080": {mode: PERMISSIVE}}`,
      ),
    );
    expect(policy(m, "default/converted_peer_authentication_w")).toEqual({
      name: "converted_peer_authentication_w",
      namespace: "default",
      scope: "WorkloadSelector",
      action: "Deny",
      rules: [[[PRESENCE], [match({ notDestinationPorts: [8080] })]]],
      dryRun: false,
    });
    expect(wl(m, "default", "web").authorizationPolicies).toEqual(["default/converted_peer_authentication_w"]);
  });

  it("workload PERMISSIVE with a STRICT port: one group per STRICT port (no principal on that port)", () => {
    const m = run(
      pa(
        "w",
        `  selector: {matchLabels: {app: web}}\n  mtls: {mode: PERMISSIVE}\n  portLevelMtls: {"9090": {mode: STRICT}, "9091": {mode: STRICT}}`,
      ),
    );
    expect(policy(m, "default/converted_peer_authentication_w")?.rules).toEqual([
      [[match({ notPrincipals: [{ presence: true }], destinationPorts: [9090] })]],
      [[match({ notPrincipals: [{ presence: true }], destinationPorts: [9091] })]],
    ]);
    expect(wl(m, "default", "web").authorizationPolicies).toEqual(["default/converted_peer_authentication_w"]);
  });

  it("workload UNSET with a PERMISSIVE port under a STRICT namespace: the namespace's strictness is merged in", () => {
    const m = run(
      pa("ns", `  mtls: {mode: STRICT}`) +
        pa("w", `  selector: {matchLabels: {app: web}}\n  portLevelMtls: {"8080": {mode: PERMISSIVE}}`),
    );
    expect(policy(m, "default/converted_peer_authentication_w")?.rules).toEqual([
      [[match({ notDestinationPorts: [8080] })], [PRESENCE]],
    ]);
    expect(wl(m, "default", "web").authorizationPolicies).toEqual(["default/converted_peer_authentication_w"]);
    expect(wl(m, "default", "db").authorizationPolicies).toEqual([STATIC]);
  });

  it("workload PERMISSIVE with a STRICT port under a STRICT mesh: the port is skipped, yet the key is listed (istiod as written)", () => {
    // convertPeerAuthentication's skip test reads strict || (unset && nsStrict) || (nsUnset && rootStrict);
    // convertedSelectorPeerAuthentications still references the workload policy for its STRICT port.
    const m = run(
      pa("mesh", `  mtls: {mode: STRICT}`, { namespace: "istio-system" }) +
        pa(
          "w",
          `  selector: {matchLabels: {app: web}}\n  mtls: {mode: PERMISSIVE}\n  portLevelMtls: {"9090": {mode: STRICT}}`,
        ),
    );
    expect(policy(m, "default/converted_peer_authentication_w")).toBeUndefined();
    expect(wl(m, "default", "web").authorizationPolicies).toEqual(["default/converted_peer_authentication_w"]);
  });

  it("port-level PERMISSIVE under a PERMISSIVE workload policy converts to nothing", () => {
    const m = run(
      pa(
        "w",
        `  selector: {matchLabels: {app: web}}\n  mtls: {mode: PERMISSIVE}\n  portLevelMtls: {"8080": {mode: DISABLE}}`,
      ),
    );
    expect(m.policies.map((p) => p.name)).toEqual(["istio_converted_static_strict"]);
    expect(wl(m, "default", "web").authorizationPolicies).toEqual([]);
  });
});

describe("bad policy objects: one error naming file, object and field", () => {
  const refused = (yaml: string): string => {
    try {
      run(yaml);
    } catch (e) {
      expect(e).toBeInstanceOf(ControlPlaneError);
      expect((e as ControlPlaneError).code).toBe("ZTS_CONTROLPLANE_BAD_MESH");
      return (e as Error).message;
    }
    throw new Error("translated without error");
  };

  it("an unknown action", () => {
    expect(refused(ap("p", `  action: REJECT`))).toMatch(
      /^policies\.yaml#\d+: AuthorizationPolicy default\/p: spec\.action: "REJECT" is not one of ALLOW, DENY, AUDIT, CUSTOM$/,
    );
  });

  it("a bad CIDR in ipBlocks", () => {
    expect(refused(ap("p", `  rules: [{from: [{source: {ipBlocks: ["10.0.0.0/33"]}}]}]`))).toMatch(
      /policies\.yaml#\d+: AuthorizationPolicy default\/p: spec\.rules\[0\]\.from\[0\]\.source\.ipBlocks\[0\]: "10\.0\.0\.0\/33" is not a CIDR/,
    );
  });

  it("a bad address in a source.ip condition", () => {
    expect(refused(ap("p", `  rules: [{when: [{key: source.ip, values: ["300.1.1.1"]}]}]`))).toMatch(
      /AuthorizationPolicy default\/p: spec\.rules\[0\]\.when\[0\]\.values\[0\]: "300\.1\.1\.1" is not an IP address/,
    );
  });

  it("a port out of range", () => {
    expect(refused(ap("p", `  rules: [{to: [{operation: {ports: ["70000"]}}]}]`))).toMatch(
      /AuthorizationPolicy default\/p: spec\.rules\[0\]\.to\[0\]\.operation\.ports\[0\]: "70000" is not a port \(0-65535\)/,
    );
  });

  it("an unparsable dry-run annotation", () => {
    expect(refused(ap("p", `  rules: [{}]`, { annotations: `{istio.io/dry-run: "yes"}` }))).toMatch(
      /AuthorizationPolicy default\/p: metadata\.annotations\.istio\.io\/dry-run: "yes" is not true or false/,
    );
  });

  it("an unknown PeerAuthentication mode", () => {
    expect(refused(pa("p", `  mtls: {mode: ON}`))).toMatch(
      /PeerAuthentication default\/p: spec\.mtls\.mode: "ON" is not one of UNSET, STRICT, PERMISSIVE, DISABLE/,
    );
  });

  it("a portLevelMtls key that is not a port", () => {
    expect(refused(pa("p", `  selector: {matchLabels: {a: b}}\n  portLevelMtls: {"0": {mode: STRICT}}`))).toMatch(
      /PeerAuthentication default\/p: spec\.portLevelMtls\.0: "0" is not an integer between 1 and 65535/,
    );
  });

  it("a wrong apiVersion", () => {
    expect(refused(ap("p", `  rules: [{}]`).replace("security.istio.io/v1", "security.istio.io/v2"))).toMatch(
      /AuthorizationPolicy default\/p: apiVersion: "security\.istio\.io\/v2" is not one of/,
    );
  });
});

describe("control-plane command settings", () => {
  it("--root-namespace and --dry-run-policies reach the control plane's options", () => {
    const a = parseControlPlaneArgs(["--mesh", "m.yaml", "--root-namespace", "mesh-root", "--dry-run-policies"]);
    expect([a.rootNamespace, a.dryRunPolicies]).toEqual(["mesh-root", true]);
    const d = parseControlPlaneArgs(["--mesh", "m.yaml"]);
    expect([d.rootNamespace, d.dryRunPolicies]).toEqual([undefined, false]);
  });
});

// The translated policies through the proxy's own evaluator (src/decide/authz.ts, ztunnel's
// rbac.rs): what the PeerAuthentication modes above mean for a connection to `web`.
describe("translated policies as the proxy enforces them", () => {
  const verdict = (m: Mesh, conn: { srcIdentity?: string; dstPort: number }) =>
    evaluate(applicablePolicies(policySourceFromList(m.policies), wl(m, "default", "web")), {
      srcIp: "127.0.30.9",
      dstIp: "127.0.30.1",
      ...conn,
    }).allow;
  const PEER = "spiffe://cluster.local/ns/other/sa/api";

  it("namespace STRICT: plaintext is denied, an mTLS peer allowed", () => {
    const m = run(pa("strict", `  mtls: {mode: STRICT}`));
    expect([verdict(m, { dstPort: 8080 }), verdict(m, { srcIdentity: PEER, dstPort: 8080 })]).toEqual([false, true]);
  });

  it("workload STRICT with port 8080 PERMISSIVE: plaintext to 8080 allowed, to 9090 denied", () => {
    const m = run(
      pa(
        "w",
        `  selector: {matchLabels: {app: web}}\n  mtls: {mode: STRICT}\n  portLevelMtls: {"8080": {mode: PERMISSIVE}}`,
      ),
    );
    expect([verdict(m, { dstPort: 8080 }), verdict(m, { dstPort: 9090 })]).toEqual([true, false]);
  });

  it("a DENY whose only rule names HTTP methods has no effect at L4", () => {
    const m = run(ap("d", `  action: DENY\n  rules: [{to: [{operation: {methods: ["GET"]}}]}]`));
    expect(verdict(m, { srcIdentity: PEER, dstPort: 8080 })).toBe(true);
  });
});
