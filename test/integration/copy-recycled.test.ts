// The js copy over sockets that read into recycled buffers (src/copy/recycled-reads.ts):
// plain sockets the connect stage dials. Two dialed sockets, each to a loopback server the
// test holds, are copied into each other: what one server writes, the other receives. Bulk
// data is checked against a pattern at its stream offset; the pool's counters show the
// buffers were reused rather than allocated per read.
import { randomBytes } from "node:crypto";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadAddon } from "../../src/balance/addon.ts";
import { createDial } from "../../src/connect/dial.ts";
import { copyBidirectional, MAX_QUEUED_BYTES } from "../../src/copy/copy.ts";
import { pumpBidirectional } from "../../src/copy/native-pump.ts";
import { hasPooledReads, pooledReadStats, SMALL_READ_BYTES } from "../../src/copy/recycled-reads.ts";
import { receivePattern, sendPattern } from "../fixtures/byte-pattern.ts";

const addon = loadAddon();
const dial = createDial(addon);
const BULK = 64 * 1024 * 1024;

/** A loopback server whose accepted sockets the test takes in order. */
async function server(onAccept?: (s: net.Socket) => void) {
  const accepted: net.Socket[] = [];
  const waiters: ((s: net.Socket) => void)[] = [];
  const srv = net.createServer({ allowHalfOpen: true }, (s) => {
    onAccept?.(s);
    const w = waiters.shift();
    if (w) w(s);
    else accepted.push(s);
  });
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  const port = (srv.address() as net.AddressInfo).port;
  const next = () => new Promise<net.Socket>((r) => (accepted.length ? r(accepted.shift()!) : waiters.push(r)));
  return { srv, port, next };
}

let x: Awaited<ReturnType<typeof server>>;
let y: Awaited<ReturnType<typeof server>>;
beforeAll(async () => {
  x = await server();
  y = await server();
});
afterAll(() => {
  x.srv.close();
  y.srv.close();
});

/** Two pooled dialed sockets (to x and to y) and the servers' ends of them. */
async function bridge() {
  const a = await dial("127.0.0.1", x.port, { pooledReads: true });
  const xs = await x.next();
  const b = await dial("127.0.0.1", y.port, { pooledReads: true });
  const ys = await y.next();
  return { a, b, xs, ys };
}

function collect(s: net.Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    s.on("data", (c: Buffer) => {
      text += c.toString();
    });
    s.once("end", () => resolve(text));
    s.once("error", reject);
  });
}

