// `ztunnel-ts demo [--mesh FILE]` (= `npm start`): the whole mesh on loopback — the
// embedded control plane + CA, one node proxy process per Node (its InternalIP, standard
// ports, SOCKS5 on), an echo server per pod and per ServiceEntry endpoint, a waypoint
// stand-in per waypoint pod — then a table of what runs and curl / dig lines to try. Proxy settings from the environment (ZTUNNEL_WORKER_THREADS, ZTS_BALANCE,
// ZTS_LB, …) apply to every node proxy; addresses and ports are the demo's own. Each node
// proxy serves DNS on <node address>:15053, forwarding only to a loopback NXDOMAIN stand-in.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadMeshDocs } from "../../xds/controlplane/mesh-files.ts";
import { startControlPlane } from "../../xds/controlplane/server.ts";
import { translate } from "../../xds/controlplane/translate.ts";
import { STOP_GRACE_MS } from "../config.ts";
import { describePlan } from "../demo/describe.ts";
import { type EchoServer, startEcho } from "../demo/echo.ts";
import { type NxdomainServer, startNxdomain } from "../demo/nxdomain.ts";
import { DEMO_AUTO_ALLOCATE_V4, DemoError, type DemoPlan, NODE_PORTS, planDemo } from "../demo/plan.ts";
import { startWaypoint, type WaypointServer } from "../demo/waypoint.ts";
import { createCaClient } from "../identity/ca-client.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const DEFAULT_MESH = join(ROOT, "deploy/demo/mesh.yaml");
const CLI = join(ROOT, "bin/ztunnel-ts.mjs");
const CP_HOST = "127.0.0.1";
const CP_PORT = 15012;
/** The waypoint stand-in's certificate lifetime, and when it is renewed (at half, as ztunnel does). */
const WAYPOINT_CERT_TTL_MS = 24 * 3600_000;
const WAYPOINT_RENEW_MS = WAYPOINT_CERT_TTL_MS / 2;
/** How long a stopping demo waits for its proxies: their drain deadline (5 s) + STOP_GRACE_MS + slack. */
const CHILD_EXIT_WAIT_MS = 5000 + STOP_GRACE_MS + 1000;
/**
 * The demo's cluster DNS (src/demo/nxdomain.ts: NXDOMAIN for every name), where the node
 * proxies forward names outside the mesh: never the machine's resolvers. Where nothing
 * listens (test harnesses reuse these settings), forwarded names get SERVFAIL.
 */
export const DEMO_DNS_UPSTREAM = { host: "127.0.0.1", port: 15054 };

/**
 * What every loopback node proxy is told: the control plane and CA, its node identity,
 * node-mode capture with per-pod listeners, the node's ports on its own IP, SOCKS5 on.
 * test/fixtures/proxy-harness.ts starts its proxies from the same settings.
 */
export function nodeProxyEnv(
  node: { name: string; ip: string },
  cp: string,
  token: string,
  root: string,
): Record<string, string> {
  return {
    XDS_ADDRESS: `http://${cp}`,
    CA_ADDRESS: `http://${cp}`,
    AUTH_TOKEN: token,
    XDS_ROOT_CA: root,
    CA_ROOT_CA: root,
    NODE_NAME: node.name,
    INSTANCE_IP: node.ip,
    POD_NAME: `ztunnel-${node.name}`,
    POD_NAMESPACE: "istio-system",
    ZTS_CAPTURE: "node",
    ZTS_BIND_ADDRESS: node.ip,
    ZTS_POD_LISTENERS: "true",
    // The demo never sends a packet off the machine, even for an address outside the mesh.
    ZTS_PASSTHROUGH: "loopback",
    ZTS_OUTBOUND_PORT: String(NODE_PORTS.outbound),
    ZTS_INBOUND_PLAINTEXT_PORT: String(NODE_PORTS.inboundPlaintext),
    ZTS_INBOUND_PORT: String(NODE_PORTS.inbound),
    ZTS_ADMIN_ADDR: `${node.ip}:${NODE_PORTS.admin}`,
    ZTS_STATS_ADDR: `${node.ip}:${NODE_PORTS.stats}`,
    ZTS_READINESS_ADDR: `${node.ip}:${NODE_PORTS.readiness}`,
    UNSTABLE_ENABLE_SOCKS5: "true",
    ZTS_SOCKS5_ADDR: `${node.ip}:${NODE_PORTS.socks5}`,
    // DNS proxy on the node's address; forwarded names go to the loopback stand-in only.
    ISTIO_META_DNS_CAPTURE: "true",
    ISTIO_META_DNS_PROXY_ADDR: `${node.ip}:${NODE_PORTS.dns}`,
    ZTS_DNS_UPSTREAM: `${DEMO_DNS_UPSTREAM.host}:${DEMO_DNS_UPSTREAM.port}`,
  };
}

