// ServiceEntry visibility, one behaviour per test. Expected values are written from istiod's
// code, not from our translator: istio/istio pilot/pkg/serviceregistry/ambient/services.go
// serviceEntriesInfo (the visibility comes from MeshConfig.serviceEntryVisibility, resolved once
// per entry from its namespace's labels; NONE publishes nothing; wdsVisibility), the
// per-hostname pick in the same file (a NAMESPACE entry is never canonical), workloads.go
// serviceEntryWorkloadBuilder (no services → no endpoints), waypoints.go
// fetchWaypointForService (no cross-namespace waypoint for a NAMESPACE entry),
// pilot/pkg/model/serviceentry_visibility.go (CompileServiceEntryVisibility, VisibilityFor,
// toServiceVisibility) and pkg/config/mesh/labelselector (LabelSelectorAsSelector). MeshConfig
// arrives as istiod reads it: ConfigMap `istio` in istio-system, key `mesh`. Addresses are data only.
import { describe, expect, it } from "vitest";
import { ControlPlaneError } from "../../xds/controlplane/errors.ts";
import { parseMeshText } from "../../xds/controlplane/mesh-files.ts";
import { serviceToProto } from "../../xds/controlplane/to-proto.ts";
import { type Mesh, translate } from "../../xds/controlplane/translate.ts";
import { istio } from "../../xds/gen/protos.js";

const OPTS = { clusterId: "Kubernetes", trustDomain: "cluster.local", clusterDomain: "cluster.local", network: "" };
const FILE = "vis.yaml";
const run = (yaml: string): Mesh =>
  translate(parseMeshText(`kind: Node\nmetadata: {name: node-a}\n---\n${yaml}`, FILE), OPTS);
const err = (yaml: string): ControlPlaneError => {
  try {
    run(yaml);
  } catch (e) {
    if (e instanceof ControlPlaneError) return e;
    throw e;
  }
  throw new Error("translated without error");
};

/** The Service as sent on the wire (decoded back from its bytes: what a proxy reads). */
const wire = (m: Mesh, key: string) => {
  const s = m.services.find((x) => `${x.namespace}/${x.hostname}` === key);
  if (!s) throw new Error(`no service ${key}: ${m.services.map((x) => `${x.namespace}/${x.hostname}`).join(", ")}`);
  const W = istio.workload.Service;
  return W.toObject(W.decode(W.encode(serviceToProto(s)).finish()), { enums: String, defaults: true });
};

const meshConfig = (mesh: string) => `
apiVersion: v1
kind: ConfigMap
metadata: {name: istio, namespace: istio-system}
data:
  mesh: |
${mesh
  .trim()
  .split("\n")
  .map((l) => `    ${l}`)
  .join("\n")}
---`;
const namespace = (name: string, labels = "{}") => `
kind: Namespace
metadata: {name: ${name}, labels: ${labels}}
---`;
const se = (name: string, ns: string, host: string, extra = "", created = "2024-01-01T00:00:00Z") => `
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata: {name: ${name}, namespace: ${ns}, creationTimestamp: "${created}"}
spec: {hosts: [${host}], addresses: [192.0.2.${name.length}], ports: [{number: 80, name: http}], resolution: STATIC, endpoints: [{address: 192.0.2.100}]${extra}}
---`;

