// Connections are recorded in worker_threads, each into its own registry, and summed on
// the main thread at scrape time. Two real workers record known connections through the
// worker-side API; /metrics on a real stats listener must show exact sums.
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMetricsHub, type TcpLabels, tcpLabels } from "../../src/admin/metrics.ts";
import { createReadiness } from "../../src/admin/readiness.ts";
import { type AdminServers, startAdmin } from "../../src/admin/server.ts";
import { serviceKey } from "../../src/state/types.ts";
import { BALANCE, ECHO_HOST, smallMesh, XDS } from "../fixtures/admin-mesh.ts";

const state = smallMesh();
const client = state.workload("Kubernetes//Pod/default/client")!;
const echoB = state.workload("Kubernetes//Pod/default/echo-b")!;
const echo = state.service(serviceKey({ namespace: "default", hostname: ECHO_HOST }))!;

// The worker body: registers tsx in its own thread (loaders are per thread), records
// `n` connections with known byte counts, then answers scrape requests.
const tsxApi = pathToFileURL(
  createRequire(import.meta.url)
    .resolve("tsx/esm/api")
    .replace(/index\.cjs$/, "index.mjs"),
).href;
const metricsModule = new URL("../../src/admin/metrics.ts", import.meta.url).href;
const WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
(async () => {
  const { register } = await import(${JSON.stringify(tsxApi)});
  register();
  const m = await import(${JSON.stringify(metricsModule)});
  const tcp = m.createTcpMetrics();
  for (const c of workerData.conns) {
    const conn = tcp.open(m.tcpLabels(c.input));
    conn.sent(c.sent);
    conn.received(c.received);
    conn.close();
  }
  m.answerMetricsRequests(parentPort, tcp);
  parentPort.postMessage({ type: "recorded" });
})();
`;

interface Conn {
  input: Parameters<typeof tcpLabels>[0];
  sent: number;
  received: number;
}

const outbound = { reporter: "source", source: client, destination: echoB, service: echo, mtls: true } as const;
const inbound = {
  reporter: "destination",
  source: client,
  destination: echoB,
  service: echo,
  sourceIdentity: "spiffe://cluster.local/ns/default/sa/client",
  mtls: true,
} as const;

const conns = (n: number, input: Conn["input"], base: number): Conn[] =>
  Array.from({ length: n }, (_, i) => ({ input, sent: base + i * 7, received: base * 2 + i }));

const perWorker: Conn[][] = [
  [...conns(7, outbound, 1000), ...conns(3, inbound, 50)],
  [...conns(5, outbound, 333), ...conns(4, inbound, 77)],
];

const workers: Worker[] = [];
let servers: AdminServers;
let text = "";

function sumFor(input: Conn["input"], key: "sent" | "received" | "count"): number {
  const want = JSON.stringify(tcpLabels(input));
  let total = 0;
  for (const c of perWorker.flat()) {
    if (JSON.stringify(tcpLabels(c.input)) !== want) continue;
    total += key === "count" ? 1 : c[key];
  }
  return total;
}

/** The value of `name` whose labels equal `labels` exactly, from the text exposition. */
function sample(name: string, labels: TcpLabels): number | undefined {
  for (const line of text.split("\n")) {
    if (!line.startsWith(`${name}{`)) continue;
    const body = line.slice(name.length + 1, line.lastIndexOf("}"));
    const got: Record<string, string> = {};
    for (const m of body.matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) got[m[1]!] = m[2]!;
    const keys = Object.keys(labels) as (keyof TcpLabels)[];
    if (keys.every((k) => got[k] === labels[k]) && Object.keys(got).length === keys.length) {
      return Number(line.slice(line.lastIndexOf(" ") + 1));
    }
  }
  return undefined;
}

beforeAll(async () => {
  for (const data of perWorker) {
    const w = new Worker(WORKER, { eval: true, workerData: { conns: data } });
    workers.push(w);
    await new Promise<void>((resolve, reject) => {
      w.once("error", reject);
      w.on("message", (m: { type?: string }) => m.type === "recorded" && resolve());
    });
  }
  const hub = createMetricsHub({
    workers: () => new Map(workers.map((w, i) => [i, w])),
    balance: () => BALANCE,
    xds: () => XDS,
  });
  const loop = { host: "127.0.0.1", port: 0 };
  servers = await startAdmin({
    config: { adminAddr: loop, statsAddr: loop, readinessAddr: loop },
    view: state,
    readiness: createReadiness([]),
    metrics: hub,
    providers: {
      xds: () => XDS,
      balance: () => BALANCE,
      certs: () => [],
      select: () => ({ status: 503, body: {} }),
    },
  });
  const r = await fetch(`http://127.0.0.1:${servers.ports.stats}/metrics`);
  expect(r.status).toBe(200);
  text = await r.text();
}, 30_000);

