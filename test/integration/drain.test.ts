// Graceful drain of a real `ztunnel-ts proxy` process (SPEC.md §5): SIGTERM → readiness
// 503 at once, no new connections, the open ones finish (SOCKS5 → HBONE pool → the other
// node → pod, so the HBONE sessions must be closed gracefully — GOAWAY — not destroyed),
// exit 0 before CONNECTION_TERMINATION_DEADLINE; connections still open at the deadline
// are closed and the process exits anyway.
import type { Server, Socket, SocketConnectOpts } from "node:net";
import { SocksClient } from "socks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  afterEofServer,
  closeServer,
  type LoopbackMesh,
  listen,
  PORTS,
  type RunningProxy,
  startLoopbackMesh,
} from "../fixtures/proxy-harness.ts";

const OPEN = 50;

async function openTunnels(mesh: LoopbackMesh, n: number): Promise<Socket[]> {
  // The socks client's type wants a full connect spec; it only forwards localAddress to net.
  const from = { localAddress: mesh.addr.client } as unknown as SocketConnectOpts;
  const socks = await Promise.all(
    Array.from({ length: n }, () =>
      SocksClient.createConnection({
        proxy: { host: mesh.addr.nodeA, port: PORTS.socks5, type: 5 },
        command: "connect",
        destination: { host: mesh.addr.drainVip, port: 80 },
        socket_options: from,
        timeout: 10_000,
      }),
    ),
  );
  return socks.map((s) => {
    s.socket.setNoDelay(true);
    return s.socket;
  });
}

/** Resolves with everything read once the socket closes (the drain pod replies after our FIN). */
function collect(s: Socket): Promise<{ data: string; error?: string }> {
  const chunks: Buffer[] = [];
  let error: string | undefined;
  s.on("data", (d: Buffer) => chunks.push(d));
  s.on("error", (e) => {
    error = e.message;
  });
  return new Promise((r) => s.once("close", () => r({ data: Buffer.concat(chunks).toString(), error })));
}

function exitOf(p: RunningProxy): Promise<{ code: number | null; at: number }> {
  if (p.child.exitCode !== null) return Promise.resolve({ code: p.child.exitCode, at: Date.now() });
  return new Promise((r) => p.child.once("exit", (code) => r({ code, at: Date.now() })));
}

/** Sends SIGTERM and polls readiness as fast as it answers: ms from the signal to the first 503. */
async function sigtermReadinessLatency(p: RunningProxy): Promise<number> {
  const url = `http://${p.ip}:${PORTS.ready}/healthz/ready`;
  expect((await fetch(url)).status).toBe(200);
  const t0 = performance.now();
  p.child.kill("SIGTERM");
  for (;;) {
    const r = await fetch(url, { signal: AbortSignal.timeout(1000) });
    await r.arrayBuffer();
    if (r.status === 503) return performance.now() - t0;
    if (performance.now() - t0 > 2000) throw new Error("still ready 2 s after SIGTERM");
  }
}

describe("drain: open connections finish before the deadline", () => {
  let mesh: LoopbackMesh;
  let pod: Server | undefined;
  const DEADLINE_MS = 6000;

  beforeAll(async () => {
    mesh = await startLoopbackMesh("127.81", { CONNECTION_TERMINATION_DEADLINE: `${DEADLINE_MS}ms` });
    pod = await listen(afterEofServer(1000), mesh.addr.drain, 9000);
  }, 30_000);
  afterAll(async () => {
    await closeServer(pod);
    await mesh?.close();
  });

  it(`SIGTERM with ${OPEN} open connections: 503 within 100 ms, all ${OPEN} complete, exit 0 before the deadline`, async () => {
    const nodeA = mesh.proxies["node-a"]!;
    const sockets = await openTunnels(mesh, OPEN);
    const results = sockets.map(collect);
    for (const s of sockets) s.write("hello");
    // Every connection is through the proxy and open (the pod has not answered: it waits for our FIN).
    await new Promise((r) => setTimeout(r, 200));
    const exit = exitOf(nodeA);
    const signalledAt = Date.now();
    const latency = await sigtermReadinessLatency(nodeA);
    console.log(`drain: readiness 503 ${latency.toFixed(1)} ms after SIGTERM`);
    expect(latency).toBeLessThan(100);

    // Draining: new connections are no longer accepted.
    await expect(openTunnels(mesh, 1)).rejects.toThrow();

    // Half a second into the drain, the open ones finish normally.
    await new Promise((r) => setTimeout(r, 500));
    expect(nodeA.child.exitCode).toBeNull();
    for (const s of sockets) s.end();
    const done = await Promise.all(results);
    expect(done.filter((d) => d.error !== undefined)).toEqual([]);
    expect(done.map((d) => d.data)).toEqual(Array(OPEN).fill(`5:${"x".repeat(1000)}`));

    const { code, at } = await exit;
    console.log(`drain: exit ${code} ${at - signalledAt} ms after SIGTERM (deadline ${DEADLINE_MS} ms)`);
    expect(code).toBe(0);
    expect(at - signalledAt).toBeLessThan(DEADLINE_MS);
  }, 30_000);
});

describe("drain: the deadline closes what is left", () => {
  let mesh: LoopbackMesh;
  let pod: Server | undefined;
  const DEADLINE_MS = 1500;

  beforeAll(async () => {
    mesh = await startLoopbackMesh("127.83", { CONNECTION_TERMINATION_DEADLINE: `${DEADLINE_MS}ms` });
    pod = await listen(afterEofServer(10), mesh.addr.drain, 9000);
  }, 30_000);
  afterAll(async () => {
    await closeServer(pod);
    await mesh?.close();
  });

  it("connections still open at CONNECTION_TERMINATION_DEADLINE are closed and the process exits 0", async () => {
    const nodeA = mesh.proxies["node-a"]!;
    const sockets = await openTunnels(mesh, 10);
    const results = sockets.map(collect);
    for (const s of sockets) s.write("still talking");
    const exit = exitOf(nodeA);
    const signalledAt = Date.now();
    nodeA.child.kill("SIGTERM");
    const { code, at } = await exit;
    console.log(`drain: exit ${code} ${at - signalledAt} ms after SIGTERM with 10 open (deadline ${DEADLINE_MS} ms)`);
    expect(code).toBe(0);
    expect(at - signalledAt).toBeGreaterThanOrEqual(DEADLINE_MS - 50);
    expect(at - signalledAt).toBeLessThan(DEADLINE_MS + 3000);
    // The clients see their connections closed, without the pod's reply (we never sent FIN).
    const done = await Promise.all(results);
    expect(done.every((d) => d.data === "")).toBe(true);
  }, 30_000);
});
