// The native splice pump (native/src/pump.cc through src/copy/native-pump.ts) on real
// loopback sockets: client → front listener (socket a) | pump | socket b → back server.
// Bulk transfers are checked byte for byte against a pattern (memcmp per chunk, at the
// stream offset), never by holding the data; fd counts come from /proc/self/fd.
import { randomBytes } from "node:crypto";
import { readdirSync } from "node:fs";
import net from "node:net";
import { Worker } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADDON_PATH, loadAddon } from "../../src/balance/addon.ts";
import type { CopyResult } from "../../src/copy/copy.ts";
import { type NativePump, type NativePumpOptions, pumpBidirectional } from "../../src/copy/native-pump.ts";
import { receivePattern, sendPattern } from "../fixtures/byte-pattern.ts";

const addon = loadAddon();
// 1 GiB each way by default; ZTS_TEST_PUMP_MIB sets another size (MiB).
const BULK = Number(process.env.ZTS_TEST_PUMP_MIB ?? 1024) * 1024 * 1024;
const HELD = 2000;
const SEQUENTIAL = 10_000;

type Accepted = (port: number) => Promise<net.Socket>;

/** Sockets a server accepts, looked up by the connecting side's local port. */
function acceptedBy(server: net.Server): Accepted {
  const waiting = new Map<number, (s: net.Socket) => void>();
  const early = new Map<number, net.Socket>();
  server.on("connection", (s) => {
    const port = s.remotePort ?? 0;
    const w = waiting.get(port);
    if (w) {
      waiting.delete(port);
      w(s);
    } else early.set(port, s);
  });
  return (port) =>
    new Promise((resolve) => {
      const s = early.get(port);
      if (s) {
        early.delete(port);
        resolve(s);
      } else waiting.set(port, resolve);
    });
}

let front: net.Server;
let back: net.Server;
let frontAccepted: Accepted;
let backAccepted: Accepted;

async function listen(): Promise<[net.Server, Accepted]> {
  const s = net.createServer({ allowHalfOpen: true });
  const acc = acceptedBy(s);
  await new Promise<void>((r) => s.listen({ host: "127.0.0.1", port: 0, backlog: 4096 }, r));
  return [s, acc];
}

function connect(server: net.Server): Promise<net.Socket> {
  const { port } = server.address() as net.AddressInfo;
  return new Promise((resolve, reject) => {
    const s = net.connect({ host: "127.0.0.1", port, allowHalfOpen: true }, () => resolve(s));
    s.once("error", reject);
  });
}

interface Pair {
  client: net.Socket;
  a: net.Socket;
  b: net.Socket;
  srv: net.Socket;
}

async function pair(): Promise<Pair> {
  const client = await connect(front);
  const a = await frontAccepted(client.localPort ?? 0);
  const b = await connect(back);
  const srv = await backAccepted(b.localPort ?? 0);
  return { client, a, b, srv };
}

function fdCount(): number {
  return readdirSync("/proc/self/fd").length;
}

async function until(cond: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 10));
  }
  return true;
}

function closed(s: net.Socket): Promise<void> {
  return s.closed ? Promise.resolve() : new Promise((r) => s.once("close", () => r()));
}

function collect(s: net.Socket): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    s.on("data", (c: Buffer) => parts.push(c));
    s.once("end", () => resolve(Buffer.concat(parts)));
    s.once("error", reject);
  });
}

function errorOf(s: net.Socket): Promise<NodeJS.ErrnoException | undefined> {
  return new Promise((resolve) => {
    s.once("error", (e: NodeJS.ErrnoException) => resolve(e));
    s.once("close", () => resolve(undefined));
  });
}

function pumpWithCounts(p: Pair, opts: NativePumpOptions = {}) {
  const counted = { sent: 0, received: 0 };
  const pump: NativePump = pumpBidirectional(addon, p.a, p.b, {
    ...opts,
    onBytes: (dir, n) => {
      counted[dir] += n;
    },
  });
  return { pump, counted };
}

beforeAll(async () => {
  [front, frontAccepted] = await listen();
  [back, backAccepted] = await listen();
});
afterAll(() => {
  front.close();
  back.close();
});

