// A workload known by DNS name only (a ServiceEntry with resolution DNS: a hostname, no
// address) behind one real node proxy run from a ztunnel local config: a client pod's
// connection to the entry's VIP is picked to that workload, whose name the proxy resolves
// when connecting, through ZTS_DNS_UPSTREAM — a real dnsmasq on a loopback address of this
// file, never the machine's resolvers. dnsmasq answers with a 2 s TTL; when its answer
// changes, connections within the TTL keep the cached address and later ones follow.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SocksClient } from "socks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Dnsmasq, dnsToolsMissing, startDnsmasq } from "../fixtures/dns-tools.ts";
import {
  closeServer,
  listen,
  localConfigProxyEnv,
  metricSum,
  PORTS,
  type RunningProxy,
  spawnProxy,
  stopProxy,
  waitProxyReady,
} from "../fixtures/proxy-harness.ts";

const missing = dnsToolsMissing();
if (missing) console.log(`skipping hostname workloads: ${missing}`);

const NODE_IP = "127.63.0.1";
const DNS = { address: "127.63.0.53", port: 5353 };
const CLIENT = "127.63.1.10";
const BACKEND_A = "127.63.3.10";
const BACKEND_B = "127.63.3.11";
const VIP = "127.63.9.1";
const NAME = "db.external.example";
const TTL_S = 2;

/** Answers every connection with its own name: which backend the proxy reached. */
const named = (name: string): Server =>
  createServer((s) => {
    s.on("error", () => s.destroy());
    s.end(name);
  });

let dir: string;
let proxy: RunningProxy;
let dns: Dnsmasq | undefined;
const backends: Server[] = [];

const config = `workloads:
- uid: Kubernetes//Pod/default/client
  name: client
  namespace: default
  serviceAccount: client
  workloadIps: ["${CLIENT}"]
  protocol: HBONE
  node: n1
  services: {}
- uid: Kubernetes/networking.istio.io/ServiceEntry/default/db/${NAME}
  name: db
  namespace: default
  workloadIps: []
  hostname: ${NAME}
  protocol: TCP
  services:
    "default/${NAME}":
      5432: 8080
services:
- name: db
  namespace: default
  hostname: ${NAME}
  vips: ["/${VIP}"]
  ports:
    5432: 8080
`;

/** Which backend a connection from the client to the entry's VIP reaches ("" when refused). */
async function reached(): Promise<string> {
  try {
    const { socket } = await SocksClient.createConnection({
      proxy: { host: NODE_IP, port: PORTS.socks5, type: 5 },
      command: "connect",
      destination: { host: VIP, port: 5432 },
      socket_options: { localAddress: CLIENT } as never,
      timeout: 5000,
    });
    socket.on("error", () => {});
    return await new Promise<string>((resolve) => {
      let got = "";
      socket.on("data", (d: Buffer) => {
        got += d;
      });
      socket.on("close", () => resolve(got));
    });
  } catch {
    return "";
  }
}

beforeAll(async () => {
  if (missing) return;
  backends.push(await listen(named("a"), BACKEND_A, 8080), await listen(named("b"), BACKEND_B, 8080));
  dns = await startDnsmasq({ ...DNS, hosts: { [NAME]: [BACKEND_A] }, localTtl: TTL_S });
  dir = mkdtempSync(join(tmpdir(), "zts-hostname-"));
  writeFileSync(join(dir, "local.yaml"), config);
  proxy = spawnProxy(
    "n1",
    NODE_IP,
    localConfigProxyEnv(NODE_IP, join(dir, "local.yaml"), {
      // One worker: the test is about one resolver's cache (each worker keeps its own).
      ZTUNNEL_WORKER_THREADS: "1",
      ZTS_DNS_UPSTREAM: `${DNS.address}:${DNS.port}`,
      ZTS_DNS_UPSTREAM_TIMEOUT: "1s",
    }),
  );
  await waitProxyReady(proxy);
}, 30_000);

afterAll(async () => {
  if (proxy) await stopProxy(proxy);
  await dns?.stop();
  for (const b of backends) await closeServer(b);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(missing !== undefined)("a hostname workload (ServiceEntry resolution DNS)", () => {
  it("is reached at the address its name resolves to, and follows a changed answer once the TTL ran out", async () => {
    expect(await reached()).toBe("a");
    const cachedAt = Date.now();
    // The name now means the other backend.
    await dns?.stop();
    dns = await startDnsmasq({ ...DNS, hosts: { [NAME]: [BACKEND_B] }, localTtl: TTL_S });
    // Within the TTL: the cached answer (dnsmasq is not asked).
    if (Date.now() - cachedAt < TTL_S * 1000 - 500) expect(await reached()).toBe("a");
    await new Promise((r) => setTimeout(r, Math.max(0, cachedAt + TTL_S * 1000 + 200 - Date.now())));
    expect(await reached()).toBe("b");
  });

  it("a name that no longer resolves: the connection is refused (hostUnreachable), counted as unresolved", async () => {
    await dns?.stop();
    dns = await startDnsmasq({ ...DNS, hosts: {}, localTtl: TTL_S });
    await new Promise((r) => setTimeout(r, TTL_S * 1000 + 200));
    expect(await reached()).toBe("");
    expect(metricSum(await proxy.metrics(), "ztunnel_ts_connections_refused_total", { reason: "unresolved" })).toBe(1);
  });
});
