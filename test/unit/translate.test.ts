// Kubernetes-style YAML → mesh model, row by row against SPEC.md §2 and istiod's behaviour.
// Addresses are loopback-only data; nothing here opens a socket.
import { describe, expect, it } from "vitest";
import { ControlPlaneError } from "../../xds/controlplane/errors.ts";
import { parseMeshText } from "../../xds/controlplane/mesh-files.ts";
import { type TranslateOptions, translate } from "../../xds/controlplane/translate.ts";

const OPTS: TranslateOptions = {
  clusterId: "Kubernetes",
  trustDomain: "cluster.local",
  clusterDomain: "cluster.local",
  network: "",
};

const NODE = `
apiVersion: v1
kind: Node
metadata:
  name: node-a
  labels:
    topology.kubernetes.io/region: r1
    topology.kubernetes.io/zone: z1
    topology.istio.io/subzone: s1
`;

const ns = (name: string, labels = "", annotations = "") => `
apiVersion: v1
kind: Namespace
metadata:
  name: ${name}
${labels ? `  labels:\n${labels}` : ""}
${annotations ? `  annotations:\n${annotations}` : ""}
`;

const svc = (extraSpec = "", annotations = "", namespace = "default") => `
apiVersion: v1
kind: Service
metadata:
  name: echo
  namespace: ${namespace}
${annotations ? `  annotations:\n${annotations}` : ""}
spec:
  clusterIP: 127.0.10.1
  selector: {app: echo}
  ports:
    - {name: http, port: 80, targetPort: 8080}
    - {name: grpc, port: 90, targetPort: grpc}
${extraSpec}
`;

const pod = (name: string, ip: string, opts: { labels?: string; ready?: boolean; namespace?: string } = {}) => `
apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  namespace: ${opts.namespace ?? "default"}
  labels:
    app: echo
${opts.labels ?? ""}
spec:
  nodeName: node-a
  serviceAccountName: echo-sa
  containers:
    - name: echo
      ports: [{name: grpc, containerPort: 9090}]
status:
  podIP: ${ip}
  conditions:
    - {type: Ready, status: "${opts.ready === false ? "False" : "True"}"}
`;

function run(...parts: string[]) {
  return translate(parseMeshText(parts.join("\n---\n"), "inline.yaml"), OPTS);
}

const lbOf = (...parts: string[]) => run(NODE, ...parts).services[0]?.loadBalancer;

const ZONE = { routingPreferences: ["Network", "Region", "Zone"], mode: "Failover", healthPolicy: "OnlyHealthy" };
const NODE_LB = {
  routingPreferences: ["Network", "Region", "Zone", "Subzone", "Node"],
  mode: "Failover",
  healthPolicy: "OnlyHealthy",
};

describe("SPEC.md §2 translation table", () => {
  it("spec.trafficDistribution PreferClose → NETWORK, REGION, ZONE / FAILOVER", () => {
    expect(lbOf(ns("default"), svc("  trafficDistribution: PreferClose"))).toEqual(ZONE);
  });

  it("spec.trafficDistribution PreferSameZone → NETWORK, REGION, ZONE / FAILOVER", () => {
    expect(lbOf(ns("default"), svc("  trafficDistribution: PreferSameZone"))).toEqual(ZONE);
  });

  it("spec.trafficDistribution PreferSameNode → NETWORK, REGION, ZONE, SUBZONE, NODE / FAILOVER", () => {
    expect(lbOf(ns("default"), svc("  trafficDistribution: PreferSameNode"))).toEqual(NODE_LB);
  });

  it("spec.internalTrafficPolicy Local → NODE / STRICT", () => {
    expect(lbOf(ns("default"), svc("  internalTrafficPolicy: Local"))).toEqual({
      routingPreferences: ["Node"],
      mode: "Strict",
      healthPolicy: "OnlyHealthy",
    });
  });

  it("nothing set → no load balancing", () => {
    expect(lbOf(ns("default"), svc())).toBeUndefined();
  });
});

