// The acceptor's listener registry at run time (kinds, removal, adopted fds, kernel
// mode) and back-pressure: with every worker out of credits nothing more is accepted,
// connections wait in the kernel backlog and are all served later.
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { startWorkers, type WorkerPool } from "../../src/balance/workers.ts";
import { connectGreet, until } from "../fixtures/balance-clients.ts";
import type { TestMessage } from "../fixtures/balance-handler.ts";

const handlerModule = fileURLToPath(new URL("../fixtures/balance-handler.ts", import.meta.url));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let pool: WorkerPool<TestMessage> | undefined;

afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe("listener registry", () => {
  it("listeners are added and removed at run time; each connection carries its listener's kind", async () => {
    pool = await startWorkers<TestMessage>({ handlerModule, threads: 2, policy: "dlb" });
    const kinds = ["outbound", "inbound", "inbound-plaintext", "socks5"];
    const ls = await Promise.all(kinds.map((kind) => pool!.addListener({ kind, host: "127.0.0.1", port: 0 })));
    for (const l of ls) {
      const { socket, greeting } = await connectGreet(l.port);
      expect(greeting.kind).toBe(l.kind);
      expect(greeting.origDst).toMatchObject({ address: "127.0.0.1", port: l.port });
      socket.destroy();
    }
    expect(await pool.removeListener(ls[1]!.id)).toBe(true);
    await expect(connectGreet(ls[1]!.port)).rejects.toMatchObject({ code: "ECONNREFUSED" });
    expect(
      pool.addon
        .listeners()
        .map((l) => l.kind)
        .sort(),
    ).toEqual(["inbound-plaintext", "outbound", "socks5"]);
  });

  it("IPv6 listeners hand off with IPv6 peer and destination", async () => {
    pool = await startWorkers<TestMessage>({ handlerModule, threads: 1, policy: "exact" });
    const l = await pool.addListener({ kind: "inbound", host: "::1", port: 0, origDst: "redirect" });
    expect(l.family).toBe(6);
    const { socket, greeting } = await connectGreet(l.port, "::1");
    // Not redirected: the original destination falls back to the local address.
    expect(greeting.origDst).toMatchObject({ address: "::1", port: l.port });
    expect(greeting.peer.address).toBe("::1");
    socket.destroy();
  });

  it("a lease is released once: a second release is a no-op", async () => {
    pool = await startWorkers<TestMessage>({ handlerModule, threads: 1, policy: "dlb" });
    const id = pool.addon.track(pool.stats()[0]!.nativeId);
    expect(pool.stats()[0]!.open).toBe(1);
    expect(pool.addon.release(id)).toBe(true);
    expect(pool.addon.release(id)).toBe(false);
    expect(pool.stats()[0]!.open).toBe(0);
  });

  it("adopts an existing listening fd", async () => {
    pool = await startWorkers<TestMessage>({ handlerModule, threads: 1, policy: "dlb" });
    const s = pool.addon.listenSocket({ host: "127.0.0.1", port: 0 });
    const l = await pool.addListener({ kind: "inbound", fd: s.fd });
    expect(l.port).toBe(s.port);
    const { socket, greeting } = await connectGreet(s.port);
    expect(greeting.kind).toBe("inbound");
    socket.destroy();
  });

  it("kernel mode: every worker listens on its own SO_REUSEPORT socket; removal closes them", async () => {
    pool = await startWorkers<TestMessage>({ handlerModule, threads: 2, policy: "kernel" });
    const l = await pool.addListener({ kind: "outbound", host: "127.0.0.1", port: 0 });
    const got = await Promise.all(Array.from({ length: 20 }, () => connectGreet(l.port)));
    expect(got.every((g) => g.greeting.kind === "outbound")).toBe(true);
    expect(pool.counts().leases).toBe(20);
    for (const g of got) g.socket.destroy();
    const p = pool;
    await until(() => p.counts().leases === 0);
    await pool.removeListener(l.id);
    await sleep(100);
    await expect(connectGreet(l.port)).rejects.toMatchObject({ code: "ECONNREFUSED" });
  });
});

describe("back-pressure", () => {
  it("with every worker out of credits the acceptor stops accepting and drops nothing", async () => {
    pool = await startWorkers<TestMessage>({
      handlerModule,
      threads: 2,
      policy: "dlb",
      credits: 2,
      heartbeatTimeoutMs: 60_000,
    });
    const p = pool;
    const l = await pool.addListener({ kind: "outbound", host: "127.0.0.1", port: 0 });
    pool.broadcast({ t: "busy", ms: 1000 });
    await sleep(50);
    const all = Array.from({ length: 10 }, () => connectGreet(l.port));
    await sleep(300);
    // 2 workers × 2 credits handed off; the other 6 are still in the kernel backlog.
    expect(p.stats().map((s) => s.queued)).toEqual([2, 2]);
    expect(p.counts()).toEqual({ leases: 4, pending: 0 });
    expect(p.addon.counts().paused).toBe(true);
    const got = await Promise.all(all);
    expect(got).toHaveLength(10);
    for (const g of got) g.socket.destroy();
    await until(() => p.counts().leases === 0);
  });
});