describe("ServiceEntry visibility (serviceEntriesInfo, VisibilityFor)", () => {
  it("exportTo does not scope the Service: without serviceEntryVisibility it is PUBLIC and canonical", () => {
    const m = run(se("ext", "a", "ext.example.com", ", exportTo: ['.']"));
    expect(wire(m, "a/ext.example.com")).toMatchObject({ visibility: "PUBLIC", canonical: true });
  });

  it("defaultVisibility NAMESPACE: the Service is sent with visibility NAMESPACE", () => {
    const m = run(
      meshConfig("serviceEntryVisibility: {defaultVisibility: NAMESPACE}") + se("ext", "a", "ext.example.com"),
    );
    expect(wire(m, "a/ext.example.com").visibility).toBe("NAMESPACE");
  });

  it("a NAMESPACE entry is never canonical, even as the only one with its hostname", () => {
    const m = run(
      meshConfig("serviceEntryVisibility: {defaultVisibility: NAMESPACE}") + se("ext", "a", "ext.example.com"),
    );
    expect(wire(m, "a/ext.example.com").canonical).toBe(false);
  });

  it("an older NAMESPACE entry does not shadow a PUBLIC one of the same hostname: the PUBLIC one is canonical", () => {
    const m = run(
      meshConfig(`
serviceEntryVisibility:
  defaultVisibility: NAMESPACE
  policies:
  - visibility: PUBLIC
    matchingRules:
    - namespaceSelector: {matchLabels: {se-visibility: public}}`) +
        namespace("local") +
        namespace("shared", "{se-visibility: public}") +
        se("old", "local", "dup.example.com", "", "2020-01-01T00:00:00Z") +
        se("newer", "shared", "dup.example.com", "", "2024-01-01T00:00:00Z"),
    );
    expect(wire(m, "local/dup.example.com")).toMatchObject({ visibility: "NAMESPACE", canonical: false });
    expect(wire(m, "shared/dup.example.com")).toMatchObject({ visibility: "PUBLIC", canonical: true });
  });

  it("the first policy whose rules all match wins; a rule set that does not match falls to the next", () => {
    const m = run(
      meshConfig(`
serviceEntryVisibility:
  defaultVisibility: PUBLIC
  policies:
  - visibility: NONE
    matchingRules:
    - namespaceSelector: {matchLabels: {tier: untrusted}}
    - namespaceSelector: {matchExpressions: [{key: team, operator: Exists}]}
  - visibility: NAMESPACE
    matchingRules:
    - namespaceSelector: {matchExpressions: [{key: tier, operator: In, values: [untrusted, dev]}]}`) +
        namespace("a", "{tier: untrusted}") +
        namespace("b", "{tier: dev}") +
        se("ext", "a", "a.example.com") +
        se("ext", "b", "b.example.com"),
    );
    // a: the first policy needs both rules (no `team` label) → the second matches (In).
    expect(wire(m, "a/a.example.com").visibility).toBe("NAMESPACE");
    expect(wire(m, "b/b.example.com").visibility).toBe("NAMESPACE");
  });

  it("NotIn and DoesNotExist match a namespace without the label; an empty selector matches every namespace", () => {
    const m = run(
      meshConfig(`
serviceEntryVisibility:
  policies:
  - visibility: NAMESPACE
    matchingRules:
    - namespaceSelector: {matchExpressions: [{key: tier, operator: NotIn, values: [prod]}, {key: owner, operator: DoesNotExist}]}
  - visibility: NONE
    matchingRules:
    - namespaceSelector: {}`) +
        namespace("plain") +
        namespace("prod", "{tier: prod}") +
        se("ext", "plain", "p.example.com") +
        se("ext", "prod", "q.example.com"),
    );
    expect(wire(m, "plain/p.example.com").visibility).toBe("NAMESPACE");
    expect(m.services.map((s) => s.hostname)).not.toContain("q.example.com");
  });

  it("a rule without a namespaceSelector never matches: the default applies", () => {
    const m = run(
      meshConfig(`
serviceEntryVisibility:
  defaultVisibility: NAMESPACE
  policies:
  - visibility: PUBLIC
    matchingRules: [{}]`) + se("ext", "a", "ext.example.com"),
    );
    expect(wire(m, "a/ext.example.com").visibility).toBe("NAMESPACE");
  });

  it("NONE publishes neither the entry's Services nor its endpoints", () => {
    const m = run(meshConfig("serviceEntryVisibility: {defaultVisibility: NONE}") + se("ext", "a", "ext.example.com"));
    expect(m.services.filter((s) => s.hostname === "ext.example.com")).toEqual([]);
    expect(m.workloads.filter((w) => w.uid.includes("/ServiceEntry/"))).toEqual([]);
  });

  it("a ConfigMap that is not `istio` in istio-system is not mesh config", () => {
    const other = meshConfig("serviceEntryVisibility: {defaultVisibility: NAMESPACE}").replace(
      "name: istio, namespace: istio-system",
      "name: istio, namespace: default",
    );
    const m = run(other + se("ext", "a", "ext.example.com"));
    expect(wire(m, "a/ext.example.com").visibility).toBe("PUBLIC");
  });

  it("a NAMESPACE entry does not bind a waypoint of another namespace; a PUBLIC one does", () => {
    const waypoint = `
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: wp, namespace: infra}
spec: {gatewayClassName: istio-waypoint, listeners: [{name: mesh, port: 15008, protocol: HBONE, allowedRoutes: {namespaces: {from: All}}}]}
status: {addresses: [{type: Hostname, value: wp.infra.svc.cluster.local}]}
---`;
    const use = ", exportTo: ['*']";
    const entries = (ns: string) =>
      se("ext", ns, `${ns}.example.com`, use).replace(
        `namespace: ${ns},`,
        `namespace: ${ns}, labels: {istio.io/use-waypoint: wp, istio.io/use-waypoint-namespace: infra},`,
      );
    const m = run(
      meshConfig(`
serviceEntryVisibility:
  defaultVisibility: NAMESPACE
  policies: [{visibility: PUBLIC, matchingRules: [{namespaceSelector: {matchLabels: {open: "yes"}}}]}]`) +
        namespace("closed") +
        namespace("open", '{open: "yes"}') +
        waypoint +
        entries("closed") +
        entries("open"),
    );
    expect(wire(m, "closed/closed.example.com").waypoint).toBeNull();
    expect(wire(m, "open/open.example.com").waypoint).toMatchObject({
      hostname: { namespace: "infra", hostname: "wp.infra.svc.cluster.local" },
      hboneMtlsPort: 15008,
    });
  });
});

