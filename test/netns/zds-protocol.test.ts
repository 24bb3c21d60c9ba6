// ZDS between the in-pod manager and the cni-stub (the istio-cni stand-in): hello, add with
// the netns fd, acks, snapshot, del, and bad input (malformed bytes, no fd, an fd that is not
// a netns, keep after the snapshot) answered with an error ack and no descriptor leaked; del of
// an unknown uid accepted and a failed add retried, as ztunnel's statemanager does. Listeners are
// recorded, not opened (the listener tests cover those). Root + iproute2 + iptables; skips otherwise.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { openSync, readdirSync } from "node:fs";
import net from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { ListenerSpec } from "../../src/balance/addon.ts";
import { type CniStub, type StubPod, startCniStub } from "../../src/inpod/cni-stub.ts";
import { type Inpod, startInpod } from "../../src/inpod/manager.ts";
import { loadInpodAddon } from "../../src/inpod/native.ts";
import { closeQuietly } from "../../src/inpod/netns.ts";
import { deleteNetns, inpodConfig, inpodSkipReason } from "../fixtures/inpod-netns.ts";

const skipReason = inpodSkipReason();
if (skipReason) console.log(`skipping ZDS protocol tests: ${skipReason}`);

const tag = randomBytes(3).toString("hex");
const nodeNs = `zts-${tag}-node`;
const socketPath = `/tmp/zts-${tag}-zds.sock`;
const podA: StubPod = { uid: `a-${tag}`, name: "a", namespace: "default", ip: "10.244.7.1", netns: `zts-${tag}-a` };
const podB: StubPod = { uid: `b-${tag}`, name: "b", namespace: "default", ip: "10.244.7.2", netns: `zts-${tag}-b` };
// Used by one test only, so its netns starts with the kernel's defaults.
const podC: StubPod = { uid: `c-${tag}`, name: "c", namespace: "default", ip: "10.244.7.3", netns: `ztspod-${tag}-c` };
const plainNs = `ztspod-${tag}-plain`;
const podD: StubPod = { uid: `d-${tag}`, name: "d", namespace: "default", ip: "10.244.7.4", netns: `ztspod-${tag}-d` };

const config = inpodConfig(socketPath);

/** Records listeners instead of opening them; the first `failFirst` adds throw. */
function recordingListeners(failFirst = 0) {
  let next = 1;
  let failures = failFirst;
  const open = new Map<number, ListenerSpec>();
  return {
    open,
    add: async (spec: ListenerSpec) => {
      if (failures > 0) {
        failures--;
        throw new Error("EADDRINUSE (test)");
      }
      const id = next++;
      open.set(id, spec);
      return { id };
    },
    remove: async (id: number) => open.delete(id),
  };
}

const fdCount = () => readdirSync("/proc/self/fd").length;
async function until(cond: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 20));
  }
}

let stub: CniStub | undefined;
let inpod: Inpod | undefined;

