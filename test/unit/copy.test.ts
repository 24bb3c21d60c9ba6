import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { type CopyResult, copyBidirectional } from "../../src/copy/copy.ts";

// client ──▶ proxy (copyBidirectional) ──▶ upstream, all real TCP on loopback.
const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const f of cleanup.splice(0)) f();
});

async function setup(onUpstream: (s: net.Socket) => void) {
  const upstream = net.createServer({ allowHalfOpen: true }, onUpstream);
  await new Promise<void>((r) => upstream.listen(0, "127.0.0.1", r));
  const upPort = (upstream.address() as net.AddressInfo).port;
  let result!: Promise<CopyResult>;
  const counted = { sent: 0 };
  const proxy = net.createServer({ allowHalfOpen: true }, (c) => {
    const u = net.connect({ port: upPort, host: "127.0.0.1", allowHalfOpen: true });
    result = copyBidirectional(c, u, {
      onBytes: (d, n) => {
        if (d === "sent") counted.sent += n;
      },
    });
  });
  await new Promise<void>((r) => proxy.listen(0, "127.0.0.1", r));
  const client = net.connect({
    port: (proxy.address() as net.AddressInfo).port,
    host: "127.0.0.1",
    allowHalfOpen: true,
  });
  await new Promise((r) => client.once("connect", r));
  cleanup.push(() => {
    client.destroy();
    proxy.close();
    upstream.close();
  });
  await new Promise((r) => setTimeout(r, 20));
  return { client, result: () => result, counted };
}

const readAll = (s: net.Socket) =>
  new Promise<Buffer>((resolve) => {
    const c: Buffer[] = [];
    s.on("data", (d: Buffer) => c.push(d));
    s.on("end", () => resolve(Buffer.concat(c)));
  });

describe("copyBidirectional", () => {
  it("propagates half-close: the reply still flows after the client's FIN", async () => {
    // Upstream answers only after it has seen the client's end.
    const { client, result } = await setup((s) => {
      const got: Buffer[] = [];
      s.on("data", (d: Buffer) => got.push(d));
      s.on("end", () => s.end(Buffer.from(`got ${Buffer.concat(got).length} bytes`)));
    });
    client.end(Buffer.alloc(1000, 1));
    expect((await readAll(client)).toString()).toBe("got 1000 bytes");
    const r = await result();
    expect(r).toEqual({ bytesSent: 1000, bytesReceived: 14 });
  });

  it("counts bytes each way", async () => {
    const { client, result } = await setup((s) => s.pipe(s));
    client.end(Buffer.alloc(123_456, 7));
    expect((await readAll(client)).length).toBe(123_456);
    const r = await result();
    expect([r.bytesSent, r.bytesReceived, r.error]).toEqual([123_456, 123_456, undefined]);
  });

  it("applies back-pressure: a stalled reader stops the copy", async () => {
    const { client, counted } = await setup((s) => s.pause());
    const big = Buffer.alloc(64 << 20);
    client.write(big);
    await new Promise((r) => setTimeout(r, 400));
    // Only kernel buffers + stream high-water marks worth of data may be in flight.
    expect(counted.sent).toBeGreaterThan(0);
    expect(counted.sent).toBeLessThan(16 << 20);
  });

  it("an error on one side resets the other and reports it", async () => {
    let up!: net.Socket;
    const { client, result } = await setup((s) => {
      up = s;
    });
    client.write("x");
    await new Promise((r) => setTimeout(r, 30));
    up.resetAndDestroy();
    const closed = new Promise((r) => client.once("close", r));
    client.on("error", () => {});
    await closed;
    expect((await result()).error).toBeInstanceOf(Error);
  });
});
