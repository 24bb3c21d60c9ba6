// The inbound decision, called directly: which local workload a CONNECT authority or a
// plaintext original destination names, the service it was probably for, the source's
// workload (labels only) and the authorization verdict. Addresses are data.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { policySourceFromList } from "../../src/decide/authz.ts";
import { type InboundConn, inboundRequest } from "../../src/decide/inbound.ts";
import { createState } from "../../src/state/store.ts";
import type { Authorization, Workload } from "../../src/state/types.ts";
import { rbacMatch } from "../fixtures/mesh-model.ts";
import { service, workload } from "./select-mesh.ts";

const CONFIG = { network: "net1", nodeName: "node-a", selfPorts: new Set([15001, 15006, 15008]) };
const SVC = "default/echo.default.svc.cluster.local";
const pod = workload("Kubernetes//Pod/default/echo-1", {
  workloadIps: ["10.0.1.1"],
  node: "node-a",
  services: { [SVC]: { 80: 8080 } },
  authorizationPolicies: ["default/only-8080"],
});
const elsewhere = workload("Kubernetes//Pod/default/echo-2", { workloadIps: ["10.0.1.2"], node: "node-b" });
const peer = workload("Kubernetes//Pod/default/sleep", { workloadIps: ["10.0.9.9"], node: "node-b" });
const only8080: Authorization = {
  name: "only-8080",
  namespace: "default",
  scope: "WorkloadSelector",
  action: "Allow",
  rules: [[[rbacMatch({ destinationPorts: [8080] })]]],
  dryRun: false,
};
const denyPlain: Authorization = {
  name: "deny-plaintext",
  namespace: "default",
  scope: "Namespace",
  action: "Deny",
  rules: [[[rbacMatch({ notPrincipals: [{ presence: true }] })]]],
  dryRun: false,
};

const state = createState();
state.apply({
  upsertWorkloads: [pod, elsewhere, peer],
  upsertServices: [service("echo.default.svc.cluster.local", { vips: [{ network: "net1", address: "10.96.0.10" }] })],
});

const decide = (conn: InboundConn, policies: Authorization[] = [only8080]) =>
  inboundRequest(conn, state, CONFIG, policySourceFromList(policies));

const SLEEP = "spiffe://cluster.local/ns/default/sa/sleep";

