// Waypoints and networks, one behaviour per test. Every expected value is written from
// istiod's code (istio/istio pilot/pkg/serviceregistry/ambient waypoints.go / networks.go /
// workloads.go / services.go; the function each test follows is named in it), not from our
// translator's output. Addresses are data only: nothing opens a socket.
import { describe, expect, it } from "vitest";
import type { GatewayAddress, Service, Workload } from "../../src/state/types.ts";
import { ControlPlaneError } from "../../xds/controlplane/errors.ts";
import { parseMeshText } from "../../xds/controlplane/mesh-files.ts";
import { type Mesh, type TranslateOptions, translate } from "../../xds/controlplane/translate.ts";

const OPTS: TranslateOptions = {
  clusterId: "Kubernetes",
  trustDomain: "cluster.local",
  clusterDomain: "cluster.local",
  network: "",
};

const FILE = "wp.yaml";
const run = (yaml: string): Mesh =>
  translate(parseMeshText(`kind: Node\nmetadata: {name: node-a}\n---\n${yaml}`, FILE), OPTS);

const svc = (m: Mesh, key: string): Service => {
  const s = m.services.find((x) => `${x.namespace}/${x.hostname}` === key);
  if (!s) throw new Error(`no service ${key}`);
  return s;
};
const wl = (m: Mesh, uid: string): Workload => {
  const w = m.workloads.find((x) => x.uid === uid);
  if (!w) throw new Error(`no workload ${uid}: ${m.workloads.map((x) => x.uid).join(", ")}`);
  return w;
};

const gateway = (
  name: string,
  ns: string,
  labels = "{}",
  status = `{addresses: [{type: Hostname, value: ${name}.${ns}.svc.cluster.local}]}`,
  extra = "",
) => `
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: ${name}, namespace: ${ns}, labels: ${labels}${extra}}
spec: {gatewayClassName: istio-waypoint, listeners: [{name: mesh, port: 15008, protocol: HBONE}]}
status: ${status}
---`;
const namespace = (name: string, labels = "{}") => `
kind: Namespace
metadata: {name: ${name}, labels: ${labels}}
---`;
const service = (name: string, ns: string, labels = "{}") => `
kind: Service
metadata: {name: ${name}, namespace: ${ns}, labels: ${labels}}
spec: {selector: {app: ${name}}, clusterIP: 10.96.1.${name.length}, ports: [{port: 80}]}
---`;
const pod = (name: string, ns: string, labels: string, ip: string) => `
kind: Pod
metadata: {name: ${name}, namespace: ${ns}, labels: ${labels}}
spec: {nodeName: node-a}
status: {podIP: ${ip}}
---`;

/** getGatewayAddress: the status Hostname, in the Gateway's namespace, port 15008. */
const hostWaypoint = (name: string, ns: string): GatewayAddress => ({
  destination: { hostname: { namespace: ns, hostname: `${name}.${ns}.svc.cluster.local` } },
  hboneMtlsPort: 15008,
});

