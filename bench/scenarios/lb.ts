// Scenario: upstream pick with one slow endpoint (issue 25). A service with three endpoints,
// one answering 10× slower (100 ms against 10 ms); closed-loop clients (12 in flight) open a
// connection through a real node proxy's SOCKS5 listener, send one request, read the answer
// and close. Per policy — rr, least-conn, least-conn-p2c, each a fresh proxy with ZTS_LB set,
// all in the same run — the slow endpoint's share of connections, requests/s and the
// latency percentiles (connect to answer).
// What to expect: rr gives every endpoint a third, so a third of the requests wait for the
// slow one; least-conn keeps the open counts level, so (Little's law) each endpoint's share
// is inversely proportional to its whole connection time — the proxy's own per-connection
// cost (SOCKS5, HBONE) included, so the slow one's share lies between 1/21 and 1/3.
// With three endpoints least-conn-p2c scans exactly (≤ 8), i.e. decides as least-conn: its
// rows show the run-to-run noise of this machine as much as anything.
// Everything on 127.89.0.0/16: a control plane in this process (its CA issues the pods'
// certificates), one `ztunnel-ts proxy` child (node mode, per-pod HBONE listeners, as the
// demo runs), the endpoint servers in this process (timers, little CPU).
// Direct run: node bin/run-ts.mjs bench/scenarios/lb.ts [--quick]
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type Server, type SocketConnectOpts } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SocksClient } from "socks";
import type { LbPolicy } from "../../src/pick/least-conn.ts";
import {
  closeServer,
  listen,
  nodeEnv,
  PORTS,
  spawnProxy,
  stopProxy,
  waitProxyReady,
} from "../../test/fixtures/proxy-harness.ts";
import { startControlPlane } from "../../xds/controlplane/server.ts";
import type { BenchContext, Sample, Scenario } from "../types.ts";

const NODE = "127.89.0.1";
const CLIENT = "127.89.1.10";
const VIP = "127.89.9.1";
const EPS = [
  { name: "fast-1", ip: "127.89.2.1", delayMs: 10 },
  { name: "fast-2", ip: "127.89.2.2", delayMs: 10 },
  { name: "slow", ip: "127.89.2.3", delayMs: 100 },
];
const POLICIES: LbPolicy[] = ["rr", "least-conn", "least-conn-p2c"];
const IN_FLIGHT = 12;

const pod = (name: string, ip: string, app: string) => `---
apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  namespace: default
  labels: { app: ${app} }
spec:
  nodeName: node-a
  containers: [{ name: c, ports: [{ containerPort: 8080 }] }]
status:
  podIP: ${ip}
  conditions: [{ type: Ready, status: "True" }]
`;

const MESH = `apiVersion: v1
kind: Namespace
metadata:
  name: default
  labels:
    istio.io/dataplane-mode: ambient
---
apiVersion: v1
kind: Node
metadata:
  name: node-a
status:
  addresses: [{ type: InternalIP, address: ${NODE} }]
---
apiVersion: v1
kind: Service
metadata:
  name: work
  namespace: default
spec:
  clusterIP: ${VIP}
  selector: { app: work }
  ports: [{ port: 80, targetPort: 8080 }]
${pod("client", CLIENT, "client")}${EPS.map((e) => pod(e.name, e.ip, "work")).join("")}`;

/** Reads a request, waits its endpoint's delay, answers with its name and closes. */
const endpointServer = (name: string, delayMs: number) =>
  createServer((s) => {
    s.on("error", () => s.destroy());
    s.once("data", () => setTimeout(() => s.end(`${name}\n`), delayMs));
  });

async function request(): Promise<string> {
  const { socket } = await SocksClient.createConnection({
    proxy: { host: NODE, port: PORTS.socks5, type: 5 },
    command: "connect",
    destination: { host: VIP, port: 80 },
    socket_options: { localAddress: CLIENT } as unknown as SocketConnectOpts,
    timeout: 10_000,
  });
  return new Promise((resolve, reject) => {
    let got = "";
    socket.on("data", (d) => {
      got += d.toString();
    });
    socket.on("error", reject);
    socket.on("close", () => resolve(got.trim()));
    socket.write("GET\n");
  });
}

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? Number.NaN;
}

