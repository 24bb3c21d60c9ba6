// Inbound over a network gateway (ztunnel's build_inbound_request from_gateway): an
// x-forwarded-network naming another network means the peer address is the gateway's, so
// no source workload is looked up by it; the source's labels then come from its baggage.
import { describe, expect, it } from "vitest";
import { tcpLabels } from "../../src/admin/metrics.ts";
import { policySourceFromList } from "../../src/decide/authz.ts";
import { parseBaggage } from "../../src/decide/headers.ts";
import { fromGateway, type InboundConn, inboundRequest } from "../../src/decide/inbound.ts";
import { createState } from "../../src/state/store.ts";
import { service, workload } from "./select-mesh.ts";

const CONFIG = { network: "net2", nodeName: "node-b", selfPorts: new Set([15008]) };
const HOST = "echo.default.svc.cluster.local";
const pod = workload("Kubernetes//Pod/default/echo", {
  workloadIps: ["10.0.2.20"],
  network: "net2",
  node: "node-b",
  services: { [`default/${HOST}`]: { 80: 8080 } },
});
// A workload on our network that happens to have the gateway's address.
const gatewayPeer = workload("Kubernetes//Pod/default/gw-pod", { workloadIps: ["10.0.2.254"], network: "net2" });
const state = createState();
state.apply({
  upsertWorkloads: [pod, gatewayPeer],
  upsertServices: [service(HOST, { vips: [{ network: "net2", address: "10.96.0.10" }] })],
});
const CLIENT = "spiffe://cluster.local/ns/default/sa/client";

const decide = (forwardedNetwork?: string) => {
  const conn: InboundConn = {
    srcIp: "10.0.2.254",
    srcIdentity: CLIENT,
    dst: { hostname: HOST, port: 80 },
    reached: "10.0.2.20",
    forwardedNetwork,
  };
  return inboundRequest(conn, state, CONFIG, policySourceFromList([]));
};

describe("inbound through a network gateway", () => {
  it("an x-forwarded-network of another network: from a gateway, no source looked up by the peer IP", () => {
    const d = decide("net1");
    expect(d.ok && [d.fromGateway, d.source, d.upstream]).toEqual([true, undefined, { ip: "10.0.2.20", port: 8080 }]);
  });

  it("our own network (any case), or none: the source is looked up by the peer IP as usual", () => {
    for (const n of ["net2", "NET2", undefined]) {
      const d = decide(n);
      expect(d.ok && [d.fromGateway, d.source?.name]).toEqual([false, "gw-pod"]);
    }
  });

  it("fromGateway compares ASCII case-insensitively, as ztunnel's eq_ignore_ascii_case", () => {
    expect([fromGateway("Net1", "net1"), fromGateway("net1", "net2"), fromGateway(undefined, "")]).toEqual([
      false,
      true,
      false,
    ]);
  });

  it("labels a gateway tunnel's source from its baggage and its certificate's identity", () => {
    const baggage =
      "k8s.cluster.name=cluster-a,k8s.namespace.name=default,k8s.deployment.name=client,service.name=client,service.version=v7,cloud.region=r1,cloud.availability_zone=z1";
    const l = tcpLabels({
      reporter: "destination",
      destination: pod,
      sourceIdentity: CLIENT,
      derivedSource: parseBaggage(baggage),
      mtls: true,
    });
    expect(l).toMatchObject({
      source_workload: "client",
      source_workload_namespace: "default",
      source_principal: CLIENT,
      source_canonical_service: "client",
      source_version: "v7",
      source_cluster: "cluster-a",
      source_region: "r1",
      source_zone: "z1",
    });
  });

  it("a known source workload wins over what its baggage claims", () => {
    const l = tcpLabels({
      reporter: "destination",
      source: gatewayPeer,
      destination: pod,
      derivedSource: parseBaggage("k8s.deployment.name=liar"),
      mtls: true,
    });
    expect(l.source_workload).toBe("gw-pod");
  });
});
