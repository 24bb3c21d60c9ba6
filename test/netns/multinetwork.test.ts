// Multi-network end to end (root, iproute2, curl, python3-h2): two networks that share no
// route, joined only by an east-west gateway stand-in with a leg on each.
//
//   network net-a 10.210.0.0/24                       network net-b 10.220.0.0/24
//   [A: node-a 10.210.0.1, client pod 10.210.0.10] ─veth─ [gw .254 | .254] ─veth─ [B: node-b 10.220.0.2, echo pod 10.220.0.20]
//        proxy A (NETWORK=net-a)            eastwest_gateway.py on 10.210.0.254:15008       proxy B (NETWORK=net-b)
//                                           control plane (CA only) on :15012                 echo server :8080
//
// The gateway netns forwards no packets (ip_forward stays 0): the only way from A to B is
// the gateway's relay. Proxy A's state (LOCAL_XDS_PATH) is what istiod sends a net-a proxy:
// the echo service's only endpoint is on net-b, with no IP and net-b's gateway; proxy B's
// has the echo pod with its IP. Certificates come from the embedded control plane's CA
// (reached by each proxy on its own side of the gateway netns); the gateway's own
// certificate is signed by a second CA of this test, announced to the proxies through the
// control plane's --roots-dir. The client talks SOCKS5 from the client pod's address.
// Everything lives in namespaces created here; all are deleted in afterAll.
import { type ChildProcess, execFile, execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLocalCa, issue } from "../fixtures/hbone-mesh.ts";
import { inNetns, vethPair } from "../fixtures/inpod-netns.ts";
import { CLI, type RunningProxy, spawnProxy, stopProxy, until, waitProxyReady } from "../fixtures/proxy-harness.ts";

const run = promisify(execFile);
const GATEWAY = fileURLToPath(new URL("../fixtures/eastwest_gateway.py", import.meta.url));
const POD = fileURLToPath(new URL("../fixtures/proxy-netns-pod.mjs", import.meta.url));
const HOST = "echo.default.svc.cluster.local";
const VIP = "10.96.0.10";
const ID = (ns: string, sa: string) => `spiffe://cluster.local/ns/${ns}/sa/${sa}`;
const GW_SA = "eastwest-istio-remote";
// Debian's python3 (python3-h2), not whatever python3 is first on PATH.
const PY = "/usr/bin/python3";

const sh = inNetns;

function probe(): string | undefined {
  if (process.getuid?.() !== 0) return "needs root (network namespaces)";
  for (const [cmd, args, pkg] of [
    ["ip", ["netns", "list"], "iproute2"],
    ["curl", ["--version"], "curl"],
    [PY, ["-c", "import h2"], "python3-h2"],
  ] as const) {
    try {
      execFileSync(cmd, [...args], { stdio: "ignore" });
    } catch {
      return `${cmd} ${args.join(" ")} failed (install ${pkg})`;
    }
  }
  return undefined;
}
const skipReason = probe();
if (skipReason) console.log(`skipping multi-network tests: ${skipReason}`);

const tag = randomBytes(3).toString("hex");
const NS = { a: `zts-${tag}-neta`, b: `zts-${tag}-netb`, gw: `zts-${tag}-ewgw` };

function buildTopology(): void {
  for (const ns of Object.values(NS)) {
    execFileSync("ip", ["netns", "add", ns]);
    sh(ns, "ip", "link", "set", "lo", "up");
  }
  const veth = (a: string, an: string, b: string, bn: string) => vethPair(tag, a, an, b, bn);
  veth(NS.a, "eth0", NS.gw, "neta");
  veth(NS.b, "eth0", NS.gw, "netb");
  for (const ip of ["10.210.0.1/24", "10.210.0.10/24"]) sh(NS.a, "ip", "addr", "add", ip, "dev", "eth0");
  for (const ip of ["10.220.0.2/24", "10.220.0.20/24"]) sh(NS.b, "ip", "addr", "add", ip, "dev", "eth0");
  sh(NS.gw, "ip", "addr", "add", "10.210.0.254/24", "dev", "neta");
  sh(NS.gw, "ip", "addr", "add", "10.220.0.254/24", "dev", "netb");
  // No forwarding between the legs: the networks are joined only by the gateway's relay.
  sh(NS.gw, "sysctl", "-qw", "net.ipv4.ip_forward=0");
}

