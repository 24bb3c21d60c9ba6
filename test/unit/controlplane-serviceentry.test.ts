// ServiceEntry / WorkloadEntry → Service and Workload, one behaviour per test. Every expected
// value is written from istiod's code (istio/istio pilot/pkg/serviceregistry/ambient
// services.go / workloads.go / helpers.go, pilot/pkg/controllers/ipallocate; the function each
// test follows is named in it), not from our translator's output. Addresses are data only.
import { describe, expect, it } from "vitest";
import type { Service, Workload } from "../../src/state/types.ts";
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
`;
const FILE = "se.yaml";

function run(yaml: string, opts: Partial<TranslateOptions> = {}): Mesh {
  return translate([...parseMeshText(BASE, "base.yaml"), ...parseMeshText(yaml, FILE)], { ...OPTS, ...opts });
}

function svc(m: Mesh, key: string): Service {
  const s = m.services.find((x) => `${x.namespace}/${x.hostname}` === key);
  if (!s) throw new Error(`no service ${key}: ${m.services.map((x) => `${x.namespace}/${x.hostname}`).join(", ")}`);
  return s;
}
function wl(m: Mesh, uid: string): Workload {
  const w = m.workloads.find((x) => x.uid === uid);
  if (!w) throw new Error(`no workload ${uid}: ${m.workloads.map((x) => x.uid).join(", ")}`);
  return w;
}
function err(yaml: string, opts: Partial<TranslateOptions> = {}): ControlPlaneError {
  try {
    run(yaml, opts);
  } catch (e) {
    if (e instanceof ControlPlaneError) return e;
    throw e;
  }
  throw new Error("translated without error");
}

const se = (spec: string, meta = "name: ext, namespace: default") => `
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata: {${meta}}
spec: ${spec}
`;

describe("ServiceEntry → Service (constructServiceEntries)", () => {
  it("one Service per host: name/namespace of the entry, hostname the host, spec addresses as VIPs, SANs", () => {
    const m = run(
      se(
        "{hosts: [a.example.com, b.example.com], addresses: [192.0.2.10], ports: [{number: 443, name: https, protocol: TLS}], resolution: STATIC, endpoints: [{address: 192.0.2.20}], subjectAltNames: [spiffe://x/ns/a/sa/b]}",
      ),
    );
    for (const h of ["a.example.com", "b.example.com"]) {
      const s = svc(m, `default/${h}`);
      expect(s).toMatchObject({
        name: "ext",
        namespace: "default",
        hostname: h,
        vips: [{ network: "", address: "192.0.2.10" }],
        subjectAltNames: ["spiffe://x/ns/a/sa/b"],
      });
      expect(s.ipFamilies).toBeUndefined(); // IpFamilies AUTOMATIC: istiod sets none for entries
    }
  });

  it("ports: targetPort when set, else the port number", () => {
    const m = run(
      se(
        "{hosts: [a.example.com], addresses: [192.0.2.10], ports: [{number: 80, name: http, targetPort: 8080}, {number: 443, name: tls}], resolution: STATIC, endpoints: [{address: 192.0.2.20}]}",
      ),
    );
    expect({ ...svc(m, "default/a.example.com").ports }).toEqual({ 80: 8080, 443: 443 });
  });

  it("resolution NONE → load balancing PASSTHROUGH / ALLOW_ALL, no routing preference", () => {
    const m = run(se("{hosts: [a.example.com], addresses: [192.0.2.10], ports: [{number: 80, name: http}]}"));
    expect(svc(m, "default/a.example.com").loadBalancer).toEqual({
      routingPreferences: [],
      mode: "Passthrough",
      healthPolicy: "AllowAll",
    });
  });

  it("resolution DNS reads the traffic-distribution annotation (GetTrafficDistribution(nil, …))", () => {
    const m = run(
      se(
        "{hosts: [a.example.com], ports: [{number: 80, name: http}], resolution: DNS}",
        "name: ext, namespace: default, annotations: {networking.istio.io/traffic-distribution: PreferClose}",
      ),
    );
    expect(svc(m, "default/a.example.com").loadBalancer).toEqual({
      routingPreferences: ["Network", "Region", "Zone"],
      mode: "Failover",
      healthPolicy: "OnlyHealthy",
    });
  });

  it("a ServiceEntry host no Kubernetes Service has is canonical; the oldest of two namespaces wins (selectWorkloadServices)", () => {
    const m = run(
      se(
        "{hosts: [a.example.com], ports: [{number: 80, name: http}], resolution: DNS}",
        "name: young, namespace: one, creationTimestamp: '2024-02-01T00:00:00Z'",
      ) +
        "---" +
        se(
          "{hosts: [a.example.com], ports: [{number: 80, name: http}], resolution: DNS}",
          "name: old, namespace: two, creationTimestamp: '2024-01-01T00:00:00Z'",
        ),
    );
    expect(svc(m, "two/a.example.com").canonical).toBe(true);
    expect(svc(m, "one/a.example.com").canonical).toBe(false);
  });
});

describe("VIP auto-allocation (ShouldV2AutoAllocateIP, prefixUse.allocateNext)", () => {
  it("hosts without addresses get the next IPv4 and IPv6 of 240.240.0.0/16 and 2001:2::/48, in creation order", () => {
    const m = run(
      se(
        "{hosts: [b.example.com], ports: [{number: 80, name: http}], resolution: DNS}",
        "name: second, namespace: default, creationTimestamp: '2024-02-01T00:00:00Z'",
      ) +
        "---" +
        se(
          "{hosts: [a.example.com, c.example.com], ports: [{number: 80, name: http}], resolution: DNS}",
          "name: first, namespace: default, creationTimestamp: '2024-01-01T00:00:00Z'",
        ),
    );
    const vips = (k: string) => svc(m, k).vips.map((v) => v.address);
    expect(vips("default/a.example.com")).toEqual(["240.240.0.1", "2001:2::1"]);
    expect(vips("default/c.example.com")).toEqual(["240.240.0.2", "2001:2::2"]);
    expect(vips("default/b.example.com")).toEqual(["240.240.0.3", "2001:2::3"]);
  });

  it("the ranges are settings (the demo's 127.0.0.0/8)", () => {
    const m = run(se("{hosts: [a.example.com], ports: [{number: 80, name: http}], resolution: DNS}"), {
      autoAllocateV4: "127.0.0.0/8",
      autoAllocateV6: "fd00:2::/64",
    });
    expect(svc(m, "default/a.example.com").vips.map((v) => v.address)).toEqual(["127.0.0.1", "fd00:2::1"]);
  });

  it("no allocation for resolution NONE, for user addresses, for the opt-out label, nor for a wildcard host unless DYNAMIC_DNS", () => {
    const m = run(
      [
        se("{hosts: [none.example.com], ports: [{number: 80, name: http}]}", "name: none, namespace: default"),
        se(
          "{hosts: [optout.example.com], ports: [{number: 80, name: http}], resolution: DNS}",
          "name: optout, namespace: default, labels: {networking.istio.io/enable-autoallocate-ip: 'False'}",
        ),
        se(
          "{hosts: ['*.wild.example.com'], ports: [{number: 80, name: http}], resolution: DNS}",
          "name: wild, namespace: default",
        ),
        se(
          "{hosts: ['*.dyn.example.com'], ports: [{number: 80, name: http}], resolution: DYNAMIC_DNS}",
          "name: dyn, namespace: default",
        ),
      ].join("---"),
    );
    expect(svc(m, "default/none.example.com").vips).toEqual([]);
    expect(svc(m, "default/optout.example.com").vips).toEqual([]);
    expect(svc(m, "default/*.wild.example.com").vips).toEqual([]);
    expect(svc(m, "default/*.dyn.example.com").vips.map((v) => v.address)).toEqual(["240.240.0.1", "2001:2::1"]);
  });

  it("addresses already in status are kept, and taken: a new entry gets the next free one", () => {
    const m = run(
      se(
        "{hosts: [a.example.com], ports: [{number: 80, name: http}], resolution: DNS}\nstatus: {addresses: [{host: a.example.com, value: 240.240.0.1}, {host: a.example.com, value: '2001:2::1'}]}",
        "name: kept, namespace: default, creationTimestamp: '2024-03-01T00:00:00Z'",
      ) +
        "---" +
        se(
          "{hosts: [b.example.com], ports: [{number: 80, name: http}], resolution: DNS}",
          "name: fresh, namespace: default, creationTimestamp: '2024-01-01T00:00:00Z'",
        ),
    );
    expect(svc(m, "default/a.example.com").vips.map((v) => v.address)).toEqual(["240.240.0.1", "2001:2::1"]);
    expect(svc(m, "default/b.example.com").vips.map((v) => v.address)).toEqual(["240.240.0.2", "2001:2::2"]);
  });
});

describe("ServiceEntry endpoints → Workloads (serviceEntryWorkloadBuilder)", () => {
  const ENTRY = se(
    "{hosts: [a.example.com], addresses: [192.0.2.10], ports: [{number: 80, name: http, targetPort: 8080}], resolution: STATIC, endpoints: [{address: 192.0.2.20, ports: {http: 9090}, network: n2, locality: r1/z1/s1, weight: 3, serviceAccount: ext-sa, labels: {v: one}}]}",
    "name: ext, namespace: default, labels: {app: extapp}",
  );

  it("uid <cluster>/networking.istio.io/ServiceEntry/<ns>/<name>/<address>, the entry's name, address, network, identity", () => {
    const w = wl(run(ENTRY), "Kubernetes/networking.istio.io/ServiceEntry/default/ext/192.0.2.20");
    expect(w).toMatchObject({
      name: "ext",
      namespace: "default",
      workloadIps: ["192.0.2.20"],
      hostname: "",
      network: "n2",
      serviceAccount: "ext-sa",
      trustDomain: "cluster.local",
      clusterId: "Kubernetes",
      status: "Healthy",
      protocol: "TCP",
      workloadType: "pod",
      workloadName: "ext",
      canonicalName: "extapp",
      canonicalRevision: "latest",
      capacity: 3,
      locality: { region: "r1", zone: "z1", subzone: "s1" },
    });
  });

  it("the endpoint backs every host; a port named on the endpoint overrides targetPort (constructServicesFromWorkloadEntry)", () => {
    const w = wl(run(ENTRY), "Kubernetes/networking.istio.io/ServiceEntry/default/ext/192.0.2.20");
    expect(Object.keys(w.services)).toEqual(["default/a.example.com"]);
    expect({ ...w.services["default/a.example.com"] }).toEqual({ 80: 9090 });
  });

  it("resolution DNS: an endpoint that is a hostname is carried in Workload.hostname, with no address", () => {
    const m = run(
      se(
        "{hosts: [a.example.com], ports: [{number: 443, name: tls}], resolution: DNS, endpoints: [{address: backend.example.net}]}",
      ),
    );
    const w = wl(m, "Kubernetes/networking.istio.io/ServiceEntry/default/ext/backend.example.net");
    expect(w.workloadIps).toEqual([]);
    expect(w.hostname).toBe("backend.example.net");
    expect({ ...w.services["default/a.example.com"] }).toEqual({ 443: 443 });
  });

  it("resolution DNS without endpoints or selector: one implicit endpoint per host, its hostname the host", () => {
    const m = run(se("{hosts: [a.example.com, b.example.com], ports: [{number: 80, name: http}], resolution: DNS}"));
    const a = wl(m, "Kubernetes/networking.istio.io/ServiceEntry/default/ext/a.example.com");
    expect(a.hostname).toBe("a.example.com");
    expect(Object.keys(a.services)).toEqual(["default/a.example.com"]);
    expect(
      Object.keys(wl(m, "Kubernetes/networking.istio.io/ServiceEntry/default/ext/b.example.com").services),
    ).toEqual(["default/b.example.com"]);
  });

  it("resolution STATIC without endpoints builds no workloads", () => {
    const m = run(
      se("{hosts: [a.example.com], addresses: [192.0.2.10], ports: [{number: 80, name: http}], resolution: STATIC}"),
    );
    expect(m.workloads.filter((w) => w.uid.includes("ServiceEntry"))).toEqual([]);
  });

  it("workloadSelector: a selected pod backs the entry, its container port named like the entry's port (constructServices)", () => {
    const m = run(
      `${se("{hosts: [a.example.com], addresses: [192.0.2.10], ports: [{number: 80, name: http}, {number: 81, name: other, targetPort: 8181}], resolution: STATIC, workloadSelector: {labels: {app: web}}}")}---
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: default, labels: {app: web}}
spec: {nodeName: node-a, containers: [{ports: [{containerPort: 8000, name: http}]}]}
status: {podIP: 10.0.0.5}
---
apiVersion: v1
kind: Pod
metadata: {name: other, namespace: other, labels: {app: web}}
spec: {nodeName: node-a}
status: {podIP: 10.0.0.6}
`,
    );
    expect({ ...wl(m, "Kubernetes//Pod/default/web").services["default/a.example.com"] }).toEqual({
      80: 8000,
      81: 8181,
    });
    expect(wl(m, "Kubernetes//Pod/other/other").services["default/a.example.com"]).toBeUndefined();
  });
});

describe("WorkloadEntry → Workload (workloadEntryWorkloadBuilder)", () => {
  const WE = `
