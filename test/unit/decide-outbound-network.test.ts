// The outbound decision across networks (ztunnel's build_request_through_gateway and
// build_request_double_hbone tests): a pick on another network is reached by double HBONE
// through that network's gateway, or refused when it cannot be. Mesh addresses are data:
// nothing here opens a socket.
import { describe, expect, it } from "vitest";
import { type OutboundConn, outboundRequest } from "../../src/decide/outbound.ts";
import type { DecideConfig, OutboundDecision } from "../../src/decide/request.ts";
import { createCursors } from "../../src/pick/cursors.ts";
import { debugSelect } from "../../src/pick/debug.ts";
import { createState } from "../../src/state/store.ts";
import type { GatewayAddress, Service, Workload } from "../../src/state/types.ts";
import { service, workload } from "./select-mesh.ts";

const HOST = "echo.default.svc.cluster.local";
const SVC = `default/${HOST}`;
const CONFIG: DecideConfig = { network: "net1", nodeName: "node-a", passthrough: "all", selfPorts: new Set([15008]) };
const ID = (ns: string, sa: string) => `spiffe://cluster.local/ns/${ns}/sa/${sa}`;
const GW_ID = ID("istio-system", "eastwest");

const byIp = (address: string): GatewayAddress => ({
  destination: { address: { network: "net2", address } },
  hboneMtlsPort: 15008,
});
const byHostname: GatewayAddress = {
  destination: { hostname: { namespace: "istio-system", hostname: "eastwest.istio-system.svc.cluster.local" } },
  hboneMtlsPort: 15008,
};

const client = workload("Kubernetes//Pod/default/client", { workloadIps: ["10.0.0.1"], node: "node-a" });
const gatewayWl = workload("NetworkGateway/net2/192.168.2.1/15008", {
  workloadIps: ["192.168.2.1"],
  network: "net2",
  namespace: "istio-system",
  serviceAccount: "eastwest",
  protocol: "TCP",
});
/** A remote pod as istiod sends it to another network: no IP, its network's gateway. */
const remote = (over: Partial<Workload> = {}) =>
  workload("Kubernetes//Pod/default/echo-remote", {
    workloadIps: [],
    network: "net2",
    serviceAccount: "echo",
    networkGateway: byIp("192.168.2.1"),
    services: { [SVC]: { 80: 8080 } },
    ...over,
  });

function decide(endpoints: Workload[], dest: OutboundConn["dest"] = { ip: "10.96.0.10", port: 80 }): OutboundDecision {
  const state = createState();
  state.apply({
    upsertWorkloads: [client, gatewayWl, ...endpoints],
    upsertServices: [
      service(HOST, { vips: [{ network: "net1", address: "10.96.0.10" }] }),
      service("eastwest.istio-system.svc.cluster.local", {
        namespace: "istio-system",
        vips: [{ network: "net2", address: "10.96.9.9" }],
        ports: { 15008: 15008 },
        subjectAltNames: [ID("istio-system", "eastwest-alt")],
      }),
    ],
  });
  // The gateway service's endpoint: the gateway workload.
  state.apply({
    upsertWorkloads: [
      { ...gatewayWl, services: { "istio-system/eastwest.istio-system.svc.cluster.local": { 15008: 15008 } } },
    ],
  });
  return outboundRequest({ srcIp: "10.0.0.1", srcPort: 40000, dest }, state, CONFIG, {
    cursors: createCursors(undefined, 64),
  });
}

