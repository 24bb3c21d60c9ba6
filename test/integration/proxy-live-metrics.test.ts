// The live-counter contract of istio_tcp_* (what Istio's ztunnel dashboard and alerts read)
// on real node proxies: a connection is counted opened while it is still open, on both
// reporters; bytes reach the counters every second while they flow, not only at close; a
// failed connect is opened, closed and failed with ztunnel's response flag; and the other
// families the dashboard queries (istio_build, istio_tcp_sockets_open, istio_xds_*,
// process_open_fds) are exposed. SOCKS5 from the client pod on node-a, HBONE to node-b.
import { createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  closeServer,
  type LoopbackMesh,
  listen,
  metricLabels,
  metricSum,
  socksFromClient,
  startLoopbackMesh,
  until,
} from "../fixtures/proxy-harness.ts";

let mesh: LoopbackMesh;
let server: Server;
const CHUNK = Buffer.alloc(64 * 1024, "s");

/** The drain pod's port: a server that streams CHUNKs every 100 ms until the client closes. */
function streamingServer(): Server {
  return createServer((s) => {
    s.on("error", () => s.destroy());
    const t = setInterval(() => s.write(CHUNK), 100);
    s.once("close", () => clearInterval(t));
  });
}

const viaSocks = (host: string, port: number): Promise<Socket> => socksFromClient(mesh, { host, port });

const scrape = (node: "node-a" | "node-b") => mesh.proxies[node]!.metrics();
const DRAIN = { destination_service: "drain.default.svc.cluster.local" };

beforeAll(async () => {
  mesh = await startLoopbackMesh("127.56");
  server = await listen(streamingServer(), mesh.addr.drain, 9000);
}, 40_000);

afterAll(async () => {
  await closeServer(server);
  await mesh?.close();
});

describe("istio_tcp_* while a connection is open", () => {
  it("opened on both reporters at once; sent bytes rise every second on both; closed only at the end", async () => {
    const s = await viaSocks("drain.default.svc.cluster.local", 80);
    let read = 0;
    s.on("data", (d: Buffer) => {
      read += d.length;
    });
    const bytes = async (node: "node-a" | "node-b", reporter: string) =>
      metricSum(await scrape(node), "istio_tcp_sent_bytes_total", { reporter, ...DRAIN });
    const opened = async (node: "node-a" | "node-b", reporter: string) =>
      metricSum(await scrape(node), "istio_tcp_connections_opened_total", { reporter, ...DRAIN });
    await until(() => read > 0, 5000, "the first bytes");
    expect(await opened("node-a", "source")).toBe(1);
    expect(await opened("node-b", "destination")).toBe(1);
    const samples: number[][] = [];
    for (let i = 0; i < 4; i++) {
      await new Promise((r) => setTimeout(r, 1100));
      samples.push([await bytes("node-a", "source"), await bytes("node-b", "destination")]);
    }
    s.destroy();
    for (let i = 1; i < samples.length; i++) {
      expect(samples[i]![0], `source reporter, second ${i}`).toBeGreaterThan(samples[i - 1]![0]!);
      expect(samples[i]![1], `destination reporter, second ${i}`).toBeGreaterThan(samples[i - 1]![1]!);
    }
    await until(
      async () =>
        metricSum(await scrape("node-a"), "istio_tcp_connections_closed_total", { reporter: "source", ...DRAIN }) === 1,
      5000,
      "the close on node-a",
    );
  }, 20_000);

  it("istio_tcp_sockets_open counts the accepted sockets while they are open", async () => {
    const open = async () => metricSum(await scrape("node-a"), "istio_tcp_sockets_open", { reporter: "source" });
    const before = await open();
    const s = await viaSocks("drain.default.svc.cluster.local", 80);
    await until(async () => (await open()) === before + 1, 3000, "the socket to be counted");
    s.destroy();
    await until(async () => (await open()) === before, 3000, "the socket to be released");
  });
});

describe("a connect that fails", () => {
  it("is opened, closed and failed with response_flags CONNECT on both reporters", async () => {
    // echo's pod has no server here: node-b's dial is refused, node-a's tunnel gets 503.
    await expect(viaSocks("echo.default.svc.cluster.local", 80)).rejects.toThrow();
    const ECHO = { destination_service: "echo.default.svc.cluster.local" };
    await until(
      async () =>
        metricSum(await scrape("node-a"), "istio_tcp_connections_failed_total", { reporter: "source", ...ECHO }) === 1,
      3000,
      "the failure on node-a",
    );
    const a = await scrape("node-a");
    const b = await scrape("node-b");
    expect(metricLabels(a, "istio_tcp_connections_failed_total", { reporter: "source", ...ECHO })?.response_flags).toBe(
      "CONNECT",
    );
    expect(metricSum(a, "istio_tcp_connections_opened_total", { reporter: "source", ...ECHO })).toBe(1);
    expect(
      metricSum(a, "istio_tcp_connections_closed_total", { reporter: "source", response_flags: "CONNECT", ...ECHO }),
    ).toBe(1);
    expect(
      metricLabels(b, "istio_tcp_connections_failed_total", { reporter: "destination", ...ECHO })?.response_flags,
    ).toBe("CONNECT");
  });
});

/**
 * The families Istio's "Istio Ztunnel Dashboard" queries (istio/istio
 * manifests/addons/dashboards/ztunnel-dashboard.gen.json), cAdvisor's container_* aside.
 */
const DASHBOARD = [
  "istio_build",
  "istio_tcp_connections_opened_total",
  "istio_tcp_connections_closed_total",
  "istio_tcp_received_bytes_total",
  "istio_tcp_sent_bytes_total",
  "istio_tcp_sockets_open",
  "istio_xds_connection_terminations_total",
  "istio_xds_message_total",
  "workload_manager_active_proxy_count",
  "workload_manager_pending_proxy_count",
  "process_open_fds",
  "istio_dns_requests_total",
];

describe("the dashboard's other families", () => {
  it("every family the ztunnel dashboard queries is exposed with its TYPE", async () => {
    const a = await scrape("node-a");
    const missing = DASHBOARD.filter((f) => !new RegExp(`^# TYPE ${f.replace(/_total$/, "(_total)?")} `, "m").test(a));
    expect(missing).toEqual([]);
  });

  it("istio_build names the component; locality labels are present; xDS and process figures are exposed", async () => {
    const a = await scrape("node-a");
    expect(metricLabels(a, "istio_build", {})).toMatchObject({ component: "ztunnel", tag: expect.any(String) });
    const labels = metricLabels(a, "istio_tcp_connections_opened_total", { reporter: "source" });
    expect(labels).toMatchObject({ source_zone: "z1", source_region: "r1", destination_zone: "z1" });
    expect(
      metricSum(a, "istio_xds_message_total", { url: "type.googleapis.com/istio.workload.Address" }),
    ).toBeGreaterThan(0);
    expect(a).toMatch(/^istio_xds_connection_terminations_total/m);
    expect(a).toMatch(/^process_open_fds \d+/m);
    expect(a).toMatch(/^process_resident_memory_bytes \d+/m);
  });
});