describe("waypoint binding (fetchWaypointForTarget, fetchWaypointForService, fetchWaypointForWorkload)", () => {
  it("a namespace's istio.io/use-waypoint binds its Services to a waypoint of the default traffic type service", () => {
    const m = run(namespace("app", "{istio.io/use-waypoint: wp}") + gateway("wp", "app") + service("web", "app"));
    expect(svc(m, "app/web.app.svc.cluster.local").waypoint).toEqual(hostWaypoint("wp", "app"));
  });

  it("a service-type waypoint is not a workload's: the namespace label leaves pods without one", () => {
    const m = run(
      namespace("app", "{istio.io/use-waypoint: wp}") +
        gateway("wp", "app") +
        pod("p", "app", "{app: web}", "10.0.0.1"),
    );
    expect(wl(m, "Kubernetes//Pod/app/p").waypoint).toBeUndefined();
  });

  it("istio.io/waypoint-for: workload binds pods and not Services; all binds both", () => {
    const m = run(
      namespace("a", "{istio.io/use-waypoint: wp}") +
        gateway("wp", "a", "{istio.io/waypoint-for: workload}") +
        service("web", "a") +
        pod("p", "a", "{app: web}", "10.0.0.1") +
        namespace("b", "{istio.io/use-waypoint: wp}") +
        gateway("wp", "b", "{istio.io/waypoint-for: all}") +
        service("web", "b") +
        pod("p", "b", "{app: web}", "10.0.0.2"),
    );
    expect(svc(m, "a/web.a.svc.cluster.local").waypoint).toBeUndefined();
    expect(wl(m, "Kubernetes//Pod/a/p").waypoint).toEqual(hostWaypoint("wp", "a"));
    expect(svc(m, "b/web.b.svc.cluster.local").waypoint).toEqual(hostWaypoint("wp", "b"));
    expect(wl(m, "Kubernetes//Pod/b/p").waypoint).toEqual(hostWaypoint("wp", "b"));
  });

  it("waypoint-for none binds nothing", () => {
    const m = run(
      namespace("a", "{istio.io/use-waypoint: wp}") +
        gateway("wp", "a", "{istio.io/waypoint-for: none}") +
        service("web", "a"),
    );
    expect(svc(m, "a/web.a.svc.cluster.local").waypoint).toBeUndefined();
  });

  it("the object's own label wins over its namespace's; use-waypoint: none opts out", () => {
    const m = run(
      namespace("a", "{istio.io/use-waypoint: wp}") +
        gateway("wp", "a") +
        gateway("other", "a") +
        service("web", "a", "{istio.io/use-waypoint: other}") +
        service("db", "a", "{istio.io/use-waypoint: none}"),
    );
    expect(svc(m, "a/web.a.svc.cluster.local").waypoint).toEqual(hostWaypoint("other", "a"));
    expect(svc(m, "a/db.a.svc.cluster.local").waypoint).toBeUndefined();
  });

  it("istio.io/use-waypoint-namespace names another namespace; attachment needs the listener's allowedRoutes (From Same by default)", () => {
    const m = run(
      namespace("a") +
        gateway("shared", "infra") +
        `
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: open, namespace: infra}
spec: {gatewayClassName: istio-waypoint, listeners: [{name: mesh, port: 15008, protocol: HBONE, allowedRoutes: {namespaces: {from: All}}}]}
status: {addresses: [{type: Hostname, value: open.infra.svc.cluster.local}]}
---` +
        service("same", "a", "{istio.io/use-waypoint: shared, istio.io/use-waypoint-namespace: infra}") +
        service("all", "a", "{istio.io/use-waypoint: open, istio.io/use-waypoint-namespace: infra}"),
    );
    expect(svc(m, "a/same.a.svc.cluster.local").waypoint).toBeUndefined(); // AllowsAttachmentFromNamespace: Same
    expect(svc(m, "a/all.a.svc.cluster.local").waypoint).toEqual(hostWaypoint("open", "infra"));
  });

  it("a Gateway without status addresses is no waypoint yet; one with only an IP is addressed by it on the network", () => {
    const m = run(
      namespace("a", "{istio.io/use-waypoint: wp}") +
        gateway("wp", "a", "{}", "{}") +
        service("web", "a") +
        namespace("b", "{istio.io/use-waypoint: wp}") +
        gateway("wp", "b", "{}", "{addresses: [{type: IPAddress, value: 10.96.9.9}]}") +
        service("web", "b"),
    );
    expect(svc(m, "a/web.a.svc.cluster.local").waypoint).toBeUndefined();
    expect(svc(m, "b/web.b.svc.cluster.local").waypoint).toEqual({
      destination: { address: { network: "", address: "10.96.9.9" } },
      hboneMtlsPort: 15008,
    });
  });

  it("a waypoint's own pods get its inbound binding as application tunnel and no waypoint (computeWaypoint, makeInboundBinding)", () => {
    const m = run(
      namespace("a", "{istio.io/use-waypoint: wp}") +
        gateway(
          "wp",
          "a",
          "{istio.io/waypoint-for: all}",
          undefined,
          ", annotations: {ambient.istio.io/waypoint-inbound-binding: PROXY/15088}",
        ) +
        pod("wp-pod", "a", "{gateway.networking.k8s.io/gateway-name: wp}", "10.0.0.9"),
    );
    const w = wl(m, "Kubernetes//Pod/a/wp-pod");
    expect(w.waypoint).toBeUndefined();
    expect(w.applicationTunnel).toEqual({ protocol: "PROXY", port: 15088 });
  });

  it("Services managed as waypoints or east-west gateways never get a waypoint", () => {
    const m = run(
      namespace("a", "{istio.io/use-waypoint: wp}") +
        gateway("wp", "a") +
        service("wp", "a", "{gateway.istio.io/managed: istio.io-mesh-controller}"),
    );
    expect(svc(m, "a/wp.a.svc.cluster.local").waypoint).toBeUndefined();
  });

  it("istio.io/ingress-use-waypoint (Service, else namespace) is sent only with a waypoint bound (ingressUseWaypointFromLabels)", () => {
    const m = run(
      namespace("a", "{istio.io/use-waypoint: wp, istio.io/ingress-use-waypoint: 'true'}") +
        gateway("wp", "a") +
        service("web", "a") +
        service("off", "a", "{istio.io/ingress-use-waypoint: 'false'}") +
        namespace("b", "{istio.io/ingress-use-waypoint: 'true'}") +
        service("web", "b"),
    );
    expect(svc(m, "a/web.a.svc.cluster.local").ingressUseWaypoint).toBe(true);
    expect(svc(m, "a/off.a.svc.cluster.local").ingressUseWaypoint).toBeUndefined();
    expect(svc(m, "b/web.b.svc.cluster.local").ingressUseWaypoint).toBeUndefined();
  });

  it("ServiceEntries and WorkloadEntries bind as Services and workloads do (serviceEntriesInfo, workloadEntryWorkloadBuilder)", () => {
    const m = run(
      namespace("a", "{istio.io/use-waypoint: wp}") +
        gateway("wp", "a", "{istio.io/waypoint-for: all}") +
        `
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata: {name: ext, namespace: a}
spec: {hosts: [ext.example.com], ports: [{number: 80, name: http}], resolution: DNS}
---
apiVersion: networking.istio.io/v1
kind: WorkloadEntry
metadata: {name: vm, namespace: a}
spec: {address: 192.0.2.3}
`,
    );
    expect(svc(m, "a/ext.example.com").waypoint).toEqual(hostWaypoint("wp", "a"));
    expect(wl(m, "Kubernetes/networking.istio.io/WorkloadEntry/a/vm").waypoint).toEqual(hostWaypoint("wp", "a"));
    // The implicit DNS endpoint has no labels of its own and gets no waypoint.
    expect(wl(m, "Kubernetes/networking.istio.io/ServiceEntry/a/ext/ext.example.com").waypoint).toBeUndefined();
  });

  it("a listener selector with matchExpressions is refused naming the field", () => {
    let e: unknown;
    try {
      run(`
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: wp, namespace: a}
spec: {gatewayClassName: istio-waypoint, listeners: [{name: mesh, port: 15008, protocol: HBONE, allowedRoutes: {namespaces: {from: Selector, selector: {matchExpressions: []}}}}]}
status: {addresses: [{type: Hostname, value: wp.a.svc.cluster.local}]}
`);
    } catch (x) {
      e = x;
    }
    expect(e).toBeInstanceOf(ControlPlaneError);
    expect((e as Error).message).toBe(
      "wp.yaml#2: Gateway a/wp: spec.listeners[0].allowedRoutes.namespaces.selector.matchExpressions: not supported (use matchLabels)",
    );
  });
});

