// ztunnel-ts as a benchmark subject: the embedded control plane serving
// bench/fixtures/mesh.yaml (plaintext gRPC on loopback, as the demo runs it), one
// `ztunnel-ts proxy` per bench node in node capture mode with per-pod HBONE listeners
// (ZTS_POD_LISTENERS), and iptables DNAT rules (nat OUTPUT, in a chain of our own named
// ZTS-BENCH-<pid>, only for the fixture's service VIPs 127.0.22.x, removed on stop) that do
// what node capture does in a cluster: send connections for the service VIP to node A's
// outbound listener :15001, which reads the VIP back with SO_ORIGINAL_DST. The load tools
// (wrk, iperf3) cannot bind a source address, so the fixture's client pod is 127.0.0.1.
//   (a) tcp:    client → DNAT → node A :15001 → plain TCP → plain-backend (namespace not ambient)
//   (b) tunnel: client → DNAT → node A :15001 → HBONE (mTLS, h2 CONNECT) → node B on
//               127.0.21.20:15008 (the pod's own address) → mesh-backend
//
// Any failure (no root, no iptables, the proxy command not there yet, not ready in time)
// throws a short reason; the suite records it as "not measured: <reason>". The first
// failure is remembered for the rest of the run so every repetition does not pay for it.
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { lastLines, type Proc, runToEnd, sleep, start, waitForPort } from "../lib/procs.ts";
import type { Endpoint, Subject } from "./types.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const MESH_FILE = fileURLToPath(new URL("../fixtures/mesh.yaml", import.meta.url));

// Must match bench/fixtures/mesh.yaml.
const NODE_A = "127.0.20.1";
const NODE_B = "127.0.20.2";
const CONTROL_PLANE = "127.0.20.100";
const CP_PORT = 15012;
const PORTS = [18080, 18081, 18082, 15201];
const PLAIN = { pod: "127.0.21.10", vip: "127.0.22.10" };
const MESH = { pod: "127.0.21.20", vip: "127.0.22.20" };
const CHAIN = `ZTS-BENCH-${process.pid}`;
const READY_MS = 20_000;

const failed = new Map<string, string>();

async function iptables(args: string[]): Promise<void> {
  const r = await runToEnd("iptables", ["-w", "5", "-t", "nat", ...args], 10_000);
  if (r.code !== 0) throw new Error(`iptables ${args.join(" ")}: ${lastLines(r.stderr || r.stdout, 1)}`);
}

async function captureOn(dnat: Array<[string, number, string]>): Promise<() => Promise<void>> {
  if (process.getuid?.() !== 0) throw new Error("needs root for the iptables capture rules");
  await iptables(["-N", CHAIN]);
  const remove = async () => {
    await iptables(["-D", "OUTPUT", "-d", "127.0.22.0/24", "-p", "tcp", "-j", CHAIN]).catch(() => {});
    await iptables(["-F", CHAIN]).catch(() => {});
    await iptables(["-X", CHAIN]).catch(() => {});
  };
  try {
    for (const [dst, port, to] of dnat) {
      await iptables([
        "-A",
        CHAIN,
        "-d",
        `${dst}/32`,
        "-p",
        "tcp",
        "--dport",
        String(port),
        "-j",
        "DNAT",
        "--to-destination",
        to,
      ]);
    }
    await iptables(["-I", "OUTPUT", "-d", "127.0.22.0/24", "-p", "tcp", "-j", CHAIN]);
  } catch (err) {
    await remove();
    throw err;
  }
  return remove;
}

function proxyEnv(
  node: string,
  ip: string,
  rootCert: string,
  token: string | undefined,
  extra: NodeJS.ProcessEnv,
): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...extra,
    // One port serves delta ADS and the CA, like istiod's 15012; the embedded control
    // plane speaks plaintext gRPC (loopback only), so the scheme is http.
    XDS_ADDRESS: `http://${CONTROL_PLANE}:${CP_PORT}`,
    CA_ADDRESS: `http://${CONTROL_PLANE}:${CP_PORT}`,
    XDS_ROOT_CA: rootCert,
    CA_ROOT_CA: rootCert,
    ...(token ? { AUTH_TOKEN: token } : {}),
    NODE_NAME: node,
    INSTANCE_IP: ip,
    POD_NAME: `ztunnel-${node}`,
    POD_NAMESPACE: "istio-system",
    ZTS_CAPTURE: "node",
    ZTS_BIND_ADDRESS: ip,
    // HBONE :15008 on each local pod IP (what in-pod mode gives a pod), so node A dials the
    // backend pod's own address and node B answers there: no DNAT needed for the tunnel.
    ZTS_POD_LISTENERS: "true",
    ZTS_ADMIN_ADDR: `${ip}:15000`,
    ZTS_STATS_ADDR: `${ip}:15020`,
    ZTS_READINESS_ADDR: `${ip}:15021`,
    LOG_LEVEL: process.env.ZTS_BENCH_LOG_LEVEL ?? "warn",
    // Stop within the harness's 1.5 s SIGTERM grace (and so let --cpu-prof write its files).
    CONNECTION_TERMINATION_DEADLINE: "300ms",
    // tcp and tunnel measure no DNS (bench/scenarios/dns.ts does): no DNS proxy, whose default
    // upstreams would be this machine's own resolvers and whose default port both nodes share.
    ISTIO_META_DNS_CAPTURE: "false",
  };
}