describe("inboundRequest", () => {
  it.each([
    {
      what: "HBONE CONNECT to a local pod's target port: that pod, its service, the peer's workload, allowed",
      conn: { srcIp: "10.0.9.9", srcIdentity: SLEEP, dst: { ip: "10.0.1.1", port: 8080 } },
      want: {
        destination: "echo-1",
        service: "echo.default.svc.cluster.local",
        source: "sleep",
        upstream: "10.0.1.1:8080",
        allow: true,
      },
    },
    {
      what: "a port no policy allows: same request, denied by the policy that decided",
      conn: { srcIp: "10.0.9.9", srcIdentity: SLEEP, dst: { ip: "10.0.1.1", port: 9090 } },
      want: { destination: "echo-1", service: undefined, source: "sleep", upstream: "10.0.1.1:9090", allow: false },
    },
    {
      what: "plaintext from outside the mesh: no source workload, no identity",
      conn: { srcIp: "192.0.2.1", dst: { ip: "10.0.1.1", port: 8080 } },
      want: {
        destination: "echo-1",
        service: "echo.default.svc.cluster.local",
        source: undefined,
        upstream: "10.0.1.1:8080",
        allow: true,
      },
    },
    {
      what: "a mapped spelling of the pod's address is the pod",
      conn: { srcIp: "::ffff:10.0.9.9", srcIdentity: SLEEP, dst: { ip: "::ffff:10.0.1.1", port: 8080 } },
      want: {
        destination: "echo-1",
        service: "echo.default.svc.cluster.local",
        source: "sleep",
        upstream: "10.0.1.1:8080",
        allow: true,
      },
    },
  ])("$what", ({ conn, want }) => {
    const d = decide(conn);
    if (!d.ok) throw new Error(`refused: ${d.code}`);
    expect({
      destination: d.destination.name,
      service: d.service?.hostname,
      source: d.source?.name,
      upstream: `${d.upstream.ip}:${d.upstream.port}`,
      allow: d.verdict.allow,
    }).toEqual(want);
  });

  it("the verdict names the deciding policy; authz carries the facts a policy change re-checks", () => {
    const d = decide({ srcIp: "192.0.2.1", dst: { ip: "10.0.1.1", port: 8080 } }, [denyPlain]);
    if (!d.ok) throw new Error("refused");
    expect(d.verdict).toEqual({ allow: false, policy: "default/deny-plaintext", reason: "deny-match" });
    expect(d.authz).toEqual({ srcIp: "192.0.2.1", srcIdentity: undefined, dstIp: "10.0.1.1", dstPort: 8080 });
  });

  it.each([
    ["a pod on another node", "10.0.1.2"],
    ["an address no workload has", "10.0.7.7"],
    ["a service VIP (inbound never load-balances)", "10.96.0.10"],
  ])("%s → unknown-destination", (_what, ip) => {
    const d = decide({ srcIp: "10.0.9.9", dst: { ip, port: 8080 } });
    expect(d.ok ? "request" : d.code).toBe("unknown-destination");
  });

  it.each([
    ["the authority names the pod reached", "10.0.1.1", "request"],
    ["the authority names another pod (ztunnel's IPMismatch → 400)", "10.0.9.9", "ip-mismatch"],
    ["the authority is an address nobody has", "10.0.7.7", "ip-mismatch"],
  ])("HBONE reaching echo-1: %s → %s", (_what, authority, want) => {
    const d = decide({
      srcIp: "10.0.9.9",
      srcIdentity: SLEEP,
      dst: { ip: authority, port: 8080 },
      reached: "10.0.1.1",
    });
    expect(d.ok ? "request" : d.code).toBe(want);
  });

  it("the request is for the pod reached, the authority only gives the port", () => {
    const d = decide({
      srcIp: "10.0.9.9",
      srcIdentity: SLEEP,
      dst: { ip: "::ffff:10.0.1.1", port: 9000 },
      reached: "10.0.1.1",
    });
    expect(d.ok && `${d.destination.name} ${d.upstream.ip}:${d.upstream.port}`).toBe("echo-1 10.0.1.1:9000");
  });

  it.each([15001, 15006, 15008])("a call to the proxy's own port %i is refused (ztunnel's SelfCall)", (port) => {
    const d = decide({ srcIp: "10.0.9.9", srcIdentity: SLEEP, dst: { ip: "10.0.1.1", port }, reached: "10.0.1.1" });
    expect(d.ok ? "request" : d.code).toBe("self-call");
  });

  it("property: a request only ever names a workload on this node, at the address asked for", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("10.0.1.1", "10.0.1.2", "10.0.9.9", "::ffff:10.0.1.1"),
        fc.ipV4(),
        fc.integer({ min: 1, max: 65535 }),
        (dst, src, port) => {
          const d = decide({ srcIp: src, dst: { ip: dst, port } });
          if (!d.ok) return d.code === "unknown-destination";
          return (
            d.destination.node === "node-a" &&
            d.destination.workloadIps.includes(d.upstream.ip) &&
            d.upstream.port === port
          );
        },
      ),
    );
  });
});

