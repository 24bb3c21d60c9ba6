// Hostile bytes at the DNS proxy's real sockets: each gets FORMERR or is dropped, is
// counted, and the proxy keeps answering. No dig needed (raw packets); upstream unused
// (a refusing loopback port).
import { createSocket, type Socket } from "node:dgram";
import net from "node:net";
import packet from "dns-packet";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLIENT_IP, startTestDns, type TestDns } from "../fixtures/dns-proxy.ts";

const PROXY = "127.153.1.1";
let dns: TestDns;
let sock: Socket;

const header = (id: number, flags: number, qd: number) => {
  const h = Buffer.alloc(12);
  h.writeUInt16BE(id, 0);
  h.writeUInt16BE(flags, 2);
  h.writeUInt16BE(qd, 4);
  return h;
};
const good = (id: number) =>
  packet.encode({
    id,
    type: "query",
    flags: packet.RECURSION_DESIRED,
    questions: [{ name: "productpage.ns1", type: "A" }],
  });

/** Sends one datagram; resolves with the reply, or undefined after `ms` without one. */
function ask(msg: Buffer, ms = 300): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    const t = setTimeout(() => {
      sock.off("message", on);
      resolve(undefined);
    }, ms);
    const on = (m: Buffer) => {
      clearTimeout(t);
      sock.off("message", on);
      resolve(m);
    };
    sock.on("message", on);
    sock.send(msg, dns.port, PROXY);
  });
}
const rcode = (b: Buffer | undefined) => (b ? b.readUInt16BE(2) & 0xf : undefined);
const dropped = async (reason: string) => {
  const m = (await dns.metrics.registry.getMetricsAsJSON()).find((x) => x.name === "ztunnel_ts_dns_dropped_total");
  return m?.values.find((v) => v.labels.reason === reason)?.value ?? 0;
};

describe("DNS proxy under bad input", () => {
  beforeAll(async () => {
    dns = await startTestDns({ host: PROXY, upstreams: [{ host: "127.153.1.2", port: 9 }] });
    sock = createSocket("udp4");
    await new Promise<void>((r) => sock.bind(0, CLIENT_IP, () => r()));
  });
  afterAll(async () => {
    sock?.close();
    await dns?.close();
  });

  it("drops a truncated header without a reply, counts it, and still answers the next query", async () => {
    const before = await dropped("malformed");
    expect(await ask(Buffer.from([0xab, 0xcd, 0x01]))).toBeUndefined();
    expect(await dropped("malformed")).toBe(before + 1);
    expect(rcode(await ask(good(1)))).toBe(0);
  });

  it("answers FORMERR to a compression-pointer loop", async () => {
    const msg = Buffer.concat([header(2, 0x0100, 1), Buffer.from([0xc0, 12, 0, 1, 0, 1])]);
    const r = await ask(msg);
    expect(r?.readUInt16BE(0)).toBe(2);
    expect(rcode(r)).toBe(1);
  });

  it("answers FORMERR to a query with no question", async () => {
    expect(rcode(await ask(header(3, 0x0100, 0)))).toBe(1);
  });

  it("answers FORMERR to a query with 50 questions", async () => {
    const qs = Array.from({ length: 50 }, (_, i) => ({ name: `n${i}.test`, type: "A" }) as packet.Question);
    expect(rcode(await ask(packet.encode({ id: 4, type: "query", questions: qs })))).toBe(1);
  });

  it("closes a TCP connection announcing an oversized query, and keeps serving TCP", async () => {
    const closed = await new Promise<boolean>((resolve) => {
      const c = net.connect({ host: PROXY, port: dns.port, localAddress: CLIENT_IP }, () => {
        c.write(Buffer.from([0xff, 0xff, 1, 2, 3, 4]));
      });
      c.on("error", () => undefined);
      c.on("close", () => resolve(true));
      setTimeout(() => {
        c.destroy();
        resolve(false);
      }, 1000);
    });
    expect(closed).toBe(true);
    expect(await dropped("tcp_oversized")).toBeGreaterThanOrEqual(1);
    const reply = await new Promise<Buffer>((resolve, reject) => {
      const c = net.connect({ host: PROXY, port: dns.port, localAddress: CLIENT_IP }, () => {
        const q = good(5);
        const len = Buffer.alloc(2);
        len.writeUInt16BE(q.length);
        c.write(Buffer.concat([len, q]));
      });
      let buf = Buffer.alloc(0);
      c.on("data", (d) => {
        buf = Buffer.concat([buf, d]);
        if (buf.length >= 2 && buf.length >= 2 + buf.readUInt16BE(0)) {
          c.destroy();
          resolve(buf.subarray(2));
        }
      });
      c.on("error", reject);
    });
    expect(packet.decode(reply).answers?.[0]).toMatchObject({ type: "A", data: "10.153.9.9" });
  });

  it("answers two pipelined TCP queries on one connection", async () => {
    const ids = await new Promise<number[]>((resolve, reject) => {
      const c = net.connect({ host: PROXY, port: dns.port, localAddress: CLIENT_IP }, () => {
        const frames = [good(21), good(22)].map((q) => {
          const len = Buffer.alloc(2);
          len.writeUInt16BE(q.length);
          return Buffer.concat([len, q]);
        });
        c.write(Buffer.concat(frames));
      });
      let buf = Buffer.alloc(0);
      const got: number[] = [];
      c.on("data", (d) => {
        buf = Buffer.concat([buf, d]);
        while (buf.length >= 2 && buf.length >= 2 + buf.readUInt16BE(0)) {
          got.push(buf.readUInt16BE(2));
          buf = buf.subarray(2 + buf.readUInt16BE(0));
        }
        if (got.length === 2) {
          c.destroy();
          resolve(got.sort());
        }
      });
      c.on("error", reject);
    });
    expect(ids).toEqual([21, 22]);
  });
});

describe("DNS proxy with its forwarded queries at the in-flight cap", () => {
  it("drops a UDP query over the cap (counted) and still answers mesh names at once", async () => {
    // An upstream that never answers: forwarded queries stay in flight until the timeout.
    const hole = createSocket("udp4");
    await new Promise<void>((r) => hole.bind(0, "127.153.1.3", () => r()));
    const capped = await startTestDns({
      host: "127.153.1.4",
      upstreams: [{ host: "127.153.1.3", port: hole.address().port }],
      timeoutMs: 3000,
      limits: { maxInflightPerSource: 2 },
    });
    const c = createSocket("udp4");
    await new Promise<void>((r) => c.bind(0, CLIENT_IP, () => r()));
    try {
      const fwd = (id: number) =>
        packet.encode({
          id,
          type: "query",
          flags: packet.RECURSION_DESIRED,
          questions: [{ name: "web.external.test", type: "A" }],
        });
      const got: number[] = [];
      c.on("message", (m) => got.push(m.readUInt16BE(0)));
      for (const id of [31, 32, 33]) c.send(fwd(id), capped.port, "127.153.1.4");
      await new Promise((r) => setTimeout(r, 200));
      const m = (await capped.metrics.registry.getMetricsAsJSON()).find(
        (x) => x.name === "ztunnel_ts_dns_dropped_total",
      );
      expect(m?.values.find((v) => v.labels.reason === "inflight")?.value).toBe(1);
      c.send(good(34), capped.port, "127.153.1.4");
      await new Promise((r) => setTimeout(r, 200));
      expect(got).toEqual([34]);
    } finally {
      c.close();
      await capped.close();
      hole.close();
    }
  });
});