async function ready(ip: string, proc: Proc): Promise<void> {
  const deadline = Date.now() + READY_MS;
  for (;;) {
    if (proc.child.exitCode !== null) {
      throw new Error(`exited with code ${proc.child.exitCode}: ${lastLines(proc.output(), 2)}`);
    }
    try {
      const res = await fetch(`http://${ip}:15021/healthz/ready`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`not ready on ${ip}:15021 within ${READY_MS / 1000} s`);
    await sleep(200);
  }
}

function subject(
  name: string,
  target: { pod: string; vip: string },
  nodes: Array<[string, string]>,
  root = ROOT,
  extraEnv: NodeJS.ProcessEnv = {},
): Subject {
  const CLI = join(root, "bin/ztunnel-ts.mjs");
  return {
    name,
    binaries: ["iptables"],
    backendAt: (i) => ({ host: target.pod, port: PORTS[i] ?? 0 }),
    async start(_backends, workDir) {
      const known = failed.get(`${root} ${target.vip}`);
      if (known) throw new Error(known);
      const procs: Proc[] = [];
      let uncapture: (() => Promise<void>) | undefined;
      const stop = async () => {
        // ZTS_BENCH_LOG_LEVEL=debug npm run bench … shows what the proxies said.
        if (process.env.ZTS_BENCH_LOG_LEVEL) for (const p of procs) console.error(p.output());
        await uncapture?.();
        await Promise.all(procs.map((p) => p.stop()));
      };
      try {
        const rootCert = join(workDir, "zts-root.pem");
        const cpArgs = ["control-plane", "--mesh", MESH_FILE, "--host", CONTROL_PLANE, "--port", String(CP_PORT)];
        cpArgs.push("--root-cert", rootCert, "--token-dir", join(workDir, "zts-tokens"));
        const cp = start(process.execPath, [CLI, ...cpArgs], { cwd: root });
        procs.push(cp);
        await waitForPort(CONTROL_PLANE, CP_PORT, READY_MS, cp).catch((err: Error) => {
          throw new Error(`control plane: ${err.message}`);
        });
        await sleep(300); // its start-up lines (root cert, token files) follow the listen
        for (const [node, ip] of nodes) {
          // The control plane prints "token for node <name>: <file>" for each node.
          const token = new RegExp(`token for node ${node}: (\\S+)`).exec(cp.output())?.[1];
          const env = proxyEnv(node, ip, rootCert, token, extraEnv);
          // ZTS_BENCH_CPU_PROF=<dir>: V8 CPU profiles of each proxy (main thread and workers)
          // into <dir>/<node>/; summarize with `node bin/run-ts.mjs bench/lib/cpuprof.ts <dir>/<node>`.
          const prof = process.env.ZTS_BENCH_CPU_PROF;
          const flags = prof ? ["--cpu-prof", "--cpu-prof-dir", join(prof, node)] : [];
          const p = start(process.execPath, [...flags, CLI, "proxy", "ztunnel"], { env, cwd: root });
          procs.push(p);
        }
        // Start-up (tsx, workers, xDS, certificates) in parallel: the proxies are independent.
        await Promise.all(
          nodes.map(([node, ip], i) =>
            ready(ip, procs[i + 1]!).catch((err: Error) => {
              throw new Error(`proxy ${node}: ${err.message}`);
            }),
          ),
        );
        const rules: Array<[string, number, string]> = PORTS.map((port) => [target.vip, port, `${NODE_A}:15001`]);
        uncapture = await captureOn(rules);
      } catch (err) {
        await stop();
        const reason = err instanceof Error ? err.message : String(err);
        failed.set(`${root} ${target.vip}`, reason);
        throw err;
      }
      return {
        frontends: PORTS.map((port) => ({ host: target.vip, port }) satisfies Endpoint),
        // The control plane is not on the data path: measure the node proxies only.
        pids: procs.slice(1).map((p) => p.pid),
        stop,
      };
    },
  };
}

/** Scenario (a): one node proxy, destination outside the mesh (plain TCP out). */
export const ztunnelPlain = subject("ztunnel-ts", PLAIN, [["bench-node-a", NODE_A]]);

/** Scenario (b): two node proxies, HBONE (mTLS) between them. */
export const ztunnelTunnel = subject("ztunnel-ts", MESH, [
  ["bench-node-a", NODE_A],
  ["bench-node-b", NODE_B],
]);

/**
 * The same two node proxies with HBONE's data phase in the addon (ZTS_HBONE_DATAPATH=native:
 * OpenSSL + nghttp2 sessions on both ends, issue 20), measured in the same run as the JS path.
 */
export const ztunnelTunnelNative = subject(
  "ztunnel-ts-native",
  MESH,
  [
    ["bench-node-a", NODE_A],
    ["bench-node-b", NODE_B],
  ],
  ROOT,
  { ZTS_HBONE_DATAPATH: "native" },
);

/**
 * A/B runs: ZTS_BENCH_BEFORE=<another checkout> (its own `npm install` and native build done)
 * adds that build as a second subject, `ztunnel-ts@before`, measured in the same run.
 */
const BEFORE = process.env.ZTS_BENCH_BEFORE;
export const beforePlain = BEFORE ? [subject("ztunnel-ts@before", PLAIN, [["bench-node-a", NODE_A]], BEFORE)] : [];
export const beforeTunnel = BEFORE
  ? [
      subject(
        "ztunnel-ts@before",
        MESH,
        [
          ["bench-node-a", NODE_A],
          ["bench-node-b", NODE_B],
        ],
        BEFORE,
      ),
    ]
  : [];
