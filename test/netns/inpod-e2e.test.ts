// In-pod mode end to end: the cni-stub makes two pods (A: client, B: server) and a spare
// pod C in their own netns on one "node" and hands them over by ZDS; the embedded control
// plane serves them as ambient workloads on that node plus a Service VIP selecting B; the
// proxy (`ztunnel-ts proxy`, a child process in the test's own netns, like ztunnel's
// DaemonSet pod) opens its listeners inside each pod. A client in A's netns dials the VIP:
// A's rules capture it, the proxy dials HBONE from inside A's netns to B's own :15008, and
// from inside B's netns to B's server, with A's identity checked. Then the agent restarts
// without C: C's listeners close, A→B keeps its held connection and takes new ones.
// Root + iproute2 + iptables; skips otherwise. Addresses: only inside the test's netns, loopback.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CniStub, type StubPod, startCniStub } from "../../src/inpod/cni-stub.ts";
import { type ControlPlane, startControlPlane } from "../../xds/controlplane/server.ts";
import {
  deleteNetns,
  inpodMeshYaml,
  inpodSkipReason,
  netnsClient,
  POD_B_SERVER,
  untilCertificates,
} from "../fixtures/inpod-netns.ts";
import { nodeEnv, type RunningProxy, spawnProxy, stopProxy, until } from "../fixtures/proxy-harness.ts";

const skipReason = inpodSkipReason();
if (skipReason) console.log(`skipping in-pod end-to-end test: ${skipReason}`);

const tag = randomBytes(3).toString("hex");
const nodeNs = `zts-${tag}-node`;
const socketPath = `/tmp/zts-${tag}-e2e-zds.sock`;
const NODE = "node-1";
const VIP = "10.96.44.10"; // Service `b`: only ever dialed inside pod A's netns
const pod = (n: string, i: number, sa: string): StubPod => ({
  uid: `uid-${n}-${tag}`,
  name: `${n}-0`,
  namespace: "default",
  serviceAccount: sa,
  ip: `10.244.44.${i}`,
  netns: `zts-${tag}-${n}`,
});
const podA = pod("a", 1, "client-sa");
const podB = pod("b", 2, "server-sa");
const podC = pod("c", 3, "spare-sa");
const allPods = [podA, podB, podC];
const GUARD_ROUTES = ["10.244.44.0/24", "10.96.44.0/24"];
const NODE_IP = "10.244.44.254"; // on the node netns' lo: outside the mesh
const A_ID = "spiffe://cluster.local/ns/default/sa/client-sa";
const B_ID = "spiffe://cluster.local/ns/default/sa/server-sa";

const MESH = inpodMeshYaml({
  node: NODE,
  nodeIp: "127.0.0.1",
  vip: VIP,
  pods: [
    [podA, "a"],
    [podB, "b"],
    [podC, "c"],
  ],
});

const children: ChildProcess[] = [];

/** A client process inside a netns, killed in afterAll. */
function podClient(ns: string) {
  const c = netnsClient(ns);
  children.push(c.child);
  return c;
}

function listeningPorts(ns: string): number[] {
  const out = execFileSync("ip", ["netns", "exec", ns, "ss", "-Htln"]).toString();
  return out
    .split("\n")
    .map((l) => Number(l.trim().split(/\s+/)[3]?.split(":").pop()))
    .filter((n) => Number.isFinite(n) && n > 0);
}

let dir = "";
let cp: ControlPlane | undefined;
let stub: CniStub | undefined;
let proxy: RunningProxy | undefined;
let ports: { admin: number; stats: number; readiness: number } | undefined;

const adminUrl = (path: string) => `http://127.0.0.1:${ports?.admin}${path}`;
const accessLogs = () => (proxy?.logs ?? []).filter((l) => l.msg === "connection complete");