/** Settings the demo decides for each proxy; the user's values for these are ignored. */
function nodeEnv(
  node: { name: string; ip: string },
  cp: string,
  token: string,
  root: string,
  dir: string,
): Record<string, string> {
  return {
    ...nodeProxyEnv(node, cp, token, root),
    // Each node proxy its own upgrade handoff socket (never the shared default path).
    ZTS_HANDOFF_SOCKET: join(dir, `handoff-${node.name}.sock`),
    // The demo shows its table, the lines to paste and the proxies' warnings: not every
    // info line of every child (LOG_LEVEL=info in the environment brings them back).
    LOG_FORMAT: process.env.LOG_FORMAT ?? "plain",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
  };
}

/** A taken port is one clear error before anything starts (not a child's stack trace later). */
function ensureFree(host: string, port: number, who: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", (err: NodeJS.ErrnoException) => {
      const why =
        err.code === "EADDRINUSE"
          ? "is already in use (another demo or control plane still running?)"
          : `cannot be bound (${err.code ?? err.message})`;
      reject(new DemoError("ZTS_DEMO_PORT_IN_USE", `${host}:${port} for ${who} ${why}; stop what holds it and retry`));
    });
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve()));
  });
}

async function ensurePlanPortsFree(plan: DemoPlan): Promise<void> {
  await ensureFree(CP_HOST, CP_PORT, "the demo's control plane");
  await ensureFree(DEMO_DNS_UPSTREAM.host, DEMO_DNS_UPSTREAM.port, "the demo's cluster DNS stand-in");
  for (const n of plan.nodes)
    for (const [what, port] of Object.entries(NODE_PORTS)) await ensureFree(n.ip, port, `node ${n.name} (${what})`);
  for (const p of plan.pods) for (const port of p.ports) await ensureFree(p.ip, port, `pod ${p.namespace}/${p.name}`);
  for (const e of plan.externals) for (const port of e.ports) await ensureFree(e.ip, port, `ServiceEntry ${e.entry}`);
}

/**
 * A waypoint pod's certificate, from the demo's CA as its node's proxy would ask for one of
 * its pods (the CA signs for service accounts with a pod on the asking node).
 */
async function waypointCert(cp: { address: string; tokenFor(node: string): string }, node: string, identity: string) {
  const [host = "", port = ""] = cp.address.split(":");
  const ca = createCaClient({
    endpoint: { tls: false, host, port: Number(port), target: cp.address },
    token: async () => cp.tokenFor(node),
    ttlMs: WAYPOINT_CERT_TTL_MS,
  });
  try {
    // The demo's waypoints hold their keys in memory (the default key provider).
    const { keyPem = "", chainPem } = await ca.fetch(identity);
    return { keyPem, chainPem };
  } finally {
    ca.close();
  }
}