/** The control plane's mesh: only who runs where, so its CA signs each node's pods. */
const CP_MESH = `
apiVersion: v1
kind: Namespace
metadata: { name: default, labels: { istio.io/dataplane-mode: ambient } }
---
apiVersion: v1
kind: Node
metadata: { name: node-a }
status: { addresses: [{ type: InternalIP, address: 10.210.0.1 }] }
---
apiVersion: v1
kind: Node
metadata: { name: node-b }
status: { addresses: [{ type: InternalIP, address: 10.220.0.2 }] }
---
apiVersion: v1
kind: Pod
metadata: { name: client, namespace: default, labels: { app: client } }
spec: { nodeName: node-a, serviceAccountName: client, containers: [{ name: client }] }
status: { podIP: 10.210.0.10, conditions: [{ type: Ready, status: "True" }] }
---
apiVersion: v1
kind: Pod
metadata: { name: echo, namespace: default, labels: { app: echo } }
spec: { nodeName: node-b, serviceAccountName: echo, containers: [{ name: echo, ports: [{ containerPort: 8080 }] }] }
status: { podIP: 10.220.0.20, conditions: [{ type: Ready, status: "True" }] }
`;

const clientWl = `
- uid: Kubernetes//Pod/default/client
  name: client
  namespace: default
  serviceAccount: client
  workloadName: client
  workloadType: deployment
  canonicalName: client
  canonicalRevision: v1
  workloadIps: ["10.210.0.10"]
  protocol: HBONE
  node: node-a
  network: net-a
  services: {}`;

/** Proxy A's view (ztunnel local config): the echo pod as istiod sends it to another network. */
const STATE_A = `workloads:${clientWl}
- uid: Kubernetes//Pod/default/echo
  name: echo
  namespace: default
  serviceAccount: echo
  workloadIps: []
  protocol: HBONE
  node: node-b
  network: net-b
  networkGateway: { destination: net-b/10.210.0.254, hboneMtlsPort: 15008 }
  services: { "default/${HOST}": { 80: 8080, 90: 9090 } }
- uid: NetworkGateway/net-b/10.210.0.254/15008
  name: NetworkGateway/net-b/10.210.0.254/15008
  namespace: istio-system
  serviceAccount: ${GW_SA}
  workloadIps: ["10.210.0.254"]
  protocol: TCP
  network: net-b
  services: {}
services:
- name: echo
  namespace: default
  hostname: ${HOST}
  vips: ["net-a/${VIP}"]
  ports: { 80: 8080, 90: 9090 }
`;

/**
 * Proxy B's view: its own echo pod, with its address, and the east-west gateway's pod on
 * net-b — the address tunnels from other networks arrive from, so a source looked up by
 * that address would be the gateway, not the client.
 */
const STATE_B = `workloads:${clientWl}
- uid: Kubernetes//Pod/istio-system/eastwest
  name: eastwest
  namespace: istio-system
  serviceAccount: ${GW_SA}
  workloadName: eastwest
  workloadIps: ["10.220.0.254"]
  protocol: TCP
  network: net-b
  services: {}
- uid: Kubernetes//Pod/default/echo
  name: echo
  namespace: default
  serviceAccount: echo
  workloadName: echo
  canonicalName: echo
  workloadIps: ["10.220.0.20"]
  protocol: HBONE
  node: node-b
  network: net-b
  services: { "default/${HOST}": { 80: 8080, 90: 9090 } }
services:
- name: echo
  namespace: default
  hostname: ${HOST}
  vips: ["net-b/${VIP}"]
  ports: { 80: 8080, 90: 9090 }
`;