describe.skipIf(skipReason !== undefined)("ZDS protocol (manager ↔ cni-stub)", () => {
  beforeAll(() => {
    execFileSync("ip", ["netns", "add", nodeNs]);
  });
  afterEach(async () => {
    await inpod?.close();
    await stub?.close();
    inpod = undefined;
    stub = undefined;
  });
  afterAll(() => {
    deleteNetns([
      podA.netns as string,
      podB.netns as string,
      podC.netns as string,
      podD.netns as string,
      plainNs,
      nodeNs,
    ]);
  });

  it("hello V1, snapshot of two pods (one add each, fd in SCM_RIGHTS), ready after snapshot_sent, del", async () => {
    stub = await startCniStub({ socketPath, pods: [podA, podB], nodeNetns: nodeNs });
    const l = recordingListeners();
    const done: string[] = [];
    const added: string[] = [];
    inpod = startInpod({
      config,
      listeners: l,
      readiness: { done: (t) => done.push(t) },
      onPodAdded: (uid) => added.push(uid),
    });
    await stub.ready();
    expect(stub.hello()?.version).toBe(1);
    await until(() => done.includes("zds"));
    expect(added.sort()).toEqual([podA.uid, podB.uid].sort());
    const pods = inpod.pods();
    expect(pods.map((p) => p.uid)).toEqual([podA.uid, podB.uid].sort());
    for (const p of pods) {
      expect(p.listeners.map((x) => [x.kind, x.port])).toEqual([
        ["outbound", 15001],
        ["inbound-plaintext", 15006],
        ["inbound", 15008],
      ]);
    }
    const specs = [...l.open.values()];
    expect(specs).toHaveLength(6);
    for (const s of specs) {
      expect(s.netns).toMatch(/^\/proc\/self\/fd\/\d+$/);
      expect(s).toMatchObject({ transparent: true, reusePort: true });
    }
    expect(specs.filter((s) => s.origDst === "redirect")).toHaveLength(4);

    expect(await stub.removePod(podA.uid)).toBe("");
    expect(inpod.pods().map((p) => p.uid)).toEqual([podB.uid]);
    expect(l.open.size).toBe(3);
    expect(inpod.stats()).toMatchObject({ pods: 1, zdsErrors: 0, snapshotsDone: 1 });
  });

  it("a restarted agent's snapshot without pod A drops A's listeners and keeps B's", async () => {
    stub = await startCniStub({ socketPath, pods: [podA, podB], nodeNetns: nodeNs });
    const l = recordingListeners();
    const removed: string[] = [];
    inpod = startInpod({
      config,
      listeners: l,
      backoff: { initialMs: 20, maxMs: 100 },
      onPodRemoved: (u) => removed.push(u),
    });
    await stub.ready();
    await until(() => inpod?.stats().snapshotsDone === 1);
    const bIds = inpod
      .pods()
      .find((p) => p.uid === podB.uid)
      ?.listeners.map((x) => x.id);

    await stub.close();
    await until(() => inpod?.stats().zdsConnected === false);
    expect(inpod.stats().pods).toBe(2); // kept while the agent is away

    stub = await startCniStub({ socketPath, pods: [podB], nodeNetns: nodeNs });
    await stub.ready();
    await until(() => inpod?.stats().snapshotsDone === 2);
    expect(removed).toEqual([podA.uid]);
    expect(inpod.pods().map((p) => p.uid)).toEqual([podB.uid]);
    // Same netns re-sent: B's listeners are the very same ones.
    expect(inpod.pods()[0]?.listeners.map((x) => x.id)).toEqual(bIds);
    expect([...l.open.keys()]).toEqual(bIds);
  });

  it("bad input gets an error ack and leaks no fd: malformed bytes, add without fd, non-netns fd, keep after snapshot", async () => {
    stub = await startCniStub({ socketPath, pods: [], nodeNetns: nodeNs });
    const l = recordingListeners();
    inpod = startInpod({ config, listeners: l });
    await stub.ready();
    const before = fdCount();

    expect(await stub.sendRaw(Buffer.from([0xff, 0xff, 0xff, 0x0f]))).toMatch(/malformed/);
    const addNoFd = Buffer.from([0x0a, 0x03, 0x0a, 0x01, 0x78]); // add{uid:"x"}
    expect(await stub.sendRaw(addNoFd)).toMatch(/0 fds/);
    const devNull = openSync("/dev/null", "r");
    expect(await stub.sendRaw(addNoFd, [devNull])).toMatch(/not a network namespace/);
    const netns = openSync(`/var/run/netns/${nodeNs}`, "r");
    expect(await stub.sendRaw(addNoFd, [netns, devNull])).toMatch(/2 fds/);
    // keep{uid:"y"}: ztunnel's "pod keep received after snapshot"
    expect(await stub.sendRaw(Buffer.from([0x2a, 0x03, 0x0a, 0x01, 0x79]))).toMatch(/keep .* after the snapshot/);
    // an unknown field only: decodes, but carries no payload
    expect(await stub.sendRaw(Buffer.from([0x20, 0x01]))).toMatch(/without a payload/);
    closeQuietly(devNull);
    closeQuietly(netns);

    expect(inpod.stats()).toMatchObject({ pods: 0, zdsErrors: 6 });
    expect(l.open.size).toBe(0);
    expect(fdCount()).toBe(before);
    // Still serving: a good add is acked after all that.
    expect(await stub.addPod(podA)).toBe("");
    expect(inpod.stats().pods).toBe(1);
  });

  it("del of a uid this proxy does not hold is acked without error (ztunnel)", async () => {
    stub = await startCniStub({ socketPath, pods: [], nodeNetns: nodeNs });
    inpod = startInpod({ config, listeners: recordingListeners() });
    await stub.ready();
    expect(await stub.sendRaw(Buffer.from([0x12, 0x05, 0x12, 0x03, 0x6e, 0x6f, 0x70]))).toBe(""); // del{uid:"nop"}
    expect(inpod.stats()).toMatchObject({ pods: 0, zdsErrors: 0 });
  });

  it("keep during a snapshot is accepted even for a uid this proxy does not hold (ztunnel)", async () => {
    stub = await startCniStub({ socketPath, pods: [podA], nodeNetns: nodeNs, keepInSnapshot: ["never-seen"] });
    inpod = startInpod({ config, listeners: recordingListeners() });
    await stub.ready();
    expect(inpod.stats()).toMatchObject({ pods: 1, zdsErrors: 0, snapshotsDone: 1 });
  });

  it("an add whose listeners fail gets an error ack, stays pending, and is retried until it listens", async () => {
    stub = await startCniStub({ socketPath, pods: [], nodeNetns: nodeNs });
    const l = recordingListeners(1);
    const added: string[] = [];
    inpod = startInpod({ config, listeners: l, retryMs: 200, onPodAdded: (u) => added.push(u) });
    await stub.ready();
    expect(await stub.addPod(podA)).toMatch(/listeners in its netns failed: EADDRINUSE/);
    expect(inpod.pods()).toMatchObject([{ uid: podA.uid, state: "pending", listeners: [] }]);
    await until(() => inpod?.pods()[0]?.state === "listening", 3000);
    expect(inpod.pods()[0]?.listeners).toHaveLength(3);
    expect(l.open.size).toBe(3);
    expect(added).toEqual([podA.uid]);
  });

  it("not ready while a pod is pending: zds is done once its retry listens (ztunnel's ready())", async () => {
    stub = await startCniStub({ socketPath, pods: [podA], nodeNetns: nodeNs });
    const done: string[] = [];
    inpod = startInpod({
      config,
      listeners: recordingListeners(1),
      retryMs: 300,
      readiness: { done: (t) => done.push(t) },
    });
    await stub.ready();
    expect(inpod.stats().snapshotsDone).toBe(1);
    expect(done).toEqual([]);
    await until(() => done.includes("zds"), 3000);
    expect(inpod.pods()[0]?.state).toBe("listening");
  });

  it("a pending pod survives the agent's next snapshot and goes with its del", async () => {
    stub = await startCniStub({ socketPath, pods: [podA], nodeNetns: nodeNs });
    // Every add fails (more failures than retries in the test's time): A stays pending.
    inpod = startInpod({
      config,
      listeners: recordingListeners(1000),
      retryMs: 50,
      backoff: { initialMs: 20, maxMs: 100 },
    });
    await stub.ready();
    await until(() => inpod?.stats().snapshotsDone === 1);
    expect(inpod.pods().map((p) => [p.uid, p.state])).toEqual([[podA.uid, "pending"]]);
    expect(await stub.removePod(podA.uid)).toBe("");
    expect(inpod.pods()).toEqual([]);
  });

  it("a pod's netns gets net.ipv4.tcp_migrate_req=1 on add (queued connections survive an upgrade)", async () => {
    stub = await startCniStub({ socketPath, pods: [podA], nodeNetns: nodeNs });
    inpod = startInpod({ config, listeners: recordingListeners() });
    await stub.ready();
    expect(migrateReq(podA.netns as string)).toBe("1");
    // The node's own netns is left alone.
    expect(migrateReq(nodeNs)).toBe("0");
  });

  it("ZTS_INPOD_TCP_MIGRATE_REQ=false leaves the pod's sysctl as it was", async () => {
    stub = await startCniStub({ socketPath, pods: [podC], nodeNetns: nodeNs });
    inpod = startInpod({ config: { ...config, inpodTcpMigrateReq: false }, listeners: recordingListeners() });
    await stub.ready();
    expect(migrateReq(podC.netns as string)).toBe("0");
  });

  // What the sysctl buys, on real sockets in a pod netns the manager prepared: connections
  // queued on one of two SO_REUSEPORT listeners (an old proxy's, never accepted) are accepted
  // by the other (its successor's) when the first closes, instead of being reset.
  it("in a prepared pod, connections queued on a closing SO_REUSEPORT listener move to the other one", async () => {
    stub = await startCniStub({ socketPath, pods: [podD], nodeNetns: nodeNs });
    inpod = startInpod({ config, listeners: recordingListeners() });
    await stub.ready();
    expect(await queuedSurvivors(`/var/run/netns/${podD.netns}`)).toBe(QUEUED);
  });

  it("without it (the kernel's default), some of them are reset", async () => {
    // A netns no proxy prepared: the kernel's default 0.
    execFileSync("ip", ["netns", "add", plainNs]);
    execFileSync("ip", ["netns", "exec", plainNs, "ip", "link", "set", "lo", "up"]);
    expect(migrateReq(plainNs)).toBe("0");
    expect(await queuedSurvivors(`/var/run/netns/${plainNs}`)).toBeLessThan(QUEUED);
  });
});