describe("inboundRequest: a waypoint reached for the workloads it serves (validate_destination)", () => {
  const wp = workload("Kubernetes//Pod/default/waypoint", { workloadIps: ["10.0.3.1"], node: "node-a" });
  const guarded = workload("Kubernetes//Pod/default/guarded", {
    workloadIps: ["10.0.4.1"],
    node: "node-b",
    waypoint: { destination: { address: { network: "net1", address: "10.0.3.1" } }, hboneMtlsPort: 15008 },
  });
  const other = workload("Kubernetes//Pod/default/other", { workloadIps: ["10.0.4.2"], node: "node-b" });
  const tunnelled = workload("Kubernetes//Pod/default/proxying", {
    workloadIps: ["10.0.3.2"],
    node: "node-a",
    applicationTunnel: { protocol: "PROXY", port: 15088 },
  });
  const s2 = createState();
  s2.apply({ upsertWorkloads: [wp, guarded, other, tunnelled] });
  const at = (reached: string, authority: string) => {
    const d = inboundRequest(
      { srcIp: "10.0.9.9", srcIdentity: SLEEP, dst: { ip: authority, port: 80 }, reached },
      s2,
      CONFIG,
      policySourceFromList([]),
    );
    return d.ok ? `${d.destination.name} ${d.upstream.ip}:${d.upstream.port}` : d.code;
  };
  it("an authority whose waypoint is the pod reached: allowed, to the waypoint itself", () => {
    expect(at("10.0.3.1", "10.0.4.1")).toBe("waypoint 10.0.3.1:80");
  });
  it("an authority without that waypoint: ip-mismatch", () => {
    expect(at("10.0.3.1", "10.0.4.2")).toBe("ip-mismatch");
  });
  it("a pod with an application tunnel takes any authority (dialled on its tunnel port)", () => {
    expect(at("10.0.3.2", "10.0.4.2")).toBe("proxying 127.0.0.1:15088");
  });
});

describe("inboundRequest: a service hostname as the authority (ztunnel's HboneAddress::SvcHostname)", () => {
  const named = workload("Kubernetes//Pod/default/named", {
    workloadIps: ["10.0.1.5"],
    node: "node-a",
    services: { "default/named.default.svc.cluster.local": { 80: 8081 } },
  });
  const s3 = createState();
  s3.apply({
    upsertWorkloads: [pod, named],
    upsertServices: [
      service("echo.default.svc.cluster.local", { vips: [{ network: "net1", address: "10.96.0.10" }] }),
      // Target port 0: the port comes from each endpoint (a named port).
      service("named.default.svc.cluster.local", { ports: { 80: 0 } }),
    ],
  });
  const at = (reached: string, hostname: string, port: number) => {
    const d = inboundRequest(
      { srcIp: "10.0.9.9", srcIdentity: SLEEP, dst: { hostname, port }, reached },
      s3,
      CONFIG,
      policySourceFromList([]),
    );
    return d.ok ? `${d.destination.name} ${d.upstream.ip}:${d.upstream.port} ${d.service?.name}` : d.code;
  };
  it.each([
    ["the service's target port", "10.0.1.1", "echo.default.svc.cluster.local", 80, "echo-1 10.0.1.1:8080 echo"],
    [
      "this endpoint's own port for a named port",
      "10.0.1.5",
      "named.default.svc.cluster.local",
      80,
      "named 10.0.1.5:8081 named",
    ],
    ["a port the service lacks", "10.0.1.1", "echo.default.svc.cluster.local", 81, "no-port"],
    ["a name no service has", "10.0.1.1", "nope.default.svc.cluster.local", 80, "unknown-hostname"],
  ])("%s", (_what, reached, hostname, port, want) => {
    expect(at(reached, hostname, port)).toBe(want);
  });
});

