// The outbound decision, called directly (as ztunnel's build_request tests do): one table
// row per route and per refusal, each asserting the value the I/O stages would act on.
// Mesh addresses are data: nothing here opens a socket.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type OutboundConn, outboundRequest, passthroughAllowed } from "../../src/decide/outbound.ts";
import type { DecideConfig, OutboundDecision } from "../../src/decide/request.ts";
import { createCursors } from "../../src/pick/cursors.ts";
import { LOAD_SLOTS } from "../../src/pick/least-conn.ts";
import { createState } from "../../src/state/store.ts";
import type { LoadBalancer } from "../../src/state/types.ts";
import { service, workload } from "./select-mesh.ts";

const SVC = "default/echo.default.svc.cluster.local";
const CONFIG: DecideConfig = {
  network: "net1",
  nodeName: "node-a",
  passthrough: "all",
  selfPorts: new Set([15001, 15006, 15008]),
};

const client = workload("Kubernetes//Pod/default/client", { workloadIps: ["10.0.0.1"], node: "node-a" });
const remoteClient = workload("Kubernetes//Pod/default/far", { workloadIps: ["10.0.0.9"], node: "node-b" });
const hboneEp = workload("Kubernetes//Pod/default/echo-1", {
  workloadIps: ["10.0.1.1"],
  node: "node-b",
  serviceAccount: "echo",
  services: { [SVC]: { 80: 8080 } },
});
const tcpOnly = workload("Kubernetes//Pod/default/legacy", { workloadIps: ["10.0.2.1"], protocol: "TCP" });
const waypoint = workload("Kubernetes//Pod/default/waypoint", {
  workloadIps: ["10.0.3.1"],
  serviceAccount: "waypoint",
});
const behindWaypoint = workload("Kubernetes//Pod/default/guarded", {
  workloadIps: ["10.0.4.1"],
  waypoint: { destination: { address: { network: "net1", address: "10.0.3.1" } }, hboneMtlsPort: 15008 },
});
const STRICT_LOCAL: LoadBalancer = { routingPreferences: ["Node"], mode: "Strict", healthPolicy: "OnlyHealthy" };

function mesh() {
  const state = createState();
  state.apply({
    upsertWorkloads: [client, remoteClient, hboneEp, tcpOnly, waypoint, behindWaypoint],
    upsertServices: [
      service("echo.default.svc.cluster.local", {
        vips: [{ network: "net1", address: "10.96.0.10" }],
        subjectAltNames: ["spiffe://cluster.local/ns/default/sa/echo-alt"],
      }),
      service("local-only.default.svc.cluster.local", {
        vips: [{ network: "net1", address: "10.96.0.11" }],
        loadBalancer: STRICT_LOCAL,
      }),
      service("guarded.default.svc.cluster.local", {
        vips: [{ network: "net1", address: "10.96.0.13" }],
        waypoint: { destination: { address: { network: "net1", address: "10.0.3.1" } }, hboneMtlsPort: 15008 },
      }),
      service("pass.default.svc.cluster.local", {
        vips: [{ network: "net1", address: "10.96.0.12" }],
        loadBalancer: { routingPreferences: [], mode: "Passthrough", healthPolicy: "OnlyHealthy" },
      }),
    ],
  });
  state.apply({
    upsertWorkloads: [
      {
        ...workload("Kubernetes//Pod/default/local-1", { workloadIps: ["10.0.5.1"], node: "node-b" }),
        services: { "default/local-only.default.svc.cluster.local": { 80: 8080 } },
      },
    ],
  });
  return state;
}

const decide = (dest: OutboundConn["dest"], opts: { srcIp?: string; config?: Partial<DecideConfig> } = {}) =>
  outboundRequest(
    { srcIp: opts.srcIp ?? "10.0.0.1", srcPort: 40000, dest },
    mesh(),
    { ...CONFIG, ...opts.config },
    { cursors: createCursors(undefined, 64) },
  );

/** The facts a row asserts: everything the I/O stages read, in one comparable object. */
function facts(d: OutboundDecision) {
  if (!d.ok) return { refused: d.code };
  return {
    via: d.via,
    protocol: d.protocol,
    upstream: `${d.upstream.ip}:${d.upstream.port}`,
    destination: d.destination?.name,
    service: d.service?.hostname,
    authority: d.hbone?.authority,
    srcIdentity: d.hbone?.srcIdentity,
    dstIdentities: d.hbone?.dstIdentities,
    originalDst: d.originalDst,
  };
}

const ID = (sa: string) => `spiffe://cluster.local/ns/default/sa/${sa}`;

