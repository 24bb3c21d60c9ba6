// The handler finds the requester by the client's canonical address: a dual-stack socket
// reports an IPv4 client as ::ffff:a.b.c.d, and that client must still get mesh answers.
import packet from "dns-packet";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { createDnsHandler } from "../../src/dns/handler.ts";
import { RCODE, rcodeOf } from "../../src/dns/message.ts";
import { createDnsMetrics } from "../../src/dns/metrics.ts";
import { requesterByIp } from "../../src/dns/requester.ts";
import { CLIENT_IP, dnsMesh, STRANGER_IP } from "../fixtures/dns-proxy.ts";

function handler() {
  const state = dnsMesh();
  return createDnsHandler({
    view: state,
    requester: requesterByIp(state, "", () => true),
    lookup: { clusterDomain: "cluster.local" },
    // Mesh names are answered locally; nothing here may be forwarded.
    forwarder: { forward: () => Promise.reject(new Error("forwarded")), close: () => {} },
    metrics: createDnsMetrics(),
    log: pino({ level: "silent" }),
  });
}

const query = () =>
  packet.encode({
    id: 7,
    type: "query",
    flags: packet.RECURSION_DESIRED,
    questions: [{ name: "productpage.ns1.svc.cluster.local", type: "A" }],
  });

describe("dns handler: requester address", () => {
  it("an IPv4-mapped client address is the IPv4 workload: answered from the mesh", async () => {
    const r = await handler()(query(), "udp", `::ffff:${CLIENT_IP}`);
    expect(r && rcodeOf(r)).toBe(RCODE.NOERROR);
    expect(r && packet.decode(r).answers?.map((a) => ("data" in a ? a.data : undefined))).toEqual(["10.153.9.9"]);
  });

  it("an IPv4-mapped address of no workload is still unknown: SERVFAIL", async () => {
    const r = await handler()(query(), "udp", `::ffff:${STRANGER_IP}`);
    expect(r && rcodeOf(r)).toBe(RCODE.SERVFAIL);
  });
});