/** The echo pod's second port: every byte back, half-close honoured. */
const BULK_ECHO = `require("node:net").createServer({ allowHalfOpen: true }, (s) => { s.on("error", () => s.destroy()); s.pipe(s); })
  .listen(9090, "10.220.0.20", () => console.log("listening"));`;
const SOCKS_ECHO = fileURLToPath(new URL("../fixtures/socks-echo-client.mjs", import.meta.url));

/** fetch() from inside a namespace (the proxies' admin ports live there). */
async function nsFetch(ns: string, url: string): Promise<Response> {
  const { stdout } = await run("ip", [
    "netns",
    "exec",
    ns,
    "curl",
    "-s",
    "--max-time",
    "2",
    "-w",
    "\n%{http_code}",
    url,
  ]);
  const i = stdout.lastIndexOf("\n");
  return new Response(stdout.slice(0, i), { status: Number(stdout.slice(i + 1)) || 599 });
}

interface GatewayStream {
  connection: number;
  stream: number;
  authority: string;
  headers: [string, string][];
  status: number;
  up: string;
  down: string;
  up_bytes: number;
  down_bytes: number;
}

/** TLS record content types in `bytes`, walking the record headers; throws if they do not tile it. */
function tlsRecordTypes(bytes: Buffer): number[] {
  const types: number[] = [];
  let at = 0;
  while (at < bytes.length) {
    if (at + 5 > bytes.length) throw new Error(`truncated TLS record header at ${at}`);
    const type = bytes[at]!;
    const major = bytes[at + 1]!;
    if (major !== 3) throw new Error(`byte ${at}: 0x${type.toString(16)} 0x${major.toString(16)} is not a TLS record`);
    const len = bytes.readUInt16BE(at + 3);
    at += 5 + len;
    types.push(type);
  }
  if (at !== bytes.length) throw new Error("TLS records overrun the relayed bytes");
  return types;
}

