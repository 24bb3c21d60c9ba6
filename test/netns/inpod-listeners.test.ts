// Per-pod listeners in in-pod mode: the cni-stub makes pod netns with istio-cni-shaped
// rules and hands them over by ZDS; the manager opens 15001/15006/15008 inside each through
// the worker pool (DLB acceptor). Checks capture + original destination, an agent restart
// without one pod (its listeners go, the other pod's connection survives), and that four
// pods' connections spread over two workers with `dlb`. Root + iproute2 + iptables; skips otherwise.
import { type ChildProcessWithoutNullStreams, execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startWorkers, type WorkerPool } from "../../src/balance/workers.ts";
import { type CniStub, type StubPod, startCniStub } from "../../src/inpod/cni-stub.ts";
import { type Inpod, startInpod } from "../../src/inpod/manager.ts";
import { deleteNetns, inpodConfig, inpodSkipReason, netnsClient } from "../fixtures/inpod-netns.ts";

const handlerModule = fileURLToPath(new URL("../fixtures/balance-handler.ts", import.meta.url));

const skipReason = inpodSkipReason();
if (skipReason) console.log(`skipping in-pod listener tests: ${skipReason}`);

const tag = randomBytes(3).toString("hex");
const nodeNs = `zts-${tag}-node`;
const socketPath = `/tmp/zts-${tag}-zds.sock`;
const VIP = "10.96.0.10"; // only ever dialed inside a pod netns, where it is captured
const pods: StubPod[] = [1, 2, 3, 4].map((i) => ({
  uid: `pod${i}-${tag}`,
  name: `pod${i}`,
  namespace: "default",
  ip: `10.244.9.${i}`,
  netns: `zts-${tag}-p${i}`,
}));
const [podA, podB] = pods as [StubPod, StubPod, StubPod, StubPod];
const config = inpodConfig(socketPath);

const clients: ChildProcessWithoutNullStreams[] = [];

/** A client process inside a pod's netns (or the node's: a name), ended after each test. */
function podClient(pod: StubPod | string) {
  const c = netnsClient(typeof pod === "string" ? pod : (pod.netns as string));
  clients.push(c.child);
  return c;
}

let pool: WorkerPool | undefined;
let stub: CniStub | undefined;
let inpod: Inpod | undefined;

async function start(withPods: StubPod[]): Promise<void> {
  pool ??= await startWorkers({ handlerModule, threads: 2, policy: "dlb" });
  const p = pool;
  stub = await startCniStub({ socketPath, pods: withPods, nodeNetns: nodeNs });
  inpod ??= startInpod({
    config,
    listeners: { add: (s) => p.addListener(s), remove: (id) => p.removeListener(id) },
    backoff: { initialMs: 20, maxMs: 100 },
  });
  await stub.ready();
}

async function until(cond: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.skipIf(skipReason !== undefined)("in-pod listeners (worker pool + cni-stub)", () => {
  beforeAll(() => {
    execFileSync("ip", ["netns", "add", nodeNs]);
    // The node's own address, the source of node → pod connections.
    execFileSync("ip", ["netns", "exec", nodeNs, "ip", "link", "set", "lo", "up"]);
    execFileSync("ip", ["netns", "exec", nodeNs, "ip", "addr", "add", "10.244.9.254/32", "dev", "lo"]);
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.stdin.end();
    await inpod?.close();
    await stub?.close();
    await pool?.close();
    inpod = undefined;
    stub = undefined;
    pool = undefined;
  });
  afterAll(() => {
    deleteNetns([...pods.map((p) => p.netns as string), nodeNs]);
  });

  it("a pod's outbound connection is captured into its own 15001 with the original destination", async () => {
    await start([podA, podB]);
    const r = await podClient(podA).connect(VIP, 80);
    expect(r.greeting).toMatchObject({ kind: "outbound", origDst: { address: VIP, port: 80 } });
    const listenerIds =
      inpod
        ?.pods()
        .find((p) => p.uid === podA.uid)
        ?.listeners.map((l) => l.id) ?? [];
    expect(listenerIds).toHaveLength(3);
  });

  it("inbound to a pod (from the node) lands on its 15006 with the original destination, and on its 15008", async () => {
    await start([podA, podB]);
    // From a pod this would be that pod's own outbound capture; the node is not captured.
    const b = podClient(nodeNs);
    const plain = await b.connect(podA.ip, 8080);
    expect(plain.greeting).toMatchObject({ kind: "inbound-plaintext", origDst: { address: podA.ip, port: 8080 } });
    const hbone = await b.connect(podA.ip, 15008);
    expect(hbone.greeting).toMatchObject({ kind: "inbound", origDst: { address: podA.ip, port: 15008 } });
  });

  it("agent restart without pod A: A's listeners close, B's held connection keeps working", async () => {
    await start([podA, podB]);
    const a = podClient(podA);
    const b = podClient(podB);
    expect((await a.connect(VIP, 80)).greeting?.kind).toBe("outbound");
    const held = await b.connect(VIP, 80);
    expect(held.id).toBeDefined();

    await stub?.close();
    stub = await startCniStub({ socketPath, pods: [podB], nodeNetns: nodeNs });
    await stub.ready();
    await until(() => inpod?.stats().snapshotsDone === 2);

    expect(inpod?.pods().map((p) => p.uid)).toEqual([podB.uid]);
    expect((await a.connect(VIP, 80)).error).toBe("ECONNREFUSED");
    expect(await b.echo(held.id as number, "still-here")).toMatchObject({ echo: "still-here" });
    expect((await b.connect(VIP, 81)).greeting).toMatchObject({ kind: "outbound", origDst: { port: 81 } });
  });

  it("dlb spreads 4 pods' connections over 2 workers", async () => {
    await start(pods);
    const counts = [0, 0];
    await Promise.all(
      pods.map(async (pod) => {
        const c = podClient(pod);
        for (let i = 0; i < 8; i++) {
          const r = await c.connect(VIP, 80);
          counts[r.greeting?.worker as number]! += 1;
        }
      }),
    );
    expect(counts[0]! + counts[1]!).toBe(32);
    // Held connections: the least-loaded pick keeps the two workers within a few of each other.
    expect(Math.abs(counts[0]! - counts[1]!)).toBeLessThanOrEqual(4);
    expect(pool?.stats().map((s) => s.open)).toEqual(counts);
  });
});