describe("precedence", () => {
  const svcAnno = (v: string) => `    networking.istio.io/traffic-distribution: ${v}`;
  const nsAnno = (v: string) => `    networking.istio.io/traffic-distribution: ${v}`;

  it("internalTrafficPolicy Local wins over trafficDistribution and annotations", () => {
    const lb = lbOf(
      ns("default", "", nsAnno("PreferSameNode")),
      svc("  internalTrafficPolicy: Local\n  trafficDistribution: PreferClose", svcAnno("PreferSameNode")),
    );
    expect(lb?.mode).toBe("Strict");
  });

  it("the spec field wins over the Service annotation", () => {
    expect(lbOf(ns("default"), svc("  trafficDistribution: PreferClose", svcAnno("PreferSameNode")))).toEqual(ZONE);
  });

  it("the Service annotation (any case) wins over the Namespace annotation", () => {
    expect(lbOf(ns("default", "", nsAnno("PreferClose")), svc("", svcAnno("prefersamenode")))).toEqual(NODE_LB);
  });

  it("the Namespace annotation applies when the Service says nothing", () => {
    expect(lbOf(ns("default", "", nsAnno("PREFERCLOSE")), svc())).toEqual(ZONE);
  });

  it("an unknown Service annotation value means none and does not fall through to the Namespace", () => {
    expect(lbOf(ns("default", "", nsAnno("PreferClose")), svc("", svcAnno("Nearby")))).toBeUndefined();
  });

  it("an unknown spec value falls through to the annotations, as in istiod", () => {
    expect(lbOf(ns("default"), svc("  trafficDistribution: Bogus", svcAnno("PreferClose")))).toEqual(ZONE);
  });
});

describe("other service fields", () => {
  it("publishNotReadyAddresses → health policy AllowAll, alone or with a distribution", () => {
    expect(lbOf(ns("default"), svc("  publishNotReadyAddresses: true"))).toEqual({
      routingPreferences: [],
      mode: "Standard",
      healthPolicy: "AllowAll",
    });
    expect(lbOf(ns("default"), svc("  publishNotReadyAddresses: true\n  trafficDistribution: PreferClose"))).toEqual({
      ...ZONE,
      healthPolicy: "AllowAll",
    });
  });

  it("ipFamilies: two → Dual, one → that family, none → unset", () => {
    const fam = (f: string) => run(NODE, ns("default"), svc(f)).services[0]?.ipFamilies;
    expect(fam("  ipFamilies: [IPv4, IPv6]")).toBe("Dual");
    expect(fam("  ipFamilies: [IPv6]")).toBe("IPv6");
    expect(fam("  ipFamilies: [IPv4]")).toBe("IPv4");
    expect(fam("")).toBeUndefined();
  });

  it("hostname, VIPs, ports (named targetPort → 0) and the pod's resolved port map", () => {
    const m = run(NODE, ns("default", "    istio.io/dataplane-mode: ambient"), svc(), pod("echo-1", "127.0.20.1"));
    expect(m.services[0]).toMatchObject({
      name: "echo",
      namespace: "default",
      hostname: "echo.default.svc.cluster.local",
      vips: [{ network: "", address: "127.0.10.1" }],
      ports: { 80: 8080, 90: 0 },
      canonical: true,
    });
    expect(m.workloads[0]?.services).toEqual({ "default/echo.default.svc.cluster.local": { 80: 8080, 90: 9090 } });
  });

  it("clusterIPs take precedence over clusterIP and headless services have no VIP", () => {
    const dual = run(NODE, svc("  clusterIPs: [127.0.10.1, '::1']")).services[0];
    expect(dual?.vips.map((v) => v.address)).toEqual(["127.0.10.1", "::1"]);
    const headless = run(NODE, svc().replace("clusterIP: 127.0.10.1", "clusterIP: None")).services[0];
    expect(headless?.vips).toEqual([]);
  });
});