const QUEUED = 32;

/**
 * Two SO_REUSEPORT listeners on 127.0.0.1 in `netns`; QUEUED connections made there and left
 * in the accept queues; the first listener closes; returns how many the second one accepts.
 */
async function queuedSurvivors(netns: string): Promise<number> {
  const addon = loadInpodAddon();
  const port = 17_000 + Math.floor(Math.random() * 1000);
  const spec = { host: "127.0.0.1", port, reusePort: true, netns, backlog: 128 };
  const old = addon.listenSocket(spec);
  const successor = addon.listenSocket(spec);
  const clients = await Promise.all(
    Array.from({ length: QUEUED }, () => addon.connectMarked({ host: "127.0.0.1", port, netns, mark: 1337 })),
  );
  addon.closeFd(old.fd);
  let accepted = 0;
  const server = net.createServer((s) => {
    accepted++;
    s.on("error", () => {});
    s.destroy();
  });
  await new Promise<void>((r) => server.listen({ fd: successor.fd }, () => r()));
  await new Promise((r) => setTimeout(r, 300));
  await new Promise<void>((r) => server.close(() => r()));
  for (const fd of clients) addon.closeFd(fd);
  return accepted;
}

function migrateReq(ns: string): string {
  return execFileSync("ip", ["netns", "exec", ns, "cat", "/proc/sys/net/ipv4/tcp_migrate_req"]).toString().trim();
}