apiVersion: networking.istio.io/v1
kind: WorkloadEntry
metadata: {name: vm1, namespace: default, labels: {app: vm}}
spec: {address: 192.0.2.30, serviceAccount: vm-sa, network: vmnet, locality: r2/z2, weight: 5, labels: {version: v2, app: ignored}, ports: {http: 7070}}
`;

  it("uid <cluster>/networking.istio.io/WorkloadEntry/<ns>/<name>, identity, network, locality, weight, merged labels", () => {
    const w = wl(run(WE), "Kubernetes/networking.istio.io/WorkloadEntry/default/vm1");
    expect(w).toMatchObject({
      name: "vm1",
      namespace: "default",
      workloadIps: ["192.0.2.30"],
      serviceAccount: "vm-sa",
      network: "vmnet",
      locality: { region: "r2", zone: "z2", subzone: "" },
      capacity: 5,
      workloadType: "pod",
      workloadName: "vm1",
      // metadata labels win over spec labels (ConvertClientWorkloadEntry); canonical name from app
      canonicalName: "vm",
      canonicalRevision: "v2",
      status: "Healthy",
    });
  });

  it("selected by a ServiceEntry's workloadSelector and by a Service's selector, ports per constructServicesFromWorkloadEntry", () => {
    const m = run(`${WE}---
