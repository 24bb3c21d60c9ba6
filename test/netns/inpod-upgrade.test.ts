// In-pod upgrade under load (issue 16): short connections from two pods (A, C) through their
// in-pod listeners to a Service backed by pod B, while a second proxy takes the pods over
// from the cni-stub (istio-cni stand-in) and the first one drains on SIGTERM, as a DaemonSet
// rollout does. Both proxies hold SO_REUSEPORT listeners in every pod for a while; the old
// one closing its own must not reset a connection (tcp_migrate_req=1 in each pod netns moves
// queued ones to the successor) nor cut one it already took (its drain lets them finish).
// Root + iproute2 + iptables; skips otherwise. Loopback 127.78.0.0/16 only; mesh addresses are
// dialled only inside the test's pod netns (prefix ztspod-).
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CniStub, type StubPod, startCniStub } from "../../src/inpod/cni-stub.ts";
import { type ControlPlane, startControlPlane } from "../../xds/controlplane/server.ts";
import { deleteNetns, inpodMeshYaml, inpodSkipReason, netnsClient, POD_B_SERVER } from "../fixtures/inpod-netns.ts";
import { nodeEnv, type RunningProxy, spawnProxy, stopProxy, until } from "../fixtures/proxy-harness.ts";

const skipReason = inpodSkipReason();
if (skipReason) console.log(`skipping in-pod upgrade test: ${skipReason}`);

const tag = randomBytes(3).toString("hex");
const nodeNs = `ztspod-${tag}-unode`;
const socketPath = `/tmp/ztspod-${tag}-upgrade-zds.sock`;
const NODE = "node-1";
const LOOPBACK = "127.78.0.1";
const VIP = "10.96.78.10";
const pod = (n: string, i: number, sa: string): StubPod => ({
  uid: `uid-${n}-${tag}`,
  name: `${n}-0`,
  namespace: "default",
  serviceAccount: sa,
  ip: `10.244.78.${i}`,
  netns: `ztspod-${tag}-u${n}`,
});
const podA = pod("a", 1, "client-a");
const podB = pod("b", 2, "server");
const podC = pod("c", 3, "client-c");
const allPods = [podA, podB, podC];
const GUARD_ROUTES = ["10.244.78.0/24", "10.96.78.0/24"];

const MESH = inpodMeshYaml({
  node: NODE,
  nodeIp: LOOPBACK,
  vip: VIP,
  pods: [
    [podA, "a"],
    [podB, "b"],
    [podC, "c"],
  ],
});

const children: ChildProcess[] = [];
let dir = "";
let cp: ControlPlane | undefined;
let stub: CniStub | undefined;
const proxies: RunningProxy[] = [];
let env: Record<string, string> = {};

/** Starts a proxy for the node and waits until it is ready (xDS, ZDS snapshot, certificates). */
async function startProxy(name: string): Promise<RunningProxy> {
  const p = spawnProxy(name, LOOPBACK, env);
  proxies.push(p);
  let ports: { readiness: number } | undefined;
  await until(() => {
    if (p.child.exitCode !== null) throw new Error(`proxy ${name} exited with ${p.child.exitCode}`);
    ports = p.logs.find((l) => l.msg === "ztunnel-ts proxy started")?.admin as typeof ports;
    return ports !== undefined;
  }, 20_000);
  await until(
    async () =>
      (await fetch(`http://${LOOPBACK}:${ports?.readiness}/healthz/ready`).catch(() => undefined))?.status === 200,
    20_000,
    `proxy ${name} ready`,
  );
  return p;
}

describe.skipIf(skipReason !== undefined)("in-pod upgrade under load", () => {
  beforeAll(async () => {
    for (const r of GUARD_ROUTES) execFileSync("ip", ["route", "add", "blackhole", r]);
    execFileSync("ip", ["netns", "add", nodeNs]);
    execFileSync("ip", ["netns", "exec", nodeNs, "ip", "link", "set", "lo", "up"]);
    dir = await mkdtemp(join(tmpdir(), "ztspod-upgrade-"));
    await writeFile(join(dir, "mesh.yaml"), MESH);
    cp = await startControlPlane({ mesh: join(dir, "mesh.yaml"), host: LOOPBACK, port: 0, watch: false });
    const tokens = await cp.writeTokens(dir);
    const root = join(dir, "root.pem");
    await writeFile(root, cp.rootPem);
    stub = await startCniStub({ socketPath, pods: allPods, nodeNetns: nodeNs });
    const server = spawn("ip", ["netns", "exec", podB.netns as string, process.execPath, "-e", POD_B_SERVER]);
    children.push(server);
    await new Promise<void>((resolve, reject) => {
      server.stdout.once("data", () => resolve());
      server.once("exit", (c) => reject(new Error(`pod B server exited (${c})`)));
    });
    env = {
      ...nodeEnv({ name: NODE, ip: LOOPBACK }, cp.address, tokens[NODE] as string, root),
      ZTS_CAPTURE: "inpod",
      INPOD_UDS: socketPath,
      ZTS_POD_LISTENERS: "false",
      UNSTABLE_ENABLE_SOCKS5: "false",
      ZTS_ADMIN_ADDR: `${LOOPBACK}:0`,
      ZTS_STATS_ADDR: `${LOOPBACK}:0`,
      ZTS_READINESS_ADDR: `${LOOPBACK}:0`,
      TERMINATION_GRACE_PERIOD_SECONDS: "6",
    };
  }, 60_000);

  afterAll(async () => {
    for (const c of children) c.kill("SIGKILL");
    for (const p of proxies) await stopProxy(p);
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

  it("short connections through two pods see 0 failures while a successor takes over and the old proxy drains", async () => {
    const old = await startProxy("old");
    const clients = [podA, podC].map((p) => {
      const c = netnsClient(p.netns as string);
      children.push(c.child);
      return c;
    });
    for (const c of clients) expect(await c.loop(VIP, 80)).toMatchObject({ looping: true });
    await new Promise((r) => setTimeout(r, 500));

    const marks: Record<string, number> = { loadStart: Date.now() };
    await startProxy("new");
    marks.newReady = Date.now();
    await new Promise((r) => setTimeout(r, 500));
    const exited = new Promise<number | null>((r) => old.child.once("exit", (code) => r(code)));
    old.child.kill("SIGTERM");
    marks.sigterm = Date.now();
    expect(await exited).toBe(0);
    marks.oldExited = Date.now();
    await new Promise((r) => setTimeout(r, 1000));

    const tallies = await Promise.all(clients.map((c) => c.stopLoop()));
    if (process.env.ZTS_UPGRADE_DEBUG) {
      console.log(JSON.stringify({ marks, tallies }));
      for (const p of proxies)
        for (const l of p.logs)
          if (Number(l.level) >= 40 || String(l.msg).includes("drain")) console.log(p.node, JSON.stringify(l));
    }
    for (const t of tallies) {
      expect(t.errors).toEqual([]);
      expect(t.failed).toBe(0);
      // Enough connections that both proxies served some: hundreds in the ~3 s of load.
      expect(t.ok).toBeGreaterThan(50);
    }
    // The successor alone serves now: a fresh connection works.
    const after = netnsClient(podA.netns as string);
    children.push(after.child);
    expect((await after.connect(VIP, 80)).greeting?.kind).toBe("pod-b");
  }, 60_000);
});