describe("workloads", () => {
  it("an ambient namespace's pod → HBONE, uid, identity, locality from its node, Healthy", () => {
    const w = run(NODE, ns("default", "    istio.io/dataplane-mode: ambient"), svc(), pod("echo-1", "127.0.20.1"))
      .workloads[0];
    expect(w).toMatchObject({
      uid: "Kubernetes//Pod/default/echo-1",
      name: "echo-1",
      namespace: "default",
      workloadIps: ["127.0.20.1"],
      protocol: "HBONE",
      trustDomain: "cluster.local",
      serviceAccount: "echo-sa",
      node: "node-a",
      clusterId: "Kubernetes",
      locality: { region: "r1", zone: "z1", subzone: "s1" },
      status: "Healthy",
      canonicalName: "echo",
      canonicalRevision: "latest",
      workloadType: "pod",
      capacity: 1,
    });
  });

  it("a non-ambient namespace → TCP", () => {
    expect(run(NODE, ns("default"), pod("echo-1", "127.0.20.1")).workloads[0]?.protocol).toBe("TCP");
  });

  it("a pod labelled ambient in a plain namespace → HBONE", () => {
    const labels = "    istio.io/dataplane-mode: ambient";
    expect(run(NODE, ns("default"), pod("echo-1", "127.0.20.1", { labels })).workloads[0]?.protocol).toBe("HBONE");
  });

  it("a pod labelled none in an ambient namespace → TCP", () => {
    const labels = "    istio.io/dataplane-mode: none";
    const m = run(NODE, ns("default", "    istio.io/dataplane-mode: ambient"), pod("echo-1", "127.0.20.1", { labels }));
    expect(m.workloads[0]?.protocol).toBe("TCP");
  });

  it("an unready pod → Unhealthy", () => {
    expect(run(NODE, pod("echo-1", "127.0.20.1", { ready: false })).workloads[0]?.status).toBe("Unhealthy");
  });

  it("a pod whose named target port is not among its containers leaves that port out", () => {
    const p = pod("echo-1", "127.0.20.1").replace("name: grpc, containerPort", "name: other, containerPort");
    expect(run(NODE, svc(), p).workloads[0]?.services).toEqual({
      "default/echo.default.svc.cluster.local": { 80: 8080 },
    });
  });

  it("an EndpointSlice of a selector-less service: pod targets join it, others become workloads", () => {
    const m = run(
      NODE,
      svc().replace("  selector: {app: echo}\n", ""),
      pod("echo-1", "127.0.20.1"),
      `
apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: echo-abc
  namespace: default
  labels: {kubernetes.io/service-name: echo}
addressType: IPv4
ports: [{name: http, port: 8081, protocol: TCP}]
endpoints:
  - addresses: [127.0.20.1]
    targetRef: {kind: Pod, name: echo-1}
  - addresses: [127.0.30.1]
    conditions: {ready: false}
`,
    );
    const byUid = Object.fromEntries(m.workloads.map((w) => [w.uid, w]));
    expect(byUid["Kubernetes//Pod/default/echo-1"]?.services).toHaveProperty([
      "default/echo.default.svc.cluster.local",
    ]);
    expect(byUid["Kubernetes/discovery.k8s.io/EndpointSlice/default/echo-abc/127.0.30.1"]).toMatchObject({
      workloadIps: ["127.0.30.1"],
      services: { "default/echo.default.svc.cluster.local": { 80: 8081 } },
      status: "Unhealthy",
    });
  });
});

describe("bad mesh input", () => {
  const err = (text: string): ControlPlaneError => {
    try {
      translate(parseMeshText(text, "mesh/bad.yaml"), OPTS);
    } catch (e) {
      expect(e).toBeInstanceOf(ControlPlaneError);
      return e as ControlPlaneError;
    }
    throw new Error("expected a ControlPlaneError");
  };

  it("an unknown kind names file, object and field", () => {
    const e = err("kind: Deployment\nmetadata: {name: web, namespace: default}\n");
    expect(e.code).toBe("ZTS_CONTROLPLANE_BAD_MESH");
    expect(e.message).toBe(
      'mesh/bad.yaml#1: Deployment default/web: kind: "Deployment" is not supported (one of Namespace, Node, Service, Pod, EndpointSlice, AuthorizationPolicy, PeerAuthentication, ServiceEntry, WorkloadEntry, Gateway, GatewayClass, ConfigMap)',
    );
  });

  it("a pod without an IP names file, object and status.podIP", () => {
    const e = err(`${NODE}\n---\n${pod("echo-1", "127.0.20.1").replace("podIP: 127.0.20.1", "phase: Pending")}`);
    expect(e.message).toMatch(/^mesh\/bad\.yaml#2: Pod default\/echo-1: status\.podIP: is required/);
  });

  it("a pod on an undefined node names spec.nodeName", () => {
    const e = err(pod("echo-1", "127.0.20.1"));
    expect(e.message).toBe(
      'mesh/bad.yaml#1: Pod default/echo-1: spec.nodeName: node "node-a" is not defined in the mesh',
    );
  });

  it("malformed YAML names file and line", () => {
    const e = err("kind: Pod\nmetadata: {name: x\n  bad: [\n");
    expect(e.code).toBe("ZTS_CONTROLPLANE_BAD_MESH");
    expect(e.message).toMatch(/^mesh\/bad\.yaml:\d+:\d+: malformed YAML/);
  });

  it("every broken document is named in one error", () => {
    const e = err(
      `${svc().replace("port: 80,", "port: 0,")}\n---\n${pod("echo-1", "127.0.20.1").replace("name: echo-1", "name: ''")}`,
    );
    expect(e.message).toBe(
      "mesh/bad.yaml#1: Service default/echo: spec.ports[0].port: 0 is not an integer between 1 and 65535; " +
        "mesh/bad.yaml#2: Pod default/: metadata.name: must not be empty",
    );
  });

  it("a bad IP names the field", () => {
    const e = err(svc().replace("127.0.10.1", "127.0.10.300"));
    expect(e.message).toBe(
      'mesh/bad.yaml#1: Service default/echo: spec.clusterIP: "127.0.10.300" is not an IP address',
    );
  });
});