describe("native pump", () => {
  it(`moves ${BULK / 1048576} MiB each way at once, half-closed at each end, with exact counts`, async () => {
    const p = await pair();
    const up = randomBytes(1_048_573);
    const down = randomBytes(1_048_571);
    const { pump, counted } = pumpWithCounts(p);
    const t0 = process.hrtime.bigint();
    const atSrv = receivePattern(p.srv, up);
    const atClient = receivePattern(p.client, down);
    await Promise.all([sendPattern(p.client, up, BULK), sendPattern(p.srv, down, BULK)]);
    const [got, back_, r] = await Promise.all([atSrv, atClient, pump.done]);
    const secs = Number(process.hrtime.bigint() - t0) / 1e9;
    console.log(
      `native pump: ${(2 * BULK) / 1048576} MiB in ${secs.toFixed(2)} s = ${((2 * BULK) / 1048576 / secs).toFixed(0)} MiB/s (both ways together)`,
    );
    expect(got).toEqual({ bytes: BULK, intact: true });
    expect(back_).toEqual({ bytes: BULK, intact: true });
    expect(r).toEqual({ bytesSent: BULK, bytesReceived: BULK });
    expect(counted).toEqual({ sent: BULK, received: BULK });
  }, 120_000);

  it("back-pressure: a destination that does not read stops the pump reading its source", async () => {
    const p = await pair();
    const total = 64 * 1024 * 1024;
    const block = randomBytes(65_521);
    const { pump, counted } = pumpWithCounts(p);
    p.srv.pause();
    const sending = sendPattern(p.client, block, total);
    // Moves until the kernel's buffers on the way are full, then holds still: sampled a
    // little slower than the pump reports (500 ms), it stops changing.
    let last = -1;
    for (let i = 0; i < 20 && !(counted.sent === last && last > 0); i++) {
      last = counted.sent;
      await new Promise((r) => setTimeout(r, 600));
    }
    await new Promise((r) => setTimeout(r, 600));
    expect(counted.sent).toBe(last);
    console.log(`native pump: a non-reading destination stalled the transfer at ${last} bytes`);
    expect(last).toBeLessThan(total / 2);
    const atSrv = receivePattern(p.srv, block);
    p.srv.resume();
    await sending;
    p.srv.end();
    expect(await atSrv).toEqual({ bytes: total, intact: true });
    expect(await pump.done).toEqual({ bytesSent: total, bytesReceived: 0 });
  }, 30_000);

  it("bytes Node already buffered and the initial bytes go first, and are counted", async () => {
    const p = await pair();
    p.client.write("early;");
    expect(await until(() => p.a.readableLength === 6, 2000)).toBe(true);
    const { pump, counted } = pumpWithCounts(p, { aToB: Buffer.from("socks;"), bToA: Buffer.from("hello;") });
    const atSrv = collect(p.srv);
    const atClient = collect(p.client);
    p.client.end("after");
    p.srv.end("reply");
    expect((await atSrv).toString()).toBe("socks;early;after");
    expect((await atClient).toString()).toBe("hello;reply");
    expect(await pump.done).toEqual({ bytesSent: 17, bytesReceived: 11 });
    expect(counted).toEqual({ sent: 17, received: 11 });
  });

  it("reports bytes while a transfer is still open (counters live)", async () => {
    const p = await pair();
    let settled = false;
    const { pump, counted } = pumpWithCounts(p);
    void pump.done.then(() => {
      settled = true;
    });
    const atSrv = collect(p.srv);
    p.client.write(Buffer.alloc(65536, 1));
    // The pump reports at least every 500 ms while bytes move; the connection stays open.
    expect(await until(() => counted.sent === 65536, 2000)).toBe(true);
    expect(settled).toBe(false);
    p.client.end();
    p.srv.end();
    expect((await atSrv).length).toBe(65536);
    expect(await pump.done).toEqual({ bytesSent: 65536, bytesReceived: 0 });
  });

  it("stop('close') closes both sides: each peer sees EOF", async () => {
    const p = await pair();
    const { pump } = pumpWithCounts(p);
    const atSrv = collect(p.srv);
    const atClient = collect(p.client);
    p.client.write("x");
    expect(await until(() => p.srv.bytesRead === 1, 2000)).toBe(true);
    pump.stop("close");
    expect((await atSrv).toString()).toBe("x");
    expect((await atClient).length).toBe(0);
    const r = await pump.done;
    expect(r.error).toMatchObject({ code: "ZTS_COPY_STOPPED" });
    expect(r.bytesSent).toBe(1);
  });

  it("stop('reset') resets both sides", async () => {
    const p = await pair();
    const { pump } = pumpWithCounts(p);
    p.client.resume();
    p.srv.resume();
    const clientErr = errorOf(p.client);
    const srvErr = errorOf(p.srv);
    pump.stop("reset");
    expect(await clientErr).toMatchObject({ code: "ECONNRESET" });
    expect(await srvErr).toMatchObject({ code: "ECONNRESET" });
    expect((await pump.done).error).toMatchObject({ code: "ZTS_COPY_STOPPED" });
  });

  it("a pump whose starting thread goes away is closed: both peers see EOF", async () => {
    // The worker pumps its own two connections, then is terminated: its thread-safe function
    // is finalized with the pump still running, which stops it (close).
    const code = `
      const { workerData, parentPort } = require("node:worker_threads");
      const net = require("node:net");
      const addon = require(workerData.addon);
      const dial = (port) => new Promise((r) => { const s = net.connect({ host: "127.0.0.1", port, allowHalfOpen: true }, () => r(s)); });
      (async () => {
        const a = await dial(workerData.front);
        const b = await dial(workerData.back);
        for (const s of [a, b]) { s.pause(); s._handle.reading = false; s._handle.readStop(); }
        addon.pumpStart({ a: addon.dupFd(a._handle.fd), b: addon.dupFd(b._handle.fd) }, () => {});
        parentPort.postMessage([a.localPort, b.localPort]);
      })();`;
    const before = addon.pumpCount();
    const worker = new Worker(code, {
      eval: true,
      workerData: {
        addon: ADDON_PATH,
        front: (front.address() as net.AddressInfo).port,
        back: (back.address() as net.AddressInfo).port,
      },
    });
    const [pa, pb] = await new Promise<[number, number]>((r) => worker.once("message", r));
    const client = await frontAccepted(pa);
    const srv = await backAccepted(pb);
    const atSrv = collect(srv);
    const atClient = collect(client);
    client.write("x");
    expect(await until(() => srv.bytesRead === 1, 2000)).toBe(true);
    await worker.terminate();
    expect((await atSrv).toString()).toBe("x");
    expect((await atClient).length).toBe(0);
    expect(await until(() => addon.pumpCount() === before, 2000)).toBe(true);
  });

  it("a peer's reset is reported as a reset and the other side is reset too", async () => {
    const p = await pair();
    const { pump } = pumpWithCounts(p);
    p.srv.resume();
    const srvErr = errorOf(p.srv);
    p.client.write("x");
    expect(await until(() => p.srv.bytesRead === 1, 2000)).toBe(true);
    p.client.resetAndDestroy();
    const r = await pump.done;
    expect(r.error).toMatchObject({ code: "ECONNRESET", syscall: "splice" });
    expect(r.bytesSent).toBe(1);
    expect(await srvErr).toMatchObject({ code: "ECONNRESET" });
  });

  it(`${SEQUENTIAL} sequential short connections, then the fd count is back to its baseline`, async () => {
    const one = async (): Promise<CopyResult> => {
      const p = await pair();
      p.srv.on("data", (d: Buffer) => p.srv.write(d));
      p.srv.once("end", () => p.srv.end());
      const { pump } = pumpWithCounts(p);
      const echoed = collect(p.client);
      p.client.end("ping-0123456789");
      expect((await echoed).toString()).toBe("ping-0123456789");
      const r = await pump.done;
      await Promise.all([closed(p.client), closed(p.srv)]);
      return r;
    };
    await one(); // warm-up: lazily opened fds (the pump thread's epoll and eventfd) are in the baseline
    // and a tick with no pump running (every 500 ms) closes the pipes pooled by the warm-up
    await new Promise((r) => setTimeout(r, 700));
    const base = fdCount();
    const t0 = Date.now();
    for (let i = 0; i < SEQUENTIAL; i++) {
      const r = await one();
      if (r.bytesSent !== 15 || r.bytesReceived !== 15 || r.error)
        throw new Error(`connection ${i}: ${JSON.stringify(r)}`);
    }
    console.log(`native pump: ${SEQUENTIAL} sequential connections in ${Date.now() - t0} ms`);
    await until(() => fdCount() === base, 2000);
    expect(fdCount()).toBe(base);
    expect(addon.pumpCount()).toBe(0);
  }, 120_000);

  it(`${HELD} pumps held at once, then closed: fd count back to its baseline`, async () => {
    // 6 fds a connection in this process (4 JS sockets, the pump's 2 dups; an idle pump holds
    // no pipe): 12,000 of the 20,000 this machine allows.
    const base = fdCount();
    const pairs: Pair[] = [];
    for (let i = 0; i < HELD; i += 200) pairs.push(...(await Promise.all(Array.from({ length: 200 }, pair))));
    const pumps = pairs.map((p) => {
      p.srv.on("data", (d: Buffer) => p.srv.write(d));
      p.srv.once("end", () => p.srv.end());
      return pumpWithCounts(p).pump;
    });
    const echoes = pairs.map((p) => collect(p.client));
    for (const p of pairs) p.client.write("y");
    expect(await until(() => pairs.every((p) => p.client.bytesRead === 1), 10_000)).toBe(true);
    expect(addon.pumpCount()).toBe(HELD);
    expect(fdCount() - base).toBeGreaterThanOrEqual(HELD * 6);
    for (const p of pairs) p.client.end();
    const results = await Promise.all(pumps.map((p) => p.done));
    expect(results.filter((r) => r.error || r.bytesSent !== 1 || r.bytesReceived !== 1)).toEqual([]);
    expect((await Promise.all(echoes)).every((b) => b.toString() === "y")).toBe(true);
    await Promise.all(pairs.flatMap((p) => [closed(p.client), closed(p.srv)]));
    await until(() => fdCount() === base, 2000);
    expect(fdCount()).toBe(base);
    expect(addon.pumpCount()).toBe(0);
  }, 60_000);
});