async function waitReady(ip: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new DemoError("ZTS_DEMO_PROXY_EXIT", `the proxy for ${ip} exited (code ${child.exitCode})`);
    try {
      const r = await fetch(`http://${ip}:${NODE_PORTS.readiness}/healthz/ready`);
      if (r.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new DemoError("ZTS_DEMO_NOT_READY", `the proxy on ${ip} was not ready after ${timeoutMs} ms`);
}

export async function runDemo(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { mesh: { type: "string" } }, strict: true });
  const meshPath = values.mesh ?? DEFAULT_MESH;
  const docs = await loadMeshDocs(meshPath);
  const mesh = translate(docs, {
    clusterId: "Kubernetes",
    trustDomain: "cluster.local",
    clusterDomain: "cluster.local",
    network: "",
    autoAllocateV4: DEMO_AUTO_ALLOCATE_V4,
  });
  const plan = planDemo(docs, mesh);
  await ensurePlanPortsFree(plan);

  const dir = await mkdtemp(join(tmpdir(), "ztunnel-ts-demo-"));
  const children: ChildProcess[] = [];
  const echoes: (EchoServer | WaypointServer)[] = [];
  let nxdomain: NxdomainServer | undefined;
  let cp: Awaited<ReturnType<typeof startControlPlane>> | undefined;
  const renewals: NodeJS.Timeout[] = [];
  let stopping = false;
  const stopAll = async () => {
    if (stopping) return;
    stopping = true;
    for (const t of renewals) clearInterval(t);
    for (const c of children) if (c.exitCode === null) c.kill("SIGTERM");
    // A proxy ends by its drain deadline (+ grace) on its own; one that does not is killed.
    const killTimer = setTimeout(() => {
      for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
    }, CHILD_EXIT_WAIT_MS);
    await Promise.all(
      children.map((c) =>
        c.exitCode === null && c.signalCode === null ? new Promise((r) => c.once("exit", r)) : undefined,
      ),
    );
    clearTimeout(killTimer);
    await Promise.all(echoes.map((e) => e.close()));
    await nxdomain?.close();
    await cp?.close();
    await rm(dir, { recursive: true, force: true });
  };

  try {
    cp = await startControlPlane({
      mesh: meshPath,
      host: CP_HOST,
      port: CP_PORT,
      autoAllocateV4: DEMO_AUTO_ALLOCATE_V4,
    });
    const tokens = await cp.writeTokens(dir);
    const rootFile = join(dir, "root-cert.pem");
    await writeFile(rootFile, cp.rootPem);
    for (const p of plan.pods) {
      if (p.waypoint) continue; // its port is the waypoint stand-in's, below
      for (const port of p.ports) echoes.push(await startEcho(p.name, p.ip, port));
    }
    for (const e of plan.externals) for (const port of e.ports) echoes.push(await startEcho(e.entry, e.ip, port));
    for (const w of plan.waypoints) {
      const plane = cp;
      const cert = await waypointCert(plane, w.pod.node, w.identity);
      const server = await startWaypoint({
        name: w.name,
        address: w.pod.ip,
        port: w.port,
        keyPem: cert.keyPem,
        chainPem: cert.chainPem,
        rootsPem: plane.rootPem,
        routes: w.routes,
      });
      echoes.push(server);
      // A demo left running outlives one certificate.
      const renew = setInterval(() => {
        waypointCert(plane, w.pod.node, w.identity).then(
          (c) => server.setCert(c.keyPem, c.chainPem),
          (e: Error) => process.stderr.write(`[waypoint ${w.name}] certificate renewal failed: ${e.message}\n`),
        );
      }, WAYPOINT_RENEW_MS);
      renew.unref();
      renewals.push(renew);
    }
    nxdomain = await startNxdomain(DEMO_DNS_UPSTREAM.host, DEMO_DNS_UPSTREAM.port);
    for (const n of plan.nodes) {
      // Several node proxies share this machine: 2 workers each unless the user says (the
      // CPU-derived default is meant for one proxy per node).
      const env = {
        ZTUNNEL_WORKER_THREADS: "2",
        ...process.env,
        ...nodeEnv(n, cp.address, tokens[n.name]!, rootFile, dir),
      };
      // stdin is a pipe only we hold: when this process dies, even by SIGKILL, the proxy sees
      // its end and drains (--exit-with-parent), so no node proxy outlives the demo.
      const child = spawn(process.execPath, [CLI, "proxy", "--exit-with-parent"], {
        env,
        stdio: ["pipe", "pipe", "pipe"],
      });
      children.push(child);
      for (const stream of [child.stdout, child.stderr]) {
        createInterface({ input: stream! }).on("line", (l) => process.stderr.write(`[${n.name}] ${l}\n`));
      }
      child.once("exit", (code) => {
        if (!stopping) {
          process.stderr.write(`[${n.name}] proxy exited (code ${code}); stopping the demo\n`);
          void stopAll().then(() => process.exit(1));
        }
      });
    }
    await Promise.all(plan.nodes.map((n, i) => waitReady(n.ip, children[i]!, 60_000)));
  } catch (err) {
    await stopAll();
    throw err;
  }

  process.stdout.write(describePlan(plan));
  process.stdout.write("demo running; Ctrl-C stops it\n");
  const onSignal = () => void stopAll().then(() => process.exit(0));
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
}