describe.skipIf(skipReason !== undefined)("multi-network: double HBONE through an east-west gateway", () => {
  const children: ChildProcess[] = [];
  const proxies: Record<"a" | "b", RunningProxy> = {} as Record<"a" | "b", RunningProxy>;
  const gatewayStreams: GatewayStream[] = [];
  let dir = "";

  const startChild = (name: string, argv: string[], ready: RegExp, onLine?: (l: string) => void) => {
    const child = spawn(argv[0]!, argv.slice(1), { stdio: ["ignore", "pipe", "pipe"] });
    children.push(child);
    createInterface({ input: child.stderr! }).on("line", (l) => process.stderr.write(`[${name}] ${l}\n`));
    return new Promise<ChildProcess>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`${name} did not start`)), 20_000);
      createInterface({ input: child.stdout! }).on("line", (l) => {
        onLine?.(l);
        if (ready.test(l)) {
          clearTimeout(t);
          resolve(child);
        }
      });
      child.once("exit", (code) => reject(new Error(`${name} exited ${code}`)));
    });
  };

  beforeAll(async () => {
    buildTopology();
    dir = await mkdtemp(join(tmpdir(), "zts-multinet-"));
    // The gateway's certificate, from a CA of this test that the proxies learn through the control plane.
    const gwCa = await createLocalCa({ trustDomain: "cluster.local" });
    const gwCert = await issue(gwCa, ID("istio-system", GW_SA));
    await mkdir(join(dir, "roots"));
    await writeFile(join(dir, "roots", "gateway-ca.pem"), gwCa.rootPem);
    await writeFile(join(dir, "gw-cert.pem"), gwCert.chainPem.join(""));
    await writeFile(join(dir, "gw-key.pem"), gwCert.keyPem);
    await writeFile(join(dir, "mesh.yaml"), CP_MESH);
    await writeFile(join(dir, "state-a.yaml"), STATE_A);
    await writeFile(join(dir, "state-b.yaml"), STATE_B);
    await startChild(
      "control-plane",
      [
        ...["ip", "netns", "exec", NS.gw, process.execPath, CLI, "control-plane", "--mesh", join(dir, "mesh.yaml")],
        ...["--host", "0.0.0.0", "--port", "15012", "--token-dir", dir, "--root-cert", join(dir, "root.pem")],
        ...["--roots-dir", join(dir, "roots")],
      ],
      /^control plane:/,
    );
    await until(() => existsSync(join(dir, "root.pem")), 5000, "root cert file");
    // East-west gateway: routes the service's authority to the echo pod's HBONE address on net-b.
    const routes = JSON.stringify({ [`${HOST}:80`]: "10.220.0.20:15008", [`${HOST}:90`]: "10.220.0.20:15008" });
    await startChild(
      "gateway",
      [
        ...["ip", "netns", "exec", NS.gw, PY, GATEWAY, "10.210.0.254", "15008"],
        ...[join(dir, "gw-cert.pem"), join(dir, "gw-key.pem"), join(dir, "root.pem"), routes],
      ],
      /^listening$/,
      (l) => {
        if (l.startsWith("{")) gatewayStreams.push(JSON.parse(l) as GatewayStream);
      },
    );
    await startChild(
      "echo",
      ["ip", "netns", "exec", NS.b, process.execPath, POD, "echo", "10.220.0.20", "8080"],
      /listening/,
    );
    await startChild("bulk-echo", [...["ip", "netns", "exec", NS.b, process.execPath, "-e", BULK_ECHO]], /listening/);
    for (const [key, name, ip, network, cpIp] of [
      ["a", "node-a", "10.210.0.1", "net-a", "10.210.0.254"],
      ["b", "node-b", "10.220.0.2", "net-b", "10.220.0.254"],
    ] as const) {
      const env = {
        LOCAL_XDS_PATH: join(dir, `state-${key}.yaml`),
        CA_ADDRESS: `http://${cpIp}:15012`,
        AUTH_TOKEN: join(dir, `${name}.token`),
        CA_ROOT_CA: join(dir, "root.pem"),
        NETWORK: network,
        NODE_NAME: name,
        INSTANCE_IP: ip,
        POD_NAME: `ztunnel-${name}`,
        POD_NAMESPACE: "istio-system",
        ZTS_CAPTURE: "node",
        ZTS_BIND_ADDRESS: ip,
        // Inbound HBONE on each local pod's IP:15008 (no capture rules in this test).
        ZTS_POD_LISTENERS: "true",
        // Proxy B dials the pod from its own address: the gateway's would route out of its netns.
        ENABLE_ORIG_SRC: "false",
        ZTS_PASSTHROUGH: "none",
        ZTS_ADMIN_ADDR: `${ip}:15000`,
        ZTS_STATS_ADDR: `${ip}:15020`,
        ZTS_READINESS_ADDR: `${ip}:15021`,
        UNSTABLE_ENABLE_SOCKS5: "true",
        ZTS_SOCKS5_ADDR: `${ip}:15080`,
        ISTIO_META_DNS_CAPTURE: "false",
        ZTUNNEL_WORKER_THREADS: "1",
        ZTS_HANDOFF_SOCKET: "off",
        LOG_FORMAT: "json",
        LOG_LEVEL: "info",
      };
      proxies[key] = spawnProxy(name, ip, env, ["ip", "netns", "exec", NS[key]]);
    }
    await Promise.all((["a", "b"] as const).map((k) => waitProxyReady(proxies[k], (url) => nsFetch(NS[k], url))));
  }, 60_000);

  afterAll(async () => {
    await Promise.all(Object.values(proxies).map(stopProxy));
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGTERM");
    await Promise.all(
      children.map((c) =>
        c.exitCode === null && c.signalCode === null ? new Promise((r) => c.once("exit", r)) : null,
      ),
    );
    for (const ns of Object.values(NS)) {
      try {
        execFileSync("ip", ["netns", "del", ns], { stdio: "ignore" });
      } catch {
        // never created
      }
    }
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  // Each curl gets its own source port, which the outer CONNECT's forwarded header names:
  // that is how a gateway report is matched to the connection that caused it.
  let nextPort = 20_000 + Math.floor(Math.random() * 20_000);

  /** One connection from the client pod through proxy A's SOCKS5, POSTing `payload`; its source port and the reply. */
  const curlFromClient = async (payload: string, target = `http://${VIP}/`, socks = "--socks5") => {
    const port = nextPort++;
    const { stdout } = await run("ip", [
      ...["netns", "exec", NS.a, "curl", "-sS", "--max-time", "8", socks, "10.210.0.1:15080"],
      ...["--interface", "10.210.0.10", "--local-port", String(port), "--data-binary", payload, target],
    ]);
    return { port, body: stdout };
  };

  /** The gateway's reports of streams whose forwarded header names the client's `port`. */
  const streamsOf = (port: number) =>
    gatewayStreams.filter((s) =>
      s.headers.some(([k, v]) => k === "forwarded" && v.includes(`for="10.210.0.10:${port}"`)),
    );
  /** The one stream of the connection from `port`, once the gateway reported it. */
  const streamOf = async (port: number) => {
    await until(() => streamsOf(port).length > 0, 5000, `the gateway's report of the connection from port ${port}`);
    return streamsOf(port)[0]!;
  };

  it("networks A and B have no route to each other except through the gateway's relay", async () => {
    await expect(
      run("ip", ["netns", "exec", NS.a, "curl", "-sS", "--max-time", "2", "http://10.220.0.20:8080/"]),
    ).rejects.toThrow();
  });

  it("a pod on network A reaches the service whose only endpoint is on network B, and the reply gets back", async () => {
    const { port, body } = await curlFromClient(`payload-${randomBytes(8).toString("hex")}`);
    // The echo pod answers with its name and the peer it saw (proxy B, which dialled it).
    expect(body).toMatch(/^echo\nremote 10\.220\.0\.\d+\n$/);
    expect((await streamOf(port)).status).toBe(200);
  });

  it("the gateway sees exactly one outer CONNECT per connection, naming the service by hostname, without x-forwarded-network", async () => {
    const ports: number[] = [];
    for (let i = 0; i < 3; i++) ports.push((await curlFromClient(`n${i}`)).port);
    for (const p of ports) await streamOf(p);
    await new Promise((r) => setTimeout(r, 300)); // a second CONNECT for one of them would show up by now
    for (const p of ports) {
      const mine = streamsOf(p);
      expect(mine.map((s) => [s.status, s.authority])).toEqual([[200, `${HOST}:80`]]);
      const names = mine[0]!.headers.map(([k]) => k);
      expect(names).toEqual(expect.arrayContaining([":method", "forwarded", "baggage", "traceparent"]));
      expect(names).not.toContain("x-forwarded-network");
      expect(Object.fromEntries(mine[0]!.headers)[":method"]).toBe("CONNECT");
    }
  });

  it("what the gateway relays is TLS records both ways, never the payload or the reply in the clear", async () => {
    const payload = `secret-${randomBytes(12).toString("hex")}`;
    const { port, body } = await curlFromClient(payload);
    expect(body).toContain("echo");
    const s = await streamOf(port);
    const up = Buffer.from(s.up, "hex");
    const down = Buffer.from(s.down, "hex");
    // The inner handshake starts with a ClientHello (0x16); then only handshake,
    // change-cipher-spec, alert and application-data records (0x14–0x17).
    expect(up[0]).toBe(0x16);
    expect(new Set([...tlsRecordTypes(up), ...tlsRecordTypes(down)])).toSatisfy((t: Set<number>) =>
      [...t].every((x) => x >= 0x14 && x <= 0x17),
    );
    expect(tlsRecordTypes(up)).toContain(0x17);
    expect(up.includes(Buffer.from(payload))).toBe(false);
    expect(up.includes(Buffer.from("POST"))).toBe(false);
    expect(down.includes(Buffer.from("remote "))).toBe(false);
  });

  it("the destination proxy sees the source's identity (its access log), and a hostname CONNECT with our network", async () => {
    const marker = proxies.b.logs.length;
    await curlFromClient("who-am-i");
    await until(
      () => proxies.b.logs.slice(marker).some((l) => l.direction === "inbound" && l.msg === "connection complete"),
      5000,
      "proxy B's access log line",
    );
    const line = proxies.b.logs.slice(marker).find((l) => l.direction === "inbound")!;
    expect({
      identity: line["src.identity"],
      addr: String(line["src.addr"]).split(":")[0],
      dst: line["dst.addr"],
      workload: line["dst.workload"],
      // From a gateway: no source workload is looked up by the gateway's address.
      srcWorkload: line["src.workload"],
    }).toEqual({
      identity: ID("default", "client"),
      addr: "10.220.0.254",
      dst: `${HOST}:80`,
      workload: "echo",
      srcWorkload: undefined,
    });
  });

  it("proxy B labels the tunnel's source from its baggage (istio_tcp_connections_opened_total)", async () => {
    const metrics = (await nsFetch(NS.b, "http://10.220.0.2:15020/metrics")).text();
    const opened = (await metrics)
      .split("\n")
      .find((l) => l.startsWith("istio_tcp_connections_opened_total{") && l.includes('reporter="destination"'));
    expect(opened).toContain('source_workload="client"');
    expect(opened).toContain(`source_principal="${ID("default", "client")}"`);
  });

  it("proxy A reports the destination workload on network B and the DOUBLEHBONE hop in its access log", async () => {
    const { port } = await curlFromClient("outbound-log");
    const mine = () =>
      proxies.a.logs.find((l) => l.direction === "outbound" && l["src.addr"] === `10.210.0.10:${port}`);
    await until(() => mine() !== undefined, 5000, "proxy A's access log line");
    const line = mine()!;
    expect(line.msg).toBe("connection complete");
    expect([line["dst.hbone_addr"], line["dst.workload"], line["dst.identity"]]).toEqual([
      "10.210.0.254:15008",
      "echo",
      ID("default", "echo"),
    ]);
  });

  it("a service asked for by hostname (SOCKS5 with the name) takes the same way", async () => {
    const { port, body } = await curlFromClient("by-name", `http://${HOST}/`, "--socks5-hostname");
    expect(body).toMatch(/^echo\n/);
    expect((await streamOf(port)).authority).toBe(`${HOST}:80`);
  });

  it("8 MiB echoed through both tunnels and the gateway's relay arrive intact", async () => {
    const bulk = () => gatewayStreams.filter((s) => s.authority === `${HOST}:90`);
    const { stdout } = await run("ip", [
      ...["netns", "exec", NS.a, process.execPath, SOCKS_ECHO, "10.210.0.1", "15080", "10.210.0.10"],
      ...[VIP, "90", String(8 << 20)],
    ]);
    const r = JSON.parse(stdout) as { sent: string; got: string; bytes: number; connectMs: number; totalMs: number };
    console.log(
      `double HBONE via the gateway stand-in: SOCKS5 connect ${r.connectMs.toFixed(1)} ms, 8 MiB echoed in ${r.totalMs.toFixed(0)} ms`,
    );
    expect([r.bytes, r.got]).toEqual([8 << 20, r.sent]);
    // The gateway relayed the inner TLS records: a little more than the payload each way.
    await until(() => bulk().length > 0, 5000, "the gateway's report of the bulk stream");
    const s = bulk()[0]!;
    expect(s.up_bytes).toBeGreaterThan(8 << 20);
    expect(s.down_bytes).toBeGreaterThan(8 << 20);
  });

  it("/debug/select shows the pick on network B with its gateway", async () => {
    const r = await nsFetch(NS.a, `http://10.210.0.1:15000/debug/select?source=10.210.0.10&destination=${VIP}:80`);
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({
      picks: [
        {
          uid: "Kubernetes//Pod/default/echo",
          address: null,
          via: "endpoint",
          network: "net-b",
          gateway: { uid: "NetworkGateway/net-b/10.210.0.254/15008", address: "10.210.0.254:15008" },
        },
      ],
    });
  });
});
