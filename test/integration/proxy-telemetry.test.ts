// What the node proxies report about real connections (SOCKS5 from the client pod on
// node-a, HBONE to the pod on node-b): istio_tcp_* counters from both reporters with exact
// byte directions and workload labels, one access-log line per connection at close on each
// side, and a refused unknown source that is counted. Two child-process proxies, one
// control plane, servers on the pod IPs; addresses under 127.53.
import type { Server, SocketConnectOpts } from "node:net";
import { SocksClient } from "socks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  afterEofServer,
  closeServer,
  type LoopbackMesh,
  listen,
  metricLabels,
  metricSum,
  PORTS,
  requestThenEof,
  startLoopbackMesh,
  until,
} from "../fixtures/proxy-harness.ts";

const N = 5;
const REQUEST = Buffer.alloc(3000, "r");
const RESPONSE_BODY = 20_000;
/** The server's reply: `<bytes it read>:` then the body. */
const RESPONSE_LEN = `${REQUEST.length}:`.length + RESPONSE_BODY;
const DRAIN_HOST = "drain.default.svc.cluster.local";

let mesh: LoopbackMesh;
let server: Server;

async function viaSocks(from: string, host: string, port: number): Promise<Buffer> {
  const { socket } = await SocksClient.createConnection({
    proxy: { host: mesh.addr.nodeA, port: PORTS.socks5, type: 5 },
    command: "connect",
    destination: { host, port },
    socket_options: { localAddress: from } as unknown as SocketConnectOpts,
  });
  return requestThenEof({ host, port, payload: REQUEST, socket });
}

beforeAll(async () => {
  mesh = await startLoopbackMesh("127.53");
  server = await listen(afterEofServer(RESPONSE_BODY), mesh.addr.drain, 9000);
  for (let i = 0; i < N; i++) {
    const got = await viaSocks(mesh.addr.client, DRAIN_HOST, 80);
    expect(got.length).toBe(RESPONSE_LEN);
  }
}, 40_000);

afterAll(async () => {
  await closeServer(server);
  await mesh?.close();
});

const OPENED = "istio_tcp_connections_opened_total";
const CLOSED = "istio_tcp_connections_closed_total";
const SENT = "istio_tcp_sent_bytes_total";
const RECEIVED = "istio_tcp_received_bytes_total";

async function settled(node: "node-a" | "node-b", match: Record<string, string>): Promise<string> {
  let text = "";
  await until(
    async () => {
      text = await mesh.proxies[node]!.metrics();
      return metricSum(text, CLOSED, match) >= N;
    },
    10_000,
    `${N} closed connections on ${node}`,
  );
  return text;
}

describe("istio_tcp_* after N connections", () => {
  const pair = { source_workload: "client", destination_workload: "drain" };

  it("source reporter (client's node): opened = closed = N, bytes exact by direction", async () => {
    const m = { reporter: "source", ...pair };
    const text = await settled("node-a", m);
    expect(metricSum(text, OPENED, m)).toBe(N);
    expect(metricSum(text, CLOSED, m)).toBe(N);
    expect(metricSum(text, RECEIVED, m)).toBe(N * REQUEST.length);
    expect(metricSum(text, SENT, m)).toBe(N * RESPONSE_LEN);
  });

  it("destination reporter (server's node): the same counts and bytes", async () => {
    const m = { reporter: "destination", ...pair };
    const text = await settled("node-b", m);
    expect(metricSum(text, OPENED, m)).toBe(N);
    expect(metricSum(text, CLOSED, m)).toBe(N);
    expect(metricSum(text, RECEIVED, m)).toBe(N * REQUEST.length);
    expect(metricSum(text, SENT, m)).toBe(N * RESPONSE_LEN);
  });

  it("labels name both workloads, identities and the service, on both reporters", async () => {
    for (const [node, reporter] of [
      ["node-a", "source"],
      ["node-b", "destination"],
    ] as const) {
      const labels = metricLabels(await settled(node, { reporter, ...pair }), CLOSED, { reporter, ...pair });
      expect(labels).toMatchObject({
        source_workload: "client",
        source_workload_namespace: "default",
        source_principal: "spiffe://cluster.local/ns/default/sa/client",
        source_app: "client",
        source_version: "v1",
        source_cluster: "Kubernetes",
        destination_workload: "drain",
        destination_workload_namespace: "default",
        destination_principal: "spiffe://cluster.local/ns/default/sa/drain",
        destination_app: "drain",
        destination_version: "v1",
        destination_cluster: "Kubernetes",
        request_protocol: "tcp",
        connection_security_policy: "mutual_tls",
      });
      // The server side learns the service only from the request, which HBONE does not carry
      // as a label source in ztunnel either; the client side knows it.
      if (reporter === "source") {
        expect(labels).toMatchObject({
          destination_service: DRAIN_HOST,
          destination_service_name: "drain",
          destination_service_namespace: "default",
        });
      }
    }
  });
});