afterAll(async () => {
  await servers?.close();
  await Promise.all(workers.map((w) => w.terminate()));
});

describe("istio_tcp_* summed across two worker threads", () => {
  it("counts opened and closed connections exactly per reporter", () => {
    for (const input of [outbound, inbound]) {
      const labels = tcpLabels(input);
      expect(sample("istio_tcp_connections_opened_total", labels)).toBe(sumFor(input, "count"));
      expect(sample("istio_tcp_connections_closed_total", labels)).toBe(sumFor(input, "count"));
    }
    expect(sumFor(outbound, "count")).toBe(12);
    expect(sumFor(inbound, "count")).toBe(7);
  });

  it("sums bytes exactly: sent = destination → source, received = source → destination", () => {
    for (const input of [outbound, inbound]) {
      const labels = tcpLabels(input);
      expect(sample("istio_tcp_sent_bytes_total", labels)).toBe(sumFor(input, "sent"));
      expect(sample("istio_tcp_received_bytes_total", labels)).toBe(sumFor(input, "received"));
    }
  });

  it("labels source and destination from the workloads, not unknown", () => {
    const l = tcpLabels(outbound);
    expect(l).toMatchObject({
      reporter: "source",
      source_workload: "client",
      source_workload_namespace: "default",
      source_principal: "spiffe://cluster.local/ns/default/sa/client",
      source_app: "client",
      source_version: "v2",
      source_canonical_service: "client",
      source_canonical_revision: "v2",
      source_cluster: "Kubernetes",
      destination_service: ECHO_HOST,
      destination_service_name: "echo",
      destination_service_namespace: "default",
      destination_workload: "echo",
      destination_workload_namespace: "default",
      destination_principal: "spiffe://cluster.local/ns/default/sa/echo",
      destination_app: "echo",
      destination_version: "v1",
      destination_cluster: "Kubernetes",
      request_protocol: "tcp",
      response_flags: "-",
      connection_security_policy: "mutual_tls",
    });
    expect(Object.values(l)).not.toContain("unknown");
    expect(text).toMatch(/istio_tcp_connections_opened_total\{reporter="destination",source_workload="client",/);
  });

  it("says unknown only for what plain TCP cannot know", () => {
    const l = tcpLabels({ reporter: "destination", destination: echoB, mtls: false });
    expect(l.source_workload).toBe("unknown");
    expect(l.source_principal).toBe("unknown");
    expect(l.connection_security_policy).toBe("unknown");
    expect(l.destination_workload).toBe("echo");
  });
});

describe("a worker that stops answering", () => {
  it("keeps its last snapshot, so totals never go backwards", async () => {
    const { MessageChannel } = await import("node:worker_threads");
    const { answerMetricsRequests, createTcpMetrics } = await import("../../src/admin/metrics.ts");
    const ch = new MessageChannel();
    const tcp = createTcpMetrics();
    const labels = tcpLabels(outbound);
    for (let i = 0; i < 4; i++) tcp.open(labels);
    const stop = answerMetricsRequests(ch.port2, tcp);
    const hub = createMetricsHub({ workers: () => new Map([[7, ch.port1]]), timeoutMs: 200 });
    const opened = (body: string) =>
      body.split("\n").find((l) => l.startsWith('istio_tcp_connections_opened_total{reporter="source"'));
    const first = (await hub.render()).body;
    expect(opened(first)).toMatch(/ 4$/);
    stop();
    const second = (await hub.render()).body;
    expect(opened(second)).toMatch(/ 4$/);
    ch.port1.close();
  });
});