describe("outboundRequest: routes", () => {
  it.each([
    {
      route: "service VIP → HBONE endpoint on its :15008, authority = endpoint ip:targetPort, SANs from the service",
      dest: { ip: "10.96.0.10", port: 80 },
      want: {
        via: "endpoint",
        protocol: "HBONE",
        upstream: "10.0.1.1:15008",
        destination: "echo-1",
        service: "echo.default.svc.cluster.local",
        authority: "10.0.1.1:8080",
        srcIdentity: ID("default"),
        dstIdentities: [ID("echo"), ID("echo-alt")],
        originalDst: "10.96.0.10:80",
      },
    },
    {
      route: "service hostname (SOCKS5) → the same endpoint",
      dest: { hostname: "echo.default.svc.cluster.local", port: 80 },
      want: expect.objectContaining({
        protocol: "HBONE",
        upstream: "10.0.1.1:15008",
        originalDst: "echo.default.svc.cluster.local:80",
      }),
    },
    {
      route: "workload IP of an HBONE pod → that pod, port as asked",
      dest: { ip: "10.0.1.1", port: 9000 },
      want: expect.objectContaining({
        via: "endpoint",
        protocol: "HBONE",
        authority: "10.0.1.1:9000",
        service: undefined,
      }),
    },
    {
      route: "workload IP of a non-mesh (TCP) pod → plain TCP to it",
      dest: { ip: "10.0.2.1", port: 5432 },
      want: expect.objectContaining({
        protocol: "TCP",
        upstream: "10.0.2.1:5432",
        authority: undefined,
        srcIdentity: undefined,
      }),
    },
    {
      route: "workload behind a waypoint → HBONE to the waypoint's port, authority = the original destination",
      dest: { ip: "10.0.4.1", port: 80 },
      want: expect.objectContaining({
        via: "waypoint",
        protocol: "HBONE",
        upstream: "10.0.3.1:15008",
        destination: "waypoint",
        authority: "10.0.4.1:80",
        dstIdentities: [ID("waypoint")],
      }),
    },
    {
      route: "service with a waypoint → HBONE to the waypoint, authority = the service VIP:port asked for",
      dest: { ip: "10.96.0.13", port: 80 },
      want: expect.objectContaining({
        via: "waypoint",
        protocol: "HBONE",
        upstream: "10.0.3.1:15008",
        destination: "waypoint",
        authority: "10.96.0.13:80",
      }),
    },
    {
      route:
        "service with a waypoint asked for by name (SOCKS5) → authority = its VIP:port, as ztunnel resolves the name first",
      dest: { hostname: "guarded.default.svc.cluster.local", port: 80 },
      want: expect.objectContaining({
        via: "waypoint",
        protocol: "HBONE",
        upstream: "10.0.3.1:15008",
        destination: "waypoint",
        authority: "10.96.0.13:80",
      }),
    },
    {
      route: "PASSTHROUGH service → straight to the VIP asked for",
      dest: { ip: "10.96.0.12", port: 80 },
      want: expect.objectContaining({
        via: "passthrough",
        protocol: "TCP",
        upstream: "10.96.0.12:80",
        service: "pass.default.svc.cluster.local",
      }),
    },
    {
      route: "an address outside the mesh → passthrough",
      dest: { ip: "192.0.2.7", port: 443 },
      want: expect.objectContaining({
        via: "passthrough",
        protocol: "TCP",
        upstream: "192.0.2.7:443",
        destination: undefined,
      }),
    },
    {
      route: "an IPv4-mapped IPv6 spelling of a mesh pod is that pod (never a bypass)",
      dest: { ip: "::ffff:10.0.1.1", port: 9000 },
      want: expect.objectContaining({
        protocol: "HBONE",
        upstream: "10.0.1.1:15008",
        originalDst: "10.0.1.1:9000",
      }),
    },
  ])("$route", ({ dest, want }) => {
    expect(facts(decide(dest))).toEqual(want);
  });
});

describe("outboundRequest: CONNECT headers", () => {
  const headers = (dest: OutboundConn["dest"]) => {
    const d = decide(dest);
    return d.ok ? d.hbone?.headers.forwarded : d.code;
  };
  it.each([
    [
      "a service VIP: the service's host",
      { ip: "10.96.0.10", port: 80 },
      'for="10.0.0.1:40000";host=echo.default.svc.cluster.local',
    ],
    ["a workload IP: no host", { ip: "10.0.1.1", port: 9000 }, 'for="10.0.0.1:40000"'],
    [
      "a service behind a waypoint: the service asked for, not the waypoint's",
      { ip: "10.96.0.13", port: 80 },
      'for="10.0.0.1:40000";host=guarded.default.svc.cluster.local',
    ],
    [
      "a hostname (SOCKS5): that name",
      { hostname: "echo.default.svc.cluster.local", port: 80 },
      'for="10.0.0.1:40000";host=echo.default.svc.cluster.local',
    ],
  ])("forwarded for %s", (_what, dest, want) => {
    expect(headers(dest)).toBe(want);
  });
  it("baggage names the source workload", () => {
    const d = decide({ ip: "10.96.0.10", port: 80 });
    expect(d.ok && d.hbone?.headers.baggage).toContain("k8s.namespace.name=default");
  });
});

