// A workload known by DNS name only, through the outbound decision: the pick carries the
// name, the decision what to resolve (with the family of the destination asked for), and
// withResolvedAddress fills the upstream and the CONNECT authority from the address.
import { describe, expect, it } from "vitest";
import { outboundRequest } from "../../src/decide/outbound.ts";
import type { OutboundRequest } from "../../src/decide/request.ts";
import { withResolvedAddress } from "../../src/decide/resolved.ts";
import { createCursors } from "../../src/pick/cursors.ts";
import { createState } from "../../src/state/store.ts";
import { service, workload } from "./select-mesh.ts";

const CONFIG = { network: "net1", nodeName: "", passthrough: "none" as const, selfPorts: new Set([15001]) };
const client = workload("Kubernetes//Pod/default/client", { workloadIps: ["10.0.0.1"] });
const SE = "default/db.example.com";

function decide(protocol: "TCP" | "HBONE", dest = { ip: "240.240.0.1", port: 5432 }): OutboundRequest {
  const state = createState();
  state.apply({
    upsertWorkloads: [
      client,
      workload("Kubernetes/networking.istio.io/ServiceEntry/default/db/db.example.com", {
        workloadIps: [],
        hostname: "db.example.com",
        protocol,
        serviceAccount: "db",
        services: { [SE]: { 5432: 5432 } },
      }),
    ],
    upsertServices: [
      service("db.example.com", {
        vips: [
          { network: "net1", address: "240.240.0.1" },
          { network: "net1", address: "2001:2::1" },
        ],
        ports: { 5432: 5432 },
      }),
    ],
  });
  const d = outboundRequest({ srcIp: "10.0.0.1", srcPort: 40000, dest }, state, CONFIG, {
    cursors: createCursors(undefined, 8),
  });
  if (!d.ok) throw new Error(`refused: ${d.code} ${d.message}`);
  return d;
}

describe("a hostname workload in the outbound decision", () => {
  it("TCP: to be resolved, on the target port, in the family of the VIP asked for", () => {
    const d = decide("TCP");
    expect(d.resolve).toEqual({ hostname: "db.example.com", port: 5432, family: 4 });
    expect(d.upstream.ip).toBe("");
    expect(decide("TCP", { ip: "2001:2::1", port: 5432 }).resolve?.family).toBe(6);
  });
  it("TCP resolved: the upstream is the address on the target port", () => {
    const r = withResolvedAddress(decide("TCP"), "192.0.2.10");
    expect(r.upstream).toEqual({ ip: "192.0.2.10", port: 5432 });
  });
  it("HBONE resolved: the peer's HBONE port at that address, the authority that address on the target port", () => {
    const r = withResolvedAddress(decide("HBONE"), "2001:db8::10");
    expect(r.upstream).toEqual({ ip: "2001:db8::10", port: 15008 });
    expect(r.hbone?.authority).toBe("[2001:db8::10]:5432");
  });
  it("a request with nothing to resolve is returned as it is", () => {
    const d = decide("TCP");
    const plain = { ...d, resolve: undefined };
    expect(withResolvedAddress(plain, "192.0.2.10")).toBe(plain);
  });
});