describe("networks (BuildNetworkCollections, localK8sGatewayToNetworkGateways, getNetworkGatewayAddress, convertGateway)", () => {
  const EW = `
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: ew, namespace: istio-system, labels: {topology.istio.io/network: net2}}
spec: {gatewayClassName: istio-remote, listeners: [{name: mesh, port: 15008, protocol: HBONE}]}
status: {addresses: [{type: IPAddress, value: 203.0.113.7}]}
---`;

  it("the istio-system namespace's topology.istio.io/network label is every workload's and VIP's network", () => {
    const m = run(
      namespace("istio-system", "{topology.istio.io/network: net1}") +
        service("web", "default") +
        pod("p", "default", "{app: web}", "10.0.0.1"),
    );
    expect(wl(m, "Kubernetes//Pod/default/p").network).toBe("net1");
    expect(svc(m, "default/web.default.svc.cluster.local").vips).toEqual([{ network: "net1", address: "10.96.1.3" }]);
  });

  it("an istio-remote Gateway labelled with a network is the network_gateway of that network's workloads", () => {
    const m = run(
      namespace("istio-system", "{topology.istio.io/network: net2}") +
        EW +
        pod("p", "default", "{app: web}", "10.0.0.1") +
        `
apiVersion: networking.istio.io/v1
kind: WorkloadEntry
metadata: {name: vm, namespace: default}
spec: {address: 192.0.2.3, network: net3}
`,
    );
    expect(wl(m, "Kubernetes//Pod/default/p").networkGateway).toEqual({
      destination: { address: { network: "net2", address: "203.0.113.7" } },
      hboneMtlsPort: 15008,
    });
    expect(wl(m, "Kubernetes/networking.istio.io/WorkloadEntry/default/vm").networkGateway).toBeUndefined();
  });

  it("the gateway is a workload of its own: uid NetworkGateway/<network>/<address>/<hbone port>, service account <name>-istio-remote", () => {
    const w = wl(run(EW), "NetworkGateway/net2/203.0.113.7/15008");
    expect(w).toMatchObject({
      name: "NetworkGateway/net2/203.0.113.7/15008",
      namespace: "istio-system",
      serviceAccount: "ew-istio-remote",
      network: "net2",
      workloadIps: ["203.0.113.7"],
      trustDomain: "cluster.local",
    });
  });

  it("an istio-east-west Gateway of the local cluster, or one without the network label, is no network gateway", () => {
    const m = run(`
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: ew, namespace: istio-system, labels: {topology.istio.io/network: net2}}
spec: {gatewayClassName: istio-east-west, listeners: [{name: mesh, port: 15008, protocol: HBONE}]}
status: {addresses: [{type: IPAddress, value: 203.0.113.7}]}
---
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: nolabel, namespace: istio-system}
spec: {gatewayClassName: istio-remote, listeners: [{name: mesh, port: 15008, protocol: HBONE}]}
status: {addresses: [{type: IPAddress, value: 203.0.113.8}]}
`);
    expect(m.workloads.filter((w) => w.uid.startsWith("NetworkGateway/"))).toEqual([]);
  });
});
