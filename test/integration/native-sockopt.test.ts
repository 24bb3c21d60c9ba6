// Socket primitives of the native addon on loopback: SO_REUSEPORT listeners, marked
// connect (mark set before connect, wrapped as net.Socket), original destination of a
// socket that was not redirected, option setters and their errors.
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadAddon } from "../../src/balance/addon.ts";
import {
  connectMarked,
  connectMarkedSocket,
  fdOf,
  getMark,
  getOriginalDst,
  setKeepAlive,
  setMark,
  setUserTimeout,
  ZTUNNEL_MARK,
} from "../../src/balance/sockets.ts";

const addon = loadAddon();
let echo: net.Server;
let port = 0;

beforeAll(async () => {
  echo = net.createServer((s) => s.pipe(s));
  await new Promise<void>((r) => echo.listen(0, "127.0.0.1", r));
  port = (echo.address() as net.AddressInfo).port;
});
afterAll(() => echo.close());

describe("listening sockets", () => {
  it("two SO_REUSEPORT listeners share a port (upgrade handover)", () => {
    const a = addon.listenSocket({ host: "127.0.0.1", port: 0 });
    const b = addon.listenSocket({ host: "127.0.0.1", port: a.port });
    expect(b.port).toBe(a.port);
    addon.closeFd(a.fd);
    addon.closeFd(b.fd);
  });

  it("without SO_REUSEPORT the second bind fails with EADDRINUSE", () => {
    const a = addon.listenSocket({ host: "127.0.0.1", port: 0, reusePort: false });
    expect(() => addon.listenSocket({ host: "127.0.0.1", port: a.port, reusePort: false })).toThrow(
      expect.objectContaining({ code: "EADDRINUSE" }),
    );
    addon.closeFd(a.fd);
  });

  it("a bad address is refused", () => {
    expect(() => addon.listenSocket({ host: "not-an-ip", port: 0 })).toThrow(
      expect.objectContaining({ code: "EINVAL" }),
    );
  });
});

describe("connectMarked", () => {
  it("connects with SO_MARK already set and works as a net.Socket", async () => {
    const s = await connectMarkedSocket({ host: "127.0.0.1", port, mark: ZTUNNEL_MARK });
    expect(getMark(fdOf(s)!)).toBe(1337);
    const reply = await new Promise<string>((resolve) => {
      s.once("data", (d) => resolve(d.toString()));
      s.write("ping");
    });
    expect(reply).toBe("ping");
    s.destroy();
  });

  it("binds the requested local address", async () => {
    const s = await connectMarkedSocket({ host: "127.0.0.1", port, localAddress: "127.0.0.9" });
    expect(s.localAddress).toBe("127.0.0.9");
    s.destroy();
  });

  it("a refused connect rejects with ECONNREFUSED", async () => {
    const l = addon.listenSocket({ host: "127.0.0.1", port: 0, listen: false });
    await expect(connectMarked({ host: "127.0.0.1", port: l.port, mark: 1337 })).rejects.toMatchObject({
      code: "ECONNREFUSED",
    });
    addon.closeFd(l.fd);
  });
});

describe("socket options", () => {
  it("original destination of a direct (not redirected) connection is the address dialled, or null", async () => {
    const fd = await connectMarked({ host: "127.0.0.1", port });
    // Without conntrack in this netns the kernel has no answer (null); with it (any nat
    // table loaded here, e.g. by a benchmark's REDIRECT chain) the un-NATed tuple comes back.
    const orig = getOriginalDst(fd);
    if (orig !== null) expect(orig).toEqual({ address: "127.0.0.1", port, family: 4 });
    setMark(fd, 7);
    expect(getMark(fd)).toBe(7);
    setKeepAlive(fd, { enable: true, idleSec: 30, intervalSec: 5, count: 3 });
    setUserTimeout(fd, 10_000);
    addon.closeFd(fd);
  });

  it("setters on a closed fd throw EBADF", () => {
    expect(() => setMark(100_000, 1)).toThrow(expect.objectContaining({ code: "EBADF" }));
  });
});

describe("UDP sockets for the DNS proxy", () => {
  it("listenSocket({udp, mark}) makes a bound UDP socket carrying the mark", () => {
    const s = addon.listenSocket({ host: "127.0.0.1", port: 0, udp: true, reusePort: false, mark: ZTUNNEL_MARK });
    try {
      expect(s.port).toBeGreaterThan(0);
      expect(addon.getMark(s.fd)).toBe(ZTUNNEL_MARK);
    } finally {
      addon.closeFd(s.fd);
    }
  });

  it("sendBatch sends every datagram of the batch, in order, with one call", async () => {
    const dgram = await import("node:dgram");
    const rx = dgram.createSocket("udp4");
    await new Promise<void>((r) => rx.bind(0, "127.0.0.1", () => r()));
    const got: string[] = [];
    const all = new Promise<void>((resolve) =>
      rx.on("message", (m) => {
        got.push(m.toString());
        if (got.length === 5) resolve();
      }),
    );
    const tx = addon.listenSocket({ host: "127.0.0.1", port: 0, udp: true, reusePort: false });
    try {
      const bufs = ["a", "b", "c", "d", "e"].map((x) => Buffer.from(x));
      const port = rx.address().port;
      expect(
        addon.sendBatch(
          tx.fd,
          bufs,
          bufs.map(() => "127.0.0.1"),
          bufs.map(() => port),
        ),
      ).toBe(5);
      await all;
      expect(got).toEqual(["a", "b", "c", "d", "e"]);
    } finally {
      addon.closeFd(tx.fd);
      rx.close();
    }
  });
});