describe("access log", () => {
  const lines = (node: "node-a" | "node-b") =>
    mesh.proxies[node]!.logs.filter(
      (l) => l.msg === "connection complete" && l["dst.workload"] === "drain-5d6c7b8a9-fghij",
    );

  it("one JSON line per connection at close on the client's node, with both ends, service and bytes", async () => {
    await until(() => lines("node-a").length >= N, 5000, "outbound access-log lines");
    const out = lines("node-a");
    expect(out).toHaveLength(N);
    for (const l of out) {
      expect(l).toMatchObject({
        direction: "outbound",
        "src.workload": "client-6f7b9c5d4-x2x9q",
        "src.namespace": "default",
        "src.identity": "spiffe://cluster.local/ns/default/sa/client",
        "dst.addr": `${mesh.addr.drain}:9000`,
        "dst.hbone_addr": `${mesh.addr.drain}:15008`,
        "dst.service": DRAIN_HOST,
        "dst.namespace": "default",
        "dst.identity": "spiffe://cluster.local/ns/default/sa/drain",
        bytes_sent: REQUEST.length,
        bytes_recv: RESPONSE_LEN,
      });
      expect(String(l["src.addr"])).toMatch(new RegExp(`^${mesh.addr.client.replaceAll(".", "\\.")}:\\d+$`));
      expect(typeof l.duration_ms).toBe("number");
      expect(l.error).toBeUndefined();
    }
  });

  it("one JSON line per connection at close on the server's node, naming the source workload", async () => {
    await until(() => lines("node-b").length >= N, 5000, "inbound access-log lines");
    const inb = lines("node-b");
    expect(inb).toHaveLength(N);
    for (const l of inb) {
      expect(l).toMatchObject({
        direction: "inbound",
        "src.workload": "client-6f7b9c5d4-x2x9q",
        "src.identity": "spiffe://cluster.local/ns/default/sa/client",
        "dst.addr": `${mesh.addr.drain}:9000`,
        "dst.identity": "spiffe://cluster.local/ns/default/sa/drain",
        bytes_sent: REQUEST.length,
        bytes_recv: RESPONSE_LEN,
      });
      expect(String(l["src.addr"]).startsWith(`${mesh.addr.client}:`)).toBe(true);
    }
  });
});

describe("unknown source", () => {
  it("a client IP that is no workload on this node is refused (0x02), logged and counted", async () => {
    const before = metricSum(await mesh.proxies["node-a"]!.metrics(), "ztunnel_ts_connections_refused_total", {
      reason: "unknown-source",
    });
    await expect(viaSocks(mesh.addr.stranger, DRAIN_HOST, 80)).rejects.toThrow(/not allowed|Socks5 proxy rejected/i);
    const text = await mesh.proxies["node-a"]!.metrics();
    expect(metricSum(text, "ztunnel_ts_connections_refused_total", { reason: "unknown-source" }) - before).toBe(1);
    // Nothing was opened for it.
    expect(metricSum(text, OPENED, { reporter: "source", source_workload: "unknown" })).toBe(0);
    await until(
      () =>
        mesh.proxies["node-a"]!.logs.some(
          (l) => l.msg === "connection failed" && String(l["src.addr"]).startsWith(`${mesh.addr.stranger}:`),
        ),
      5000,
      "the refusal's access-log line",
    );
  });
});