async function onePolicy(ctx: BenchContext, lb: LbPolicy, cpAddress: string, token: string, root: string) {
  const proxy = spawnProxy("node-a", NODE, {
    ...nodeEnv({ name: "node-a", ip: NODE }, cpAddress, token, root),
    ZTS_LB: lb,
    LOG_LEVEL: "warn",
  });
  try {
    await waitProxyReady(proxy);
    const durationMs = ctx.quick ? 3000 : 10_000;
    for (let i = 0; i < 50; i++) await request(); // warm-up: pool and tables built
    const latencies: number[] = [];
    const byEndpoint = new Map<string, number>();
    const end = Date.now() + durationMs;
    const t0 = process.hrtime.bigint();
    const lane = async () => {
      while (Date.now() < end) {
        const s = process.hrtime.bigint();
        const name = await request();
        latencies.push(Number(process.hrtime.bigint() - s) / 1e6);
        byEndpoint.set(name, (byEndpoint.get(name) ?? 0) + 1);
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    latencies.sort((a, b) => a - b);
    const n = latencies.length;
    const slowShare = (100 * (byEndpoint.get("slow") ?? 0)) / n;
    ctx.log(
      `lb: ${lb}: ${n} requests, slow endpoint ${slowShare.toFixed(1)} %, p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms (${[...byEndpoint].map(([k, v]) => `${k} ${v}`).join(", ")})`,
    );
    const s = (metric: string, unit: string, value: number, higherIsBetter: boolean): Sample => ({
      metric,
      unit,
      subject: lb,
      value,
      higherIsBetter,
    });
    return [
      s("slow endpoint's share of connections", "%", slowShare, false),
      s("requests/s (12 in flight)", "req/s", n / seconds, true),
      s("latency p50", "ms", percentile(latencies, 50), false),
      s("latency p90", "ms", percentile(latencies, 90), false),
      s("latency p99", "ms", percentile(latencies, 99), false),
    ];
  } finally {
    await stopProxy(proxy);
  }
}

export const scenario: Scenario = {
  name: "lb",
  description:
    "upstream pick with one endpoint 10× slower (100 ms vs 10 ms): slow endpoint's share, requests/s and latency for rr, least-conn and least-conn-p2c through one node proxy (SOCKS5 → HBONE), 12 requests in flight",
  peers: [],
  baseline: "rr",
  async run(ctx) {
    const dir = await mkdtemp(join(tmpdir(), "ztslb-bench-"));
    const servers: Server[] = [];
    const cp = await (async () => {
      await writeFile(join(dir, "mesh.yaml"), MESH);
      return startControlPlane({ mesh: join(dir, "mesh.yaml"), host: "127.0.0.1", port: 0, watch: false });
    })();
    try {
      for (const e of EPS) servers.push(await listen(endpointServer(e.name, e.delayMs), e.ip, 8080));
      const tokens = await cp.writeTokens(dir);
      const root = join(dir, "root.pem");
      await writeFile(root, cp.rootPem);
      const out: Sample[] = [];
      for (const lb of POLICIES) out.push(...(await onePolicy(ctx, lb, cp.address, tokens["node-a"] ?? "", root)));
      return out;
    } finally {
      await Promise.all(servers.map(closeServer));
      await cp.close();
      await rm(dir, { recursive: true, force: true });
    }
  },
};

export default scenario;

if (import.meta.url === `file://${process.argv[1]}`) {
  const quick = process.argv.includes("--quick");
  const samples = await scenario.run({ quick, log: console.log, host: "127.0.0.1" });
  for (const s of samples)
    console.log(`${s.metric.padEnd(40)} ${s.subject.padEnd(15)} ${s.value.toFixed(2)} ${s.unit}`);
}