describe("bad mesh config: one clear error naming file, object and field", () => {
  it("an unknown visibility", () => {
    const e = err(meshConfig("serviceEntryVisibility: {defaultVisibility: PRIVATE}"));
    expect(e.code).toBe("ZTS_CONTROLPLANE_BAD_MESH");
    expect(e.message).toMatch(
      /^vis\.yaml#2: ConfigMap istio-system\/istio: data\.mesh\.serviceEntryVisibility\.defaultVisibility: .*PRIVATE/,
    );
  });

  it("an operator LabelSelectorAsSelector does not know", () => {
    const e = err(
      meshConfig(
        "serviceEntryVisibility: {policies: [{visibility: NONE, matchingRules: [{namespaceSelector: {matchExpressions: [{key: a, operator: Like}]}}]}]}",
      ),
    );
    expect(e.message).toMatch(
      /ConfigMap istio-system\/istio: data\.mesh\.serviceEntryVisibility\.policies\[0\]\.matchingRules\[0\]\.namespaceSelector\.matchExpressions\[0\]\.operator: /,
    );
  });

  it("In without values", () => {
    const e = err(
      meshConfig(
        "serviceEntryVisibility: {policies: [{visibility: NONE, matchingRules: [{namespaceSelector: {matchExpressions: [{key: a, operator: In}]}}]}]}",
      ),
    );
    expect(e.message).toMatch(/matchExpressions\[0\]\.values: operator In needs at least one value/);
  });

  it("a mesh value that is not YAML", () => {
    const e = err(meshConfig("serviceEntryVisibility: {defaultVisibility: [NAMESPACE"));
    expect(e.message).toMatch(/^vis\.yaml#2: ConfigMap istio-system\/istio: data\.mesh: not YAML/);
  });
});