describe("inboundRequest: a workload with an application tunnel (ztunnel's TunnelRequest)", () => {
  const SANDWICH = "default/sandwich.default.svc.cluster.local";
  const tunnelled = (uid: string, ip: string, tunnel: Workload["applicationTunnel"]) =>
    workload(`Kubernetes//Pod/default/${uid}`, {
      workloadIps: [ip],
      node: "node-a",
      applicationTunnel: tunnel,
      services: { [SANDWICH]: { 80: 8080 } },
    });
  const s4 = createState();
  s4.apply({
    upsertWorkloads: [
      tunnelled("proxy-port", "10.0.5.1", { protocol: "PROXY", port: 15088 }),
      tunnelled("proxy-noport", "10.0.5.2", { protocol: "PROXY" }),
      tunnelled("none-port", "10.0.5.3", { protocol: "NONE", port: 15099 }),
      tunnelled("proxy-v6", "fd00::5:4", { protocol: "PROXY", port: 15088 }),
      // Backs only a service without VIPs.
      workload("Kubernetes//Pod/default/proxy-novip", {
        workloadIps: ["10.0.5.5"],
        node: "node-a",
        applicationTunnel: { protocol: "PROXY", port: 15088 },
        services: { "default/bare.default.svc.cluster.local": { 80: 8080 } },
      }),
    ],
    upsertServices: [
      // This network's IPv4 VIP is the one a PROXY header names for the hostname (ztunnel's max_by_key).
      service("sandwich.default.svc.cluster.local", {
        vips: [
          { network: "other", address: "10.200.0.1" },
          { network: "net1", address: "fd00:96::1" },
          { network: "net1", address: "10.96.5.1" },
        ],
      }),
      service("bare.default.svc.cluster.local", { vips: [] }),
    ],
  });
  const decideAt = (conn: InboundConn, config: Partial<typeof CONFIG & { localhostAppTunnel: boolean }> = {}) =>
    inboundRequest(conn, s4, { ...CONFIG, ...config }, policySourceFromList([]));
  const via = (reached: string, dst: InboundConn["dst"], config = {}) => {
    const d = decideAt({ srcIp: "10.0.9.9", srcIdentity: SLEEP, dst, reached }, config);
    if (!d.ok) return d.code;
    const t = d.tunnel;
    return `${d.upstream.ip}:${d.upstream.port} ${t ? `${t.protocol} ${t.target.ip}:${t.target.port}${t.loopback ? " loopback" : ""}` : "-"}`;
  };

  it("PROXY with a port: the pod's loopback on that port, the authority as the header's target", () => {
    expect(via("10.0.5.1", { ip: "10.96.5.1", port: 80 })).toBe("127.0.0.1:15088 PROXY 10.96.5.1:80 loopback");
  });
  it("PROXY with LOCALHOST_APP_TUNNEL=false: the pod's own address", () => {
    expect(via("10.0.5.1", { ip: "10.96.5.1", port: 80 }, { localhostAppTunnel: false })).toBe(
      "10.0.5.1:15088 PROXY 10.96.5.1:80",
    );
  });
  it("PROXY without a port: the port asked for", () => {
    expect(via("10.0.5.2", { ip: "10.0.5.2", port: 9000 })).toBe("127.0.0.1:9000 PROXY 10.0.5.2:9000 loopback");
  });
  it("an IPv6 pod: loopback ::1", () => {
    expect(via("fd00::5:4", { ip: "fd00::5:4", port: 80 })).toBe("::1:15088 PROXY fd00::5:4:80 loopback");
  });
  it("NONE with a port: the pod's address on that port, never loopback (no header to carry the client)", () => {
    expect(via("10.0.5.3", { ip: "10.0.5.3", port: 80 })).toBe("10.0.5.3:15099 NONE 10.0.5.3:80");
  });
  it("a hostname authority: the header names this network's IPv4 VIP with the service port", () => {
    expect(via("10.0.5.1", { hostname: "sandwich.default.svc.cluster.local", port: 80 })).toBe(
      "127.0.0.1:15088 PROXY 10.96.5.1:80 loopback",
    );
  });
  it("a hostname authority for a service without a VIP: no-service-ip", () => {
    expect(via("10.0.5.5", { hostname: "bare.default.svc.cluster.local", port: 80 })).toBe("no-service-ip");
  });
  it("authorization sees the tunnel port, the port actually dialled", () => {
    const d = decideAt({
      srcIp: "10.0.9.9",
      srcIdentity: SLEEP,
      dst: { ip: "10.96.5.1", port: 80 },
      reached: "10.0.5.1",
    });
    expect(d.ok && d.authz.dstPort).toBe(15088);
  });
  it("plaintext capture (no HBONE): the original destination as it is, no tunnel", () => {
    const d = decideAt({ srcIp: "192.0.2.1", dst: { ip: "10.0.5.1", port: 8080 } });
    expect(d.ok && `${d.upstream.ip}:${d.upstream.port} ${d.tunnel ?? "-"}`).toBe("10.0.5.1:8080 -");
  });
});