describe("copy over sockets reading into recycled buffers", () => {
  it("dialed plain sockets with pooledReads read into a pool", async () => {
    const { a, b, xs, ys } = await bridge();
    expect(hasPooledReads(a)).toBe(true);
    expect(hasPooledReads(b)).toBe(true);
    for (const s of [a, b, xs, ys]) s.destroy();
  });

  it(`moves ${BULK / 1048576} MiB each way with half-close at each end, intact, counted, on a handful of buffers`, async () => {
    const { a, b, xs, ys } = await bridge();
    const block = randomBytes(1 << 20);
    const done = copyBidirectional(a, b);
    const [, , atY, atX] = await Promise.all([
      sendPattern(xs, block, BULK),
      sendPattern(ys, block, BULK),
      receivePattern(ys, block),
      receivePattern(xs, block),
    ]);
    const result = await done;
    expect(atY).toEqual({ bytes: BULK, intact: true });
    expect(atX).toEqual({ bytes: BULK, intact: true });
    expect(result.bytesSent).toBe(BULK);
    expect(result.bytesReceived).toBe(BULK);
    expect(result.error).toBeUndefined();
    for (const s of [a, b]) {
      const st = pooledReadStats(s)!;
      // Hundreds of reads, a bounded number of buffers: at most what 1 MiB of queued writes
      // holds (64 KiB each) plus the small one — not one per read.
      expect(st.reads).toBeGreaterThan(500);
      expect(st.allocated).toBeLessThanOrEqual(MAX_QUEUED_BYTES / 65536 + 4);
    }
    for (const s of [xs, ys]) s.destroy();
  }, 60_000);

  it("back-pressure: while the destination's reader is stalled the source stops being read", async () => {
    const { a, b, xs, ys } = await bridge();
    ys.pause(); // y's server reads nothing
    let forwarded = 0;
    const done = copyBidirectional(a, b, {
      onBytes: (dir, n) => {
        if (dir === "sent") forwarded += n;
      },
    });
    const chunk = Buffer.alloc(1 << 20, 7);
    const writer = setInterval(() => {
      if (xs.writableLength < 4 << 20) xs.write(chunk);
    }, 2);
    await new Promise((r) => setTimeout(r, 1000));
    const early = forwarded;
    await new Promise((r) => setTimeout(r, 500));
    clearInterval(writer);
    // Stalled: nothing more was taken from x in the last half second, and what was taken is
    // bounded by the copy's queue plus the kernel's socket buffers.
    expect(forwarded).toBe(early);
    expect(forwarded).toBeLessThan(MAX_QUEUED_BYTES + (16 << 20));
    expect(forwarded).toBeGreaterThan(0);
    for (const s of [xs, ys]) s.destroy();
    await done;
  }, 20_000);

  it("a server's first bytes, sent before the copy starts, come first and once", async () => {
    const banner = await server((s) => s.write("220 hello\r\n"));
    try {
      const a = await dial("127.0.0.1", banner.port, { pooledReads: true });
      const bs = await banner.next();
      const b = await dial("127.0.0.1", y.port, { pooledReads: true });
      const ys = await y.next();
      await new Promise((r) => setTimeout(r, 100)); // the banner is read before anyone copies
      const got = collect(ys);
      const done = copyBidirectional(a, b);
      bs.end("after\r\n");
      ys.end();
      expect(await got).toBe("220 hello\r\nafter\r\n");
      await done;
    } finally {
      banner.srv.close();
    }
  });

  it("the native pump takes a pooled socket without losing what it read early", async () => {
    const banner = await server((s) => s.write("220 hello\r\n"));
    try {
      const a = await dial("127.0.0.1", banner.port, { pooledReads: true });
      const bs = await banner.next();
      const b = await dial("127.0.0.1", y.port, { pooledReads: true });
      const ys = await y.next();
      await new Promise((r) => setTimeout(r, 100));
      const got = collect(ys);
      const run = pumpBidirectional(addon as Parameters<typeof pumpBidirectional>[0], a, b, {});
      bs.end("after\r\n");
      ys.end();
      expect(await got).toBe("220 hello\r\nafter\r\n");
      await run.done;
    } finally {
      banner.srv.close();
    }
  });

  it("many quiet connections sharing the small buffer each get their own bytes", async () => {
    const pairs = await Promise.all(Array.from({ length: 20 }, () => bridge()));
    const dones = pairs.map((p) => copyBidirectional(p.a, p.b));
    const got = pairs.map((p) => collect(p.ys));
    // Interleaved short writes on every connection at once.
    for (let round = 0; round < 5; round++) for (const [i, p] of pairs.entries()) p.xs.write(`c${i}r${round};`);
    for (const p of pairs) p.xs.end();
    for (const p of pairs) p.ys.end();
    const texts = await Promise.all(got);
    texts.forEach((t, i) => {
      expect(t).toBe([0, 1, 2, 3, 4].map((r) => `c${i}r${r};`).join(""));
    });
    await Promise.all(dones);
  });

  it("an idle connection after a short exchange waits on the small buffer", async () => {
    const { a, b, xs, ys } = await bridge();
    const done = copyBidirectional(a, b);
    const got = new Promise<Buffer>((r) => ys.once("data", r));
    xs.write("GET / HTTP/1.1\r\n\r\n");
    expect((await got).toString()).toContain("GET /");
    const st = pooledReadStats(a)!;
    expect(st.reads).toBe(1);
    // Read into the thread's one small buffer (SMALL_READ_BYTES), copied out: none of its own.
    expect(st.allocated).toBe(0);
    expect(SMALL_READ_BYTES).toBeLessThanOrEqual(4096);
    for (const s of [xs, ys]) s.destroy();
    await done;
  });
});
