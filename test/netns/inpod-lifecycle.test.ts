// Pod lifecycle and policy changes on a live in-pod proxy, as ztunnel behaves (issue 16):
//   - an Authorization change closes established connections it no longer allows (PolicyWatcher);
//   - a deleted pod's open connections close at once, other pods' live on (statemanager drain);
//   - a new pod's first connection waits for its workload (xDS) and certificate (CA) instead of
//     being refused, up to ztunnel's 5 s (wait_for_workload), then is refused with its reason.
// The cni-stub makes the pods' netns (prefix ztspod-) and hands them over by ZDS; the embedded
// control plane serves them and a Service VIP selecting B; the proxy is a child process.
// Root + iproute2 + iptables; skips otherwise. Loopback: 127.77.0.0/16 only (control plane,
// admin ports); mesh addresses are dialled only inside the test's pod netns.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CniStub, type StubPod, startCniStub } from "../../src/inpod/cni-stub.ts";
import type { Authorization } from "../../src/state/types.ts";
import { type ControlPlane, snapshotOf, startControlPlane } from "../../xds/controlplane/server.ts";
import {
  deleteNetns,
  inpodMeshYaml,
  inpodSkipReason,
  netnsClient,
  POD_B_SERVER,
  untilCertificates,
} from "../fixtures/inpod-netns.ts";
import { rbacMatch } from "../fixtures/mesh-model.ts";
import { metricSum, nodeEnv, type RunningProxy, spawnProxy, stopProxy, until } from "../fixtures/proxy-harness.ts";

const skipReason = inpodSkipReason();
if (skipReason) console.log(`skipping in-pod lifecycle test: ${skipReason}`);

const tag = randomBytes(3).toString("hex");
const nodeNs = `ztspod-${tag}-node`;
const socketPath = `/tmp/ztspod-${tag}-zds.sock`;
const NODE = "node-1";
const LOOPBACK = "127.77.0.1"; // control plane, node address, admin/stats/readiness
const VIP = "10.96.77.10"; // Service `b`: only ever dialled inside a pod's netns
const pod = (n: string, i: number, sa: string): StubPod => ({
  uid: `uid-${n}-${tag}`,
  name: `${n}-0`,
  namespace: "default",
  serviceAccount: sa,
  ip: `10.244.77.${i}`,
  netns: `ztspod-${tag}-${n}`,
});
const podA = pod("a", 1, "client-a");
const podB = pod("b", 2, "server");
const podC = pod("c", 3, "client-c");
const podLate = pod("late", 4, "late-sa"); // handed over by ZDS at once, in xDS 1 s after its first connect
const podNever = pod("never", 5, "never-sa"); // handed over by ZDS, never in xDS
const allPods = [podA, podB, podC];
const meshPods: [StubPod, string][] = [
  [podA, "a"],
  [podB, "b"],
  [podC, "c"],
];
const GUARD_ROUTES = ["10.244.77.0/24", "10.96.77.0/24"];
const bareId = (p: StubPod) => `cluster.local/ns/default/sa/${p.serviceAccount}`;

const meshYaml = (pods: [StubPod, string][]) => inpodMeshYaml({ node: NODE, nodeIp: LOOPBACK, vip: VIP, pods });

const policy = (name: string, action: "Allow" | "Deny", principals: string[]): Authorization => ({
  name,
  namespace: "default",
  scope: "Namespace",
  action,
  rules: [[[rbacMatch({ principals: principals.map((exact) => ({ exact })) })]]],
  dryRun: false,
});

const children: ChildProcess[] = [];
function podClient(p: StubPod) {
  const c = netnsClient(p.netns as string);
  children.push(c.child);
  return c;
}