describe.skipIf(skipReason !== undefined)("in-pod mode end to end (cni-stub + control plane + proxy)", () => {
  beforeAll(async () => {
    // The proxy runs in this (host) netns, where mesh addresses must never be dialled: a
    // regression that dialled a pod or VIP from here would otherwise follow the host's
    // default route off the machine. Blackhole both ranges for the test's duration.
    for (const r of GUARD_ROUTES) execFileSync("ip", ["route", "add", "blackhole", r]);
    execFileSync("ip", ["netns", "add", nodeNs]);
    execFileSync("ip", ["netns", "exec", nodeNs, "ip", "link", "set", "lo", "up"]);
    // The node's own address: the source of plaintext node → pod connections.
    execFileSync("ip", ["netns", "exec", nodeNs, "ip", "addr", "add", `${NODE_IP}/32`, "dev", "lo"]);
    dir = await mkdtemp(join(tmpdir(), "zts-inpod-e2e-"));
    await writeFile(join(dir, "mesh.yaml"), MESH);
    cp = await startControlPlane({ mesh: join(dir, "mesh.yaml"), host: "127.0.0.1", port: 0, watch: false });
    const tokens = await cp.writeTokens(dir);
    const root = join(dir, "root.pem");
    await writeFile(root, cp.rootPem);
    stub = await startCniStub({ socketPath, pods: allPods, nodeNetns: nodeNs });

    // B's app, inside B's netns.
    const server = spawn("ip", ["netns", "exec", podB.netns as string, process.execPath, "-e", POD_B_SERVER]);
    children.push(server);
    await new Promise<void>((resolve, reject) => {
      server.stdout.once("data", () => resolve());
      server.once("exit", (c) => reject(new Error(`pod B server exited (${c})`)));
    });

    proxy = spawnProxy(NODE, "127.0.0.1", {
      ...nodeEnv({ name: NODE, ip: "127.0.0.1" }, cp.address, tokens[NODE] as string, root),
      ZTS_CAPTURE: "inpod",
      INPOD_UDS: socketPath,
      ZTS_POD_LISTENERS: "false",
      UNSTABLE_ENABLE_SOCKS5: "false",
      ZTS_ADMIN_ADDR: "127.0.0.1:0",
      ZTS_STATS_ADDR: "127.0.0.1:0",
      ZTS_READINESS_ADDR: "127.0.0.1:0",
    });
    const p = proxy;
    await until(() => {
      if (p.child.exitCode !== null) throw new Error(`proxy exited with ${p.child.exitCode}`);
      const started = p.logs.find((l) => l.msg === "ztunnel-ts proxy started");
      ports = started?.admin as typeof ports;
      return ports !== undefined;
    }, 20_000);
    await until(
      async () => {
        const r = await fetch(`http://127.0.0.1:${ports?.readiness}/healthz/ready`).catch(() => undefined);
        return r?.status === 200;
      },
      20_000,
      "proxy ready (xDS + ZDS snapshot + certificates)",
    );
    await stub.ready();
    // Certificates are fetched as the pods are added (ZDS) or named by xDS.
    await untilCertificates(adminUrl("/config_dump"), allPods.length);
  }, 60_000);

  afterAll(async () => {
    for (const c of children) c.kill("SIGKILL");
    if (proxy) await stopProxy(proxy);
    await stub?.close({ deprovision: true });
    await cp?.close();
    deleteNetns([...allPods.map((p) => p.netns as string), nodeNs]);
    if (dir) await rm(dir, { recursive: true, force: true });
    for (const r of GUARD_ROUTES) {
      try {
        execFileSync("ip", ["route", "del", "blackhole", r], { stdio: "ignore" });
      } catch {
        // not added
      }
    }
  });

  it("lists the pods and their listeners in config_dump, counts them in /metrics, holds their certificates", async () => {
    const dump = (await (await fetch(adminUrl("/config_dump"))).json()) as {
      inpod: {
        zds: { connected: boolean; errors: number };
        pods: { uid: string; state: string; listeners: { port: number }[] }[];
      };
      certificates: { identity: string; certChain: unknown[] }[];
    };
    expect(dump.inpod.zds.connected).toBe(true);
    expect(dump.inpod.pods.map((p) => [p.uid, p.state, p.listeners.map((l) => l.port).sort()])).toEqual(
      allPods.map((p) => [p.uid, "listening", [15001, 15006, 15008]]).sort(),
    );
    const withChain = dump.certificates.filter((c) => c.certChain.length > 0).map((c) => c.identity);
    expect(withChain).toEqual(expect.arrayContaining([A_ID, B_ID]));
    const metrics = await (await fetch(`http://127.0.0.1:${ports?.stats}/metrics`)).text();
    expect(metrics).toMatch(/^ztunnel_ts_inpod_pods 3$/m);
    expect(metrics).toMatch(/^ztunnel_ts_zds_connected 1$/m);
    expect(metrics).toMatch(/^ztunnel_ts_zds_errors_total 0$/m);
    // The listeners are inside the pod netns.
    expect(listeningPorts(podA.netns as string)).toEqual(expect.arrayContaining([15001, 15006, 15008]));
  });

  it("A → service VIP is captured in A, tunnelled over HBONE to B's :15008 and reaches B's server as A", async () => {
    const client = podClient(podA.netns as string);
    const r = await client.connect(VIP, 80);
    expect(r.error).toBeUndefined();
    // B's server saw A's own address: the proxy dialed it from inside B's netns, keeping the source.
    expect(r.greeting).toEqual({ worker: 0, kind: "pod-b", origDst: { address: podA.ip, port: expect.any(Number) } });
    expect((await client.echo(r.id as number, "hello")).echo).toBe("hello");

    // Access-log lines come at close: end the client, then read both sides' lines.
    children.at(-1)?.kill("SIGTERM");
    await until(() => accessLogs().length >= 2, 10_000, "outbound and inbound access log lines");
    expect(accessLogs().find((l) => l.direction === "outbound")).toMatchObject({
      "src.workload": podA.name,
      "src.identity": A_ID,
      "dst.hbone_addr": `${podB.ip}:15008`,
      "dst.service": "b.default.svc.cluster.local",
      "dst.workload": podB.name,
      "dst.identity": B_ID,
    });
    // B's :15008 checked A's client certificate: the source principal is A's identity.
    expect(accessLogs().find((l) => l.direction === "inbound")).toMatchObject({
      "src.identity": A_ID,
      "dst.workload": podB.name,
      "dst.identity": B_ID,
    });
  });

  it("counts the tunnel at B with A's principal (istio_tcp metrics, reporter=destination)", async () => {
    const metrics = await (await fetch(`http://127.0.0.1:${ports?.stats}/metrics`)).text();
    const line = metrics
      .split("\n")
      .find((l) => l.startsWith("istio_tcp_connections_opened_total{") && l.includes('reporter="destination"'));
    expect(line).toContain(`source_principal="${A_ID}"`);
    expect(line).toContain(`destination_principal="${B_ID}"`);
  });

  it("plaintext from outside the mesh to B is captured on B's :15006 and dialed from inside B's netns", async () => {
    const client = podClient(nodeNs);
    const r = await client.connect(podB.ip, 8080);
    expect(r.error).toBeUndefined();
    // The proxy's dial to B's app kept the client's address (ENABLE_ORIG_SRC, from inside B).
    expect(r.greeting?.origDst.address).toBe(NODE_IP);
    expect((await client.echo(r.id as number, "plain")).echo).toBe("plain");
    children.at(-1)?.kill("SIGTERM");
    await until(
      () => accessLogs().some((l) => l.direction === "inbound" && String(l["src.addr"]).startsWith(`${NODE_IP}:`)),
      10_000,
      "plaintext inbound access log",
    );
    const line = accessLogs().find((l) => String(l["src.addr"]).startsWith(`${NODE_IP}:`));
    expect(line).toMatchObject({ "dst.workload": podB.name, "dst.addr": `${podB.ip}:8080` });
    expect(line?.["src.identity"]).toBeUndefined();
  });

  it("agent restart without pod C: C's listeners close, A→B keeps its held connection and takes new ones", async () => {
    const client = podClient(podA.netns as string);
    const held = await client.connect(VIP, 80);
    expect(held.error).toBeUndefined();
    await stub?.close();
    stub = await startCniStub({ socketPath, pods: [podA, podB], nodeNetns: nodeNs });
    await stub.ready();
    await until(() => listeningPorts(podC.netns as string).length === 0, 10_000, "C's listeners closed");
    const dump = (await (await fetch(adminUrl("/config_dump"))).json()) as { inpod: { pods: { uid: string }[] } };
    expect(dump.inpod.pods.map((p) => p.uid).sort()).toEqual([podA.uid, podB.uid].sort());
    expect((await client.echo(held.id as number, "still-here")).echo).toBe("still-here");
    const fresh = await client.connect(VIP, 80);
    expect(fresh.error).toBeUndefined();
    expect((await client.echo(fresh.id as number, "new")).echo).toBe("new");
  });
});