describe("outboundRequest: refusals", () => {
  it.each([
    {
      why: "source is not a workload",
      dest: { ip: "10.96.0.10", port: 80 },
      srcIp: "10.9.9.9",
      code: "unknown-source",
    },
    {
      why: "source is a workload on another node",
      dest: { ip: "10.96.0.10", port: 80 },
      srcIp: "10.0.0.9",
      code: "unknown-source",
    },
    {
      why: "unknown service hostname",
      dest: { hostname: "nope.default.svc.cluster.local", port: 80 },
      code: "unknown-host",
    },
    { why: "a port the service does not have", dest: { ip: "10.96.0.10", port: 81 }, code: "no-upstream" },
    {
      why: "Strict locality with no endpoint on this node",
      dest: { ip: "10.96.0.11", port: 80 },
      code: "strict-no-match",
    },
  ])("$why → $code", ({ dest, srcIp, code }) => {
    expect(facts(decide(dest, { srcIp }))).toEqual({ refused: code });
  });

  it.each([
    ["none", "192.0.2.7", "passthrough-denied"],
    ["loopback", "192.0.2.7", "passthrough-denied"],
    ["loopback", "127.0.0.5", undefined],
  ] as const)("ZTS_PASSTHROUGH=%s to %s → %s", (passthrough, ip, code) => {
    const d = decide({ ip, port: 80 }, { config: { passthrough } });
    expect(d.ok ? undefined : d.code).toBe(code);
  });

  it("a refusal names the source address in ztunnel's words", () => {
    const d = decide({ ip: "10.96.0.10", port: 80 }, { srcIp: "10.9.9.9" });
    expect(d.ok ? "" : d.message).toBe(
      "failed to fetch information about local workload: 10.9.9.9:40000 is not a workload on this node",
    );
  });
});

describe("outboundRequest: least-conn accounting", () => {
  it("a pick under least-conn holds one count, a refusal none", () => {
    const state = mesh();
    const loads = createCursors(undefined, LOAD_SLOTS);
    const pick = { cursors: createCursors(undefined, 64), lb: "least-conn" as const, loads };
    const ok = outboundRequest(
      { srcIp: "10.0.0.1", srcPort: 1, dest: { ip: "10.96.0.10", port: 80 } },
      state,
      CONFIG,
      pick,
    );
    expect(ok.ok && ok.held).toBeGreaterThanOrEqual(0);
    const denied = outboundRequest(
      { srcIp: "10.0.0.1", srcPort: 1, dest: { ip: "192.0.2.1", port: 80 } },
      state,
      { ...CONFIG, passthrough: "none" },
      pick,
    );
    expect(denied.ok).toBe(false);
    const total = Array.from({ length: LOAD_SLOTS }, (_, i) => loads.add(i, 0)).reduce((a, b) => a + b, 0);
    expect(total).toBe(1);
  });
});

describe("outboundRequest: properties", () => {
  const state = mesh();
  const cursors = createCursors(undefined, 64);
  it("for any destination address and source, the decision is a refusal with a code or a request whose upstream is a real address", () => {
    const ip = fc.oneof(
      fc.ipV4(),
      fc.constantFrom("10.96.0.10", "10.96.0.11", "10.96.0.12", "10.0.1.1", "10.0.2.1", "10.0.4.1", "::ffff:10.0.1.1"),
    );
    fc.assert(
      fc.property(
        ip,
        fc.integer({ min: 1, max: 65535 }),
        fc.constantFrom("10.0.0.1", "10.0.0.9", "1.2.3.4"),
        (dst, port, src) => {
          const d = outboundRequest({ srcIp: src, srcPort: 1, dest: { ip: dst, port } }, state, CONFIG, { cursors });
          if (!d.ok) return typeof d.code === "string" && d.message.length > 0;
          // Only a local source gets a request; HBONE always has identities and an authority.
          if (d.source.node !== "node-a") return false;
          if (
            d.protocol === "HBONE" &&
            !(d.hbone?.srcIdentity && d.hbone.authority && d.hbone.dstIdentities.length > 0)
          )
            return false;
          // Never a mapped spelling on the wire: the mesh lookup and the dial see one form.
          return !d.upstream.ip.startsWith("::ffff:") && d.upstream.port > 0;
        },
      ),
    );
  });

  it("passthroughAllowed(loopback) admits exactly 127/8 and ::1", () => {
    fc.assert(fc.property(fc.ipV4(), (ip) => passthroughAllowed("loopback", ip) === ip.startsWith("127.")));
    expect(passthroughAllowed("loopback", "::1")).toBe(true);
  });
});