/** Established TCP connections inside netns `ns` to `ip:port` (the proxy's sockets made in there). */
function established(ns: string, ip: string, port: number): number {
  const out = execFileSync("ip", ["netns", "exec", ns, "ss", "-Htn", "state", "established", "dst", `${ip}:${port}`]);
  return out
    .toString()
    .split("\n")
    .filter((l) => l.trim() !== "").length;
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

const adminUrl = (path: string) => `http://${LOOPBACK}:${ports?.admin}${path}`;
const metrics = async () => (await fetch(`http://${LOOPBACK}:${ports?.stats}/metrics`)).text();
const policiesHeld = async () =>
  ((await (await fetch(adminUrl("/config_dump"))).json()) as { policies: { name: string }[] }).policies.map(
    (p) => p.name,
  );

/** Serves `policies` (replacing all) and waits until the proxy holds exactly them. */
async function pushPolicies(policies: Authorization[]): Promise<void> {
  cp?.ads.update(snapshotOf({ ...(cp as ControlPlane).mesh(), policies }));
  const want = policies.map((p) => p.name).sort();
  await until(async () => JSON.stringify((await policiesHeld()).sort()) === JSON.stringify(want), 10_000, "policies");
}

describe.skipIf(skipReason !== undefined)("in-pod lifecycle: policy changes and pod deletion", () => {
  beforeAll(async () => {
    for (const r of GUARD_ROUTES) execFileSync("ip", ["route", "add", "blackhole", r]);
    execFileSync("ip", ["netns", "add", nodeNs]);
    execFileSync("ip", ["netns", "exec", nodeNs, "ip", "link", "set", "lo", "up"]);
    dir = await mkdtemp(join(tmpdir(), "ztspod-lifecycle-"));
    await writeFile(join(dir, "mesh.yaml"), meshYaml(meshPods));
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

    proxy = spawnProxy(NODE, LOOPBACK, {
      ...nodeEnv({ name: NODE, ip: LOOPBACK }, cp.address, tokens[NODE] as string, root),
      ZTS_CAPTURE: "inpod",
      INPOD_UDS: socketPath,
      ZTS_POD_LISTENERS: "false",
      UNSTABLE_ENABLE_SOCKS5: "false",
      ZTS_ADMIN_ADDR: `${LOOPBACK}:0`,
      ZTS_STATS_ADDR: `${LOOPBACK}:0`,
      ZTS_READINESS_ADDR: `${LOOPBACK}:0`,
    });
    const p = proxy;
    await until(() => {
      if (p.child.exitCode !== null) throw new Error(`proxy exited with ${p.child.exitCode}`);
      ports = p.logs.find((l) => l.msg === "ztunnel-ts proxy started")?.admin as typeof ports;
      return ports !== undefined;
    }, 20_000);
    await until(
      async () =>
        (await fetch(`http://${LOOPBACK}:${ports?.readiness}/healthz/ready`).catch(() => undefined))?.status === 200,
      20_000,
      "proxy ready",
    );
    await stub.ready();
    await untilCertificates(adminUrl("/config_dump"), allPods.length);
  }, 60_000);

  afterAll(async () => {
    for (const c of children) c.kill("SIGKILL");
    if (proxy) await stopProxy(proxy);
    await stub?.close({ deprovision: true });
    await cp?.close();
    deleteNetns([...[...allPods, podLate, podNever].map((p) => p.netns as string), nodeNs]);
    if (dir) await rm(dir, { recursive: true, force: true });
    for (const r of GUARD_ROUTES) {
      try {
        execFileSync("ip", ["route", "del", "blackhole", r], { stdio: "ignore" });
      } catch {
        // not added
      }
    }
  });

  it("an ALLOW replaced by a DENY for the source closes its established connection within 1 s", async () => {
    await pushPolicies([policy("allow-clients", "Allow", [bareId(podA), bareId(podC)])]);
    const a = podClient(podA);
    const c = podClient(podC);
    const heldA = await a.connect(VIP, 80);
    const heldC = await c.connect(VIP, 80);
    expect(heldA.greeting?.kind).toBe("pod-b");
    expect(heldC.greeting?.kind).toBe("pod-b");

    const t0 = Date.now();
    cp?.ads.update(
      snapshotOf({ ...(cp as ControlPlane).mesh(), policies: [policy("deny-a", "Deny", [bareId(podA)])] }),
    );
    expect(await a.waitClose(heldA.id as number, 1000)).toMatchObject({ closed: true });
    expect(Date.now() - t0).toBeLessThan(1000 + 200);
    // C is still allowed (no ALLOW applies any more, the DENY names only A): its connection lives.
    expect((await c.echo(heldC.id as number, "c-lives")).echo).toBe("c-lives");
    await pushPolicies([]);
  });

  it("the policy close is counted, logged, and reported with ztunnel's reason and DENY flag", async () => {
    const m = await metrics();
    expect(metricSum(m, "ztunnel_ts_connections_terminated_total", { reason: "policy-change" })).toBe(1);
    expect(
      metricSum(m, "istio_tcp_connections_closed_total", { reporter: "destination", response_flags: "DENY" }),
    ).toBe(1);
    expect(proxy?.logs.some((l) => String(l.msg).includes("no longer allowed after a policy update"))).toBe(true);
    await until(
      () => (proxy?.logs ?? []).some((l) => l.error === "connection closed due to policy change"),
      5000,
      "access log line of the closed tunnel",
    );
  });

  it("a policy with a spiffe:// principal is warned about and counted once, however often it is pushed", async () => {
    const bad = policy("spiffe-scheme", "Allow", [`spiffe://${bareId(podA)}`]);
    await pushPolicies([bad]);
    await pushPolicies([bad, policy("other", "Deny", [bareId(podC)])]);
    const m = await metrics();
    expect(metricSum(m, "ztunnel_ts_policy_warnings_total", { reason: "principal-spiffe-scheme" })).toBe(1);
    expect(proxy?.logs.filter((l) => l.level === 40 && l.policy === "default/spiffe-scheme")).toHaveLength(1);
    await pushPolicies([]);
  });

  it("a deleted pod's held connection closes within 1 s; another pod's lives on", async () => {
    const a = podClient(podA);
    const c = podClient(podC);
    const heldA = await a.connect(VIP, 80);
    const heldC = await c.connect(VIP, 80);
    expect(heldA.greeting?.kind).toBe("pod-b");
    expect(heldC.greeting?.kind).toBe("pod-b");

    const t0 = Date.now();
    expect(await stub?.removePod(podA.uid)).toBe("");
    expect(await a.waitClose(heldA.id as number, 1000)).toMatchObject({ closed: true });
    expect(Date.now() - t0).toBeLessThan(1000 + 200);
    expect((await c.echo(heldC.id as number, "c-lives")).echo).toBe("c-lives");
    expect(listeningPorts(podA.netns as string)).not.toContain(15001);
    const m = await metrics();
    expect(metricSum(m, "ztunnel_ts_connections_terminated_total", { reason: "pod-deleted" })).toBeGreaterThanOrEqual(
      1,
    );
  });

  it("a deleted pod's pooled HBONE sessions (made inside its netns) are closed too", async () => {
    // Pod C (still served) holds a tunnel, so its pooled session to B's :15008 exists.
    const c = podClient(podC);
    const held = await c.connect(VIP, 80);
    expect(held.greeting?.kind).toBe("pod-b");
    await until(() => established(podC.netns as string, podB.ip, 15008) > 0, 5000, "C's HBONE session");
    expect(await stub?.removePod(podC.uid)).toBe("");
    await until(() => established(podC.netns as string, podB.ip, 15008) === 0, 1000, "C's HBONE sessions closed");
  });

  it("a new pod's first connection waits for its workload and certificate, delivered 1 s later, and succeeds", async () => {
    // ZDS hands the pod over; xDS (and so the CA, which checks the pod is on this node) does not know it yet.
    expect(await stub?.addPod(podLate)).toBe("");
    const client = podClient(podLate);
    const t0 = Date.now();
    const pending = client.connect(VIP, 80, 15_000);
    await new Promise((r) => setTimeout(r, 1000));
    await writeFile(join(dir, "mesh.yaml"), meshYaml([...meshPods, [podLate, "late"]]));
    await cp?.reload();
    const r = await pending;
    expect(r.error).toBeUndefined();
    expect(r.greeting?.kind).toBe("pod-b");
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1000);
    expect((await client.echo(r.id as number, "late-hello")).echo).toBe("late-hello");
  });

  it("a pod whose workload never comes is refused after ztunnel's 5 s wait, with its reason logged and counted", async () => {
    const before = metricSum(await metrics(), "ztunnel_ts_connections_refused_total", { reason: "unknown-source" });
    expect(await stub?.addPod(podNever)).toBe("");
    const t0 = Date.now();
    const r = await podClient(podNever).connect(VIP, 80, 15_000);
    const waited = Date.now() - t0;
    expect(r.greeting).toBeUndefined();
    expect(r.error).toMatch(/ECONNRESET|closed/);
    expect(waited).toBeGreaterThanOrEqual(4900);
    expect(waited).toBeLessThan(8000);
    const after = metricSum(await metrics(), "ztunnel_ts_connections_refused_total", { reason: "unknown-source" });
    expect(after - before).toBe(1);
    await until(
      () =>
        (proxy?.logs ?? []).some(
          (l) =>
            l.msg === "connection failed" &&
            String(l["src.addr"]).startsWith(`${podNever.ip}:`) &&
            String(l.error).startsWith("failed to fetch information about local workload"),
        ),
      5000,
      "the refusal's access-log line",
    );
  });
});
