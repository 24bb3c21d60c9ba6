import { status } from "@grpc/grpc-js";
import { describe, expect, it } from "vitest";
import { BYTES_FLUSH_MS, createTcpMetrics, tcpLabels } from "../../src/admin/metrics.ts";
import { guessInboundService } from "../../src/decide/inbound.ts";
import { responseFlagOf } from "../../src/proxy/outbound.ts";
import { createState } from "../../src/state/store.ts";
import { countMessage, newXdsCounters, terminationReason } from "../../xds/client/metrics.ts";
import { service, workload } from "../fixtures/mesh-model.ts";

const echo = workload({
  uid: "echo",
  name: "echo",
  workloadName: "echo",
  locality: { region: "r1", zone: "z1", subzone: "" },
});
const value = async (m: ReturnType<typeof createTcpMetrics>, name: string, match: Record<string, string> = {}) => {
  const metric = (await m.registry.getMetricsAsJSON()).find((x) => x.name === name);
  return (metric?.values ?? [])
    .filter((v) => Object.entries(match).every(([k, w]) => v.labels[k] === w))
    .reduce((a, v) => a + v.value, 0);
};

describe("connection metrics (the live-counter contract)", () => {
  it("opened is counted at open, closed only at close", async () => {
    const m = createTcpMetrics();
    const c = m.open(tcpLabels({ reporter: "source", destination: echo, mtls: true }));
    expect(await value(m, "istio_tcp_connections_opened_total")).toBe(1);
    expect(await value(m, "istio_tcp_connections_closed_total")).toBe(0);
    c.close();
    expect(await value(m, "istio_tcp_connections_closed_total")).toBe(1);
    m.close();
  });

  it("bytes of an open connection reach the counters within a flush period", async () => {
    const m = createTcpMetrics();
    const c = m.open(tcpLabels({ reporter: "source", destination: echo, mtls: true }));
    c.sent(1000);
    c.received(10);
    await new Promise((r) => setTimeout(r, BYTES_FLUSH_MS + 200));
    expect(await value(m, "istio_tcp_sent_bytes_total")).toBe(1000);
    expect(await value(m, "istio_tcp_received_bytes_total")).toBe(10);
    c.sent(24);
    c.close();
    expect(await value(m, "istio_tcp_sent_bytes_total")).toBe(1024);
    m.close();
  });

  it("a close with a response flag is closed and failed under that flag; a clean close is not failed", async () => {
    const m = createTcpMetrics();
    m.open(tcpLabels({ reporter: "destination", destination: echo, mtls: true })).close("DENY");
    m.open(tcpLabels({ reporter: "destination", destination: echo, mtls: true })).close();
    expect(await value(m, "istio_tcp_connections_failed_total", { response_flags: "DENY" })).toBe(1);
    expect(await value(m, "istio_tcp_connections_failed_total")).toBe(1);
    expect(await value(m, "istio_tcp_connections_closed_total", { response_flags: "DENY" })).toBe(1);
    expect(await value(m, "istio_tcp_connections_closed_total", { response_flags: "-" })).toBe(1);
    m.close();
  });

  it("locality labels appear with a known workload and not without one", () => {
    expect(tcpLabels({ reporter: "source", destination: echo, mtls: true })).toMatchObject({
      source_region: "unknown",
      source_zone: "unknown",
      destination_region: "r1",
      destination_zone: "z1",
    });
    expect(tcpLabels({ reporter: "source", mtls: false })).not.toHaveProperty("destination_zone");
  });
});

describe("response flags of a failed outbound connect (ztunnel's ResponseFlags)", () => {
  it.each([
    ["ZTS_HBONE_TLS", undefined, "TLS_FAILURE"],
    ["ZTS_HBONE_PEER_IDENTITY", undefined, "TLS_FAILURE"],
    ["ZTS_HBONE_NO_CERT", undefined, "IDENTITY_ERROR"],
    [undefined, "no-certificate", "IDENTITY_ERROR"],
    ["ZTS_HBONE_PROTOCOL", undefined, "H2_HANDSHAKE_FAILURE"],
    ["ZTS_HBONE_DIAL", undefined, "CONNECT"],
    ["ZTS_TUNNEL_REFUSED", undefined, "CONNECT"],
    ["ECONNREFUSED", "connect-failed", "CONNECT"],
  ] as const)("%s / %s → %s", (code, failure, flag) => {
    expect(responseFlagOf(code, failure)).toBe(flag);
  });
});

describe("the inbound connection's service (ztunnel's guess_inbound_service)", () => {
  const state = createState();
  const web = service({ name: "web", hostname: "web.default.svc.cluster.local", ports: { 80: 8080 } });
  const named = service({ name: "named", hostname: "named.default.svc.cluster.local", ports: { 90: 0 } });
  state.apply({ upsertServices: [web, named] });
  const pod = workload({
    uid: "pod",
    name: "pod",
    services: {
      "default/web.default.svc.cluster.local": { 80: 8080 },
      "default/named.default.svc.cluster.local": { 90: 9090 },
    },
  });

  it("the service whose target port is the port reached", () => {
    expect(guessInboundService(state, pod, 8080)?.name).toBe("web");
  });
  it("a named port: the endpoint's own target port", () => {
    expect(guessInboundService(state, pod, 9090)?.name).toBe("named");
  });
  it("a port no service targets: none", () => {
    expect(guessInboundService(state, pod, 7777)).toBeUndefined();
  });
});

describe("xDS counters (istio_xds_*)", () => {
  it.each([
    [undefined, "Complete"],
    [{ code: status.UNAVAILABLE, details: "No connection established" }, "ConnectionError"],
    [{ code: status.UNAVAILABLE, details: "transport is closing" }, "Reconnect"],
    [{ code: status.CANCELLED, details: "" }, "Reconnect"],
    [{ code: status.UNAUTHENTICATED, details: "unknown token" }, "Error"],
    [new Error("decode"), "Error"],
  ] as const)("stream end %j → %s", (err, reason) => {
    expect(terminationReason(err as never)).toBe(reason);
  });

  it("a response counts one message and its resources' payload bytes", () => {
    const c = newXdsCounters();
    countMessage(c, "t", [{ resource: { value: new Uint8Array(10) } }, { resource: { value: new Uint8Array(5) } }]);
    countMessage(c, "t", []);
    expect(c.messages).toEqual({ t: 2 });
    expect(c.messageBytes).toEqual({ t: 15 });
  });
});
