// GatewayClass and waypoints, one behaviour per test. Expected values are written from
// istiod's code, not from our translator: istio/istio pilot/pkg/serviceregistry/ambient/
// waypoints.go gatewayToWaypointTransform (any Gateway with a status address is a waypoint,
// whatever its class; the class's istio.io/waypoint-for label is the default traffic type, the
// Gateway's own label wins; a class that is not found is only a warning), makeInboundBinding /
// getGatewayOrGatewayClassAnnotation (Gateway annotation > GatewayClass annotation), and
// computeWaypoint (a waypoint's pods get the binding as their application tunnel).
// Addresses are data only.
import { describe, expect, it } from "vitest";
import { ControlPlaneError } from "../../xds/controlplane/errors.ts";
import { parseMeshText } from "../../xds/controlplane/mesh-files.ts";
import { serviceToProto, workloadToProto } from "../../xds/controlplane/to-proto.ts";
import { type Mesh, translate } from "../../xds/controlplane/translate.ts";
import { istio } from "../../xds/gen/protos.js";

const OPTS = { clusterId: "Kubernetes", trustDomain: "cluster.local", clusterDomain: "cluster.local", network: "" };
const FILE = "gwc.yaml";
const run = (yaml: string): Mesh =>
  translate(parseMeshText(`kind: Node\nmetadata: {name: node-a}\n---\n${yaml}`, FILE), OPTS);

const wireService = (m: Mesh, hostname: string) => {
  const s = m.services.find((x) => x.hostname === hostname);
  if (!s) throw new Error(`no service ${hostname}`);
  const T = istio.workload.Service;
  return T.toObject(T.decode(T.encode(serviceToProto(s)).finish()), { enums: String });
};
const wireWorkload = (m: Mesh, uid: string) => {
  const w = m.workloads.find((x) => x.uid === uid);
  if (!w) throw new Error(`no workload ${uid}: ${m.workloads.map((x) => x.uid).join(", ")}`);
  const T = istio.workload.Workload;
  return T.toObject(T.decode(T.encode(workloadToProto(w)).finish()), { enums: String });
};

const gatewayClass = (name: string, meta = "") => `
apiVersion: gateway.networking.k8s.io/v1
kind: GatewayClass
metadata: {name: ${name}${meta}}
spec: {controllerName: istio.io/mesh-controller}
---`;
const gateway = (cls: string, meta = "") => `
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: wp, namespace: a${meta}}
spec: {gatewayClassName: ${cls}, listeners: [{name: mesh, port: 15008, protocol: HBONE}]}
status: {addresses: [{type: Hostname, value: wp.a.svc.cluster.local}]}
---`;
/** Namespace a bound to the waypoint; a Service and a pod in it; the waypoint's own pod. */
const BOUND = `
kind: Namespace
metadata: {name: a, labels: {istio.io/use-waypoint: wp}}
---
kind: Service
metadata: {name: web, namespace: a}
spec: {selector: {app: web}, clusterIP: 10.96.0.1, ports: [{port: 80}]}
---
kind: Pod
metadata: {name: web-1, namespace: a, labels: {app: web}}
spec: {nodeName: node-a}
status: {podIP: 10.0.0.1}
---
kind: Pod
metadata: {name: wp-1, namespace: a, labels: {gateway.networking.k8s.io/gateway-name: wp}}
spec: {nodeName: node-a}
status: {podIP: 10.0.0.9}
---`;
const WAYPOINT = { hostname: { namespace: "a", hostname: "wp.a.svc.cluster.local" }, hboneMtlsPort: 15008 };
const WEB = "Kubernetes//Pod/a/web-1";
const WP_POD = "Kubernetes//Pod/a/wp-1";

describe("GatewayClass (gatewayToWaypointTransform, makeInboundBinding)", () => {
  it("the class's istio.io/waypoint-for is its Gateways' traffic type: `workload` binds the pod, not the Service", () => {
    const m = run(
      BOUND + gatewayClass("istio-waypoint", ", labels: {istio.io/waypoint-for: workload}") + gateway("istio-waypoint"),
    );
    expect(wireWorkload(m, WEB).waypoint).toEqual(WAYPOINT);
    expect(wireService(m, "web.a.svc.cluster.local").waypoint).toBeUndefined();
  });

  it("the Gateway's own istio.io/waypoint-for wins over its class's", () => {
    const m = run(
      BOUND +
        gatewayClass("istio-waypoint", ", labels: {istio.io/waypoint-for: workload}") +
        gateway("istio-waypoint", ", labels: {istio.io/waypoint-for: service}"),
    );
    expect(wireService(m, "web.a.svc.cluster.local").waypoint).toEqual(WAYPOINT);
    expect(wireWorkload(m, WEB).waypoint).toBeUndefined();
  });

  it("the class's inbound-binding annotation is the waypoint pods' application tunnel", () => {
    const m = run(
      BOUND +
        gatewayClass("istio-waypoint", ", annotations: {ambient.istio.io/waypoint-inbound-binding: PROXY/15088}") +
        gateway("istio-waypoint"),
    );
    expect(wireWorkload(m, WP_POD).applicationTunnel).toEqual({ protocol: "PROXY", port: 15088 });
  });

  it("the Gateway's annotation wins over the class's, even one makeInboundBinding rejects (then no tunnel)", () => {
    const m = run(
      BOUND +
        gatewayClass("istio-waypoint", ", annotations: {ambient.istio.io/waypoint-inbound-binding: PROXY/15088}") +
        gateway("istio-waypoint", ", annotations: {ambient.istio.io/waypoint-inbound-binding: HTTP}"),
    );
    expect(wireWorkload(m, WP_POD).applicationTunnel).toBeUndefined();
  });

  it("another class's labels do not apply", () => {
    const m = run(
      BOUND + gatewayClass("other", ", labels: {istio.io/waypoint-for: workload}") + gateway("istio-waypoint"),
    );
    expect(wireService(m, "web.a.svc.cluster.local").waypoint).toEqual(WAYPOINT);
    expect(wireWorkload(m, WEB).waypoint).toBeUndefined();
  });

  it("a Gateway of a class that is not defined is still a waypoint, of the default traffic type service", () => {
    const m = run(BOUND + gateway("no-such-class"));
    expect(wireService(m, "web.a.svc.cluster.local").waypoint).toEqual(WAYPOINT);
    expect(wireWorkload(m, WEB).waypoint).toBeUndefined();
  });

  it("a GatewayClass is cluster-scoped: a namespace in its metadata does not change which Gateways it applies to", () => {
    const m = run(
      BOUND +
        gatewayClass("istio-waypoint", ", namespace: elsewhere, labels: {istio.io/waypoint-for: workload}") +
        gateway("istio-waypoint"),
    );
    expect(wireWorkload(m, WEB).waypoint).toEqual(WAYPOINT);
  });

  it("a GatewayClass of another API group is refused naming file, object and field", () => {
    const bad = gatewayClass("istio-waypoint").replace("gateway.networking.k8s.io/v1", "networking.istio.io/v1");
    let e: unknown;
    try {
      run(BOUND + bad + gateway("istio-waypoint"));
    } catch (x) {
      e = x;
    }
    expect(e).toBeInstanceOf(ControlPlaneError);
    expect((e as ControlPlaneError).message).toMatch(
      /^gwc\.yaml#6: GatewayClass istio-waypoint: apiVersion: "networking\.istio\.io\/v1" is not one of gateway\.networking\.k8s\.io\/v1/,
    );
  });
});