describe("outboundRequest: a destination on another network", () => {
  it("goes through the network gateway (by IP) with double HBONE: outer to the gateway, inner to the pod", () => {
    const d = decide([remote()]);
    if (!d.ok) throw new Error(d.message);
    expect({
      protocol: d.protocol,
      upstream: d.upstream,
      gateway: d.gateway?.uid,
      destination: d.destination?.uid,
      outer: { authority: d.hbone?.authority, dstIdentities: d.hbone?.dstIdentities },
      inner: { authority: d.inner?.authority, dstIdentities: d.inner?.dstIdentities },
    }).toEqual({
      protocol: "DOUBLEHBONE",
      upstream: { ip: "192.168.2.1", port: 15008 },
      gateway: "NetworkGateway/net2/192.168.2.1/15008",
      destination: "Kubernetes//Pod/default/echo-remote",
      // Both CONNECTs name the service by hostname and service port (ztunnel's SvcHostname).
      outer: { authority: `${HOST}:80`, dstIdentities: [GW_ID] },
      inner: { authority: `${HOST}:80`, dstIdentities: [ID("default", "echo")] },
    });
  });

  it("puts x-forwarded-network (our network) on the inner CONNECT only", () => {
    const d = decide([remote()]);
    if (!d.ok) throw new Error(d.message);
    expect(d.inner?.headers).toEqual({
      forwarded: `for="10.0.0.1:40000";host=${HOST}`,
      baggage: expect.stringContaining("k8s.namespace.name=default"),
      "x-forwarded-network": "net1",
    });
    expect(d.hbone?.headers).not.toHaveProperty("x-forwarded-network");
    expect(d.hbone?.headers.forwarded).toBe(`for="10.0.0.1:40000";host=${HOST}`);
  });

  it("reaches a gateway named by hostname through that service's endpoint, verified against its SANs too", () => {
    const d = decide([remote({ networkGateway: byHostname })]);
    if (!d.ok) throw new Error(d.message);
    expect([d.upstream, d.hbone?.dstIdentities]).toEqual([
      { ip: "192.168.2.1", port: 15008 },
      [GW_ID, ID("istio-system", "eastwest-alt")],
    ]);
  });

  it("takes a remote workload that has an IP through its gateway too, never dialling that IP", () => {
    const d = decide([remote({ workloadIps: ["10.2.0.5"] })]);
    expect(d.ok && [d.protocol, d.upstream.ip]).toEqual(["DOUBLEHBONE", "192.168.2.1"]);
  });

  it("works for a service asked by hostname (SOCKS5)", () => {
    const d = decide([remote()], { hostname: HOST, port: 80 });
    expect(d.ok && [d.protocol, d.inner?.authority]).toEqual(["DOUBLEHBONE", `${HOST}:80`]);
  });

  it("refuses when the remote network's workload has no gateway", () => {
    const d = decide([remote({ networkGateway: undefined })]);
    // Without a gateway an IP-less workload is no candidate at all (ztunnel's load_balance).
    expect(d.ok ? d.protocol : d.code).toBe("no-upstream");
  });

  it("refuses a remote workload with an IP but no gateway: no-network-gateway", () => {
    const d = decide([remote({ workloadIps: ["10.2.0.5"], networkGateway: undefined })]);
    expect(d.ok ? d.protocol : [d.code, d.message]).toEqual([
      "no-network-gateway",
      expect.stringContaining("has no network gateway"),
    ]);
  });

  it("refuses when the gateway is not in the state", () => {
    const d = decide([remote({ networkGateway: byIp("192.168.2.77") })]);
    expect(d.ok ? d.protocol : [d.code, d.message]).toEqual([
      "no-network-gateway",
      expect.stringContaining("ZTS_SELECT_UNKNOWN_NETWORK_GATEWAY"),
    ]);
  });

  it("never uses an IP-less workload of its own network (WDS sends a gateway to everyone)", () => {
    const d = decide([remote({ network: "net1" })]);
    expect(d.ok ? d.protocol : d.code).toBe("no-upstream");
  });

  it("prefers nothing: a local endpoint and a remote one are both picked in turn", () => {
    const local = workload("Kubernetes//Pod/default/echo-local", {
      workloadIps: ["10.0.1.1"],
      services: { [SVC]: { 80: 8080 } },
    });
    const state = createState();
    state.apply({
      upsertWorkloads: [client, gatewayWl, local, remote()],
      upsertServices: [service(HOST, { vips: [{ network: "net1", address: "10.96.0.10" }] })],
    });
    const cursors = createCursors(undefined, 64);
    const protocols = [0, 1, 2, 3].map((i) => {
      const d = outboundRequest(
        { srcIp: "10.0.0.1", srcPort: 40000 + i, dest: { ip: "10.96.0.10", port: 80 } },
        state,
        CONFIG,
        {
          cursors,
        },
      );
      return d.ok ? d.protocol : d.code;
    });
    expect(protocols.sort()).toEqual(["DOUBLEHBONE", "DOUBLEHBONE", "HBONE", "HBONE"]);
  });
});