${se("{hosts: [vm.example.com], addresses: [192.0.2.11], ports: [{number: 80, name: http}], resolution: STATIC, workloadSelector: {labels: {app: vm}}}", "name: vmse, namespace: default")}---
apiVersion: v1
kind: Service
metadata: {name: vmsvc, namespace: default}
spec: {selector: {app: vm}, clusterIP: 10.96.0.9, ports: [{port: 80, name: http, targetPort: 8080}, {port: 90, name: named, targetPort: missing}]}
`);
    const w = wl(m, "Kubernetes/networking.istio.io/WorkloadEntry/default/vm1");
    expect({ ...w.services["default/vm.example.com"] }).toEqual({ 80: 7070 });
    // The Service's port named http takes the entry's http port; a named targetPort it lacks is left out.
    expect({ ...w.services["default/vmsvc.default.svc.cluster.local"] }).toEqual({ 80: 7070 });
  });

  it("an address that is not an IP is the workload's hostname", () => {
    const m = run(`
apiVersion: networking.istio.io/v1
kind: WorkloadEntry
metadata: {name: vm2, namespace: default}
spec: {address: vm2.example.net}
`);
    const w = wl(m, "Kubernetes/networking.istio.io/WorkloadEntry/default/vm2");
    expect([w.workloadIps, w.hostname]).toEqual([[], "vm2.example.net"]);
  });
});

describe("bad ServiceEntry / WorkloadEntry objects name file, object and field", () => {
  it("an unknown resolution", () => {
    const e = err(se("{hosts: [a.example.com], resolution: MAGIC}"));
    expect(e.message).toContain("se.yaml#1: ServiceEntry default/ext: spec.resolution:");
    expect(e.message).toContain("is not one of NONE, STATIC, DNS, DNS_ROUND_ROBIN, DYNAMIC_DNS");
  });

  it("no hosts", () => {
    expect(err(se("{hosts: []}")).message).toBe(
      "se.yaml#1: ServiceEntry default/ext: spec.hosts: needs at least one host",
    );
  });

  it("a STATIC endpoint that is not an IP", () => {
    expect(err(se("{hosts: [a.example.com], resolution: STATIC, endpoints: [{address: foo.example}]}")).message).toBe(
      'se.yaml#1: ServiceEntry default/ext: spec.endpoints[0].address: "foo.example" is not an IP (resolution STATIC)',
    );
  });

  it("a bad port number", () => {
    expect(err(se("{hosts: [a.example.com], ports: [{number: 70000, name: x}]}")).message).toContain(
      "se.yaml#1: ServiceEntry default/ext: spec.ports[0].number:",
    );
  });

  it("a WorkloadEntry without an address", () => {
    expect(
      err("apiVersion: networking.istio.io/v1\nkind: WorkloadEntry\nmetadata: {name: vm, namespace: default}\nspec: {}")
        .message,
    ).toBe("se.yaml#1: WorkloadEntry default/vm: spec.address: is required (an IP or a hostname)");
  });

  it("a wrong apiVersion", () => {
    expect(
      err("apiVersion: networking.istio.io/v2\nkind: ServiceEntry\nmetadata: {name: x}\nspec: {hosts: [a]}").message,
    ).toContain('se.yaml#1: ServiceEntry x: apiVersion: "networking.istio.io/v2" is not one of');
  });

  it("a bad auto-allocation range names the option", () => {
    expect(err(se("{hosts: [a.example.com], resolution: DNS}"), { autoAllocateV4: "nope" }).message).toContain(
      "autoAllocateV4:",
    );
  });
});

describe("control-plane --auto-allocate-ipv4 / --auto-allocate-ipv6", () => {
  it("are passed on, and a value that is not a CIDR of the family is refused naming the flag", async () => {
    const { parseControlPlaneArgs } = await import("../../src/commands/control-plane.ts");
    const a = parseControlPlaneArgs([
      "--mesh",
      "m.yaml",
      "--auto-allocate-ipv4",
      "127.0.0.0/8",
      "--auto-allocate-ipv6",
      "fd00::/64",
    ]);
    expect([a.autoAllocateV4, a.autoAllocateV6]).toEqual(["127.0.0.0/8", "fd00::/64"]);
    expect(() => parseControlPlaneArgs(["--mesh", "m.yaml", "--auto-allocate-ipv4", "fd00::/64"])).toThrow(
      '--auto-allocate-ipv4 "fd00::/64" is not an IPv4 CIDR',
    );
  });
});