describe("outboundRequest: remote waypoints and network failover", () => {
  const local = workload("Kubernetes//Pod/default/echo-local", {
    workloadIps: ["10.0.1.1"],
    services: { [SVC]: { 80: 8080 } },
  });
  const at = (endpoints: Workload[], over: Partial<Service> = {}, extra: Workload[] = []) => {
    const state = createState();
    state.apply({
      upsertWorkloads: [client, gatewayWl, ...endpoints, ...extra],
      upsertServices: [service(HOST, { vips: [{ network: "net1", address: "10.96.0.10" }], ...over })],
    });
    return outboundRequest({ srcIp: "10.0.0.1", srcPort: 40000, dest: { ip: "10.96.0.10", port: 80 } }, state, CONFIG, {
      cursors: createCursors(undefined, 64),
    });
  };
  const preferClose: Partial<Service> = {
    loadBalancer: { routingPreferences: ["Network", "Region", "Zone"], mode: "Failover", healthPolicy: "OnlyHealthy" },
  };

  it("a service waypoint on another network is reached through its gateway, the inner hop verified against the waypoint", () => {
    const waypoint = workload("Kubernetes//Pod/default/waypoint", {
      workloadIps: ["10.2.0.9"],
      network: "net2",
      serviceAccount: "waypoint",
      networkGateway: byIp("192.168.2.1"),
    });
    const d = at(
      [local],
      {
        waypoint: { destination: { address: { network: "net2", address: "10.2.0.9" } }, hboneMtlsPort: 15008 },
      },
      [waypoint],
    );
    if (!d.ok) throw new Error(d.message);
    expect([d.protocol, d.via, d.upstream.ip, d.inner?.authority, d.inner?.dstIdentities]).toEqual([
      "DOUBLEHBONE",
      "waypoint",
      "192.168.2.1",
      `${HOST}:80`,
      [ID("default", "waypoint")],
    ]);
  });

  it("PreferClose (NETWORK first): the endpoint on our network wins over the remote one", () => {
    const d = at([local, remote()], preferClose);
    expect(d.ok && [d.protocol, d.upstream.ip]).toEqual(["HBONE", "10.0.1.1"]);
  });

  it("PreferClose with no endpoint on our network fails over to the remote one through its gateway", () => {
    const d = at([remote()], preferClose);
    expect(d.ok && [d.protocol, d.upstream.ip]).toEqual(["DOUBLEHBONE", "192.168.2.1"]);
  });
});

describe("/debug/select: a pick on another network", () => {
  it("shows the remote workload with no address, its network and its gateway", () => {
    const state = createState();
    state.apply({
      upsertWorkloads: [client, gatewayWl, remote()],
      upsertServices: [service(HOST, { vips: [{ network: "net1", address: "10.96.0.10" }] })],
    });
    const r = debugSelect(new URLSearchParams({ source: "10.0.0.1", destination: "10.96.0.10:80" }), state, {
      network: "net1",
    });
    expect(r.body.picks).toEqual([
      {
        uid: "Kubernetes//Pod/default/echo-remote",
        address: null,
        via: "endpoint",
        network: "net2",
        gateway: { uid: "NetworkGateway/net2/192.168.2.1/15008", address: "192.168.2.1:15008" },
      },
    ]);
  });
});
