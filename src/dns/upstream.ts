// Forwarding a query the mesh does not answer: to the upstream resolvers, UDP first and
// TCP when the UDP answer comes back truncated, within one deadline per query
// (ZTS_DNS_UPSTREAM_TIMEOUT, 5 s: hickory's default that ztunnel's forwarder runs with),
// starting at the next upstream each time (spread) and moving on when one fails. Each
// forwarded query gets a fresh socket (random source port) and id, and carries SO_MARK
// 1337 so a pod's own DNS capture rules let it out; in-pod mode makes the socket inside
// the pod's network namespace, as ztunnel's per-pod socket factory does.

import { randomInt } from "node:crypto";
import dgram from "node:dgram";
import net from "node:net";
import type { Addon } from "../balance/addon.ts";
import { logger } from "../log.ts";
import { DnsError } from "./errors.ts";
import { isTruncated, withId } from "./message.ts";
import type { Upstream } from "./resolv-conf.ts";

export const PROXY_MARK = 1337;
/** Largest message read back over TCP (the 16-bit length prefix allows no more anyway). */
const MAX_TCP_MESSAGE = 65535;

export interface ForwarderOptions {
  upstreams: Upstream[];
  timeoutMs: number;
  /** Native addon for marked sockets (and sockets in a pod netns); without it plain sockets, no mark. */
  addon?: Pick<Addon, "listenSocket" | "connectMarked">;
  mark?: number;
}

export interface ForwardResult {
  /** The upstream's answer under the client's id. */
  response: Buffer;
  upstream: Upstream;
  protocol: "udp" | "tcp";
}

export interface Forwarder {
  /** Forwards the client's query bytes; rejects with ZTS_DNS_UPSTREAM when no upstream answered in time. */
  forward(query: Buffer, opts?: { netns?: string }): Promise<ForwardResult>;
}

const isResponseTo = (msg: Buffer, id: number) =>
  msg.length >= 12 && msg.readUInt16BE(0) === id && (msg[2]! & 0x80) !== 0;

export function createForwarder(opts: ForwarderOptions): Forwarder {
  const mark = opts.mark ?? PROXY_MARK;
  let next = 0;
  let warned = false;
  const unmarked = (err: unknown) => {
    const code = (err as { code?: string }).code ?? "";
    if (code !== "EPERM" && code !== "EACCES") return false;
    if (!warned) {
      warned = true;
      logger().warn({ code }, "dns: SO_MARK refused by the kernel; forwarding without the mark");
    }
    return true;
  };

  async function udpSocket(u: Upstream, netns: string | undefined): Promise<dgram.Socket> {
    const type = net.isIPv6(u.host) ? "udp6" : "udp4";
    const sock = dgram.createSocket(type);
    const host = type === "udp6" ? "::" : "0.0.0.0";
    let fd: number | undefined;
    if (opts.addon) {
      try {
        fd = opts.addon.listenSocket({ host, port: 0, udp: true, reusePort: false, mark, netns }).fd;
      } catch (err) {
        if (netns || !unmarked(err)) throw err;
      }
    }
    await new Promise<void>((resolve, reject) => {
      sock.once("error", reject);
      sock.bind(fd === undefined ? { port: 0, address: host } : { fd }, () => {
        sock.off("error", reject);
        resolve();
      });
    });
    return sock;
  }

  function overUdp(u: Upstream, msg: Buffer, id: number, netns: string | undefined, ms: number): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      let sock: dgram.Socket | undefined;
      let done = false;
      const finish = (err: Error | undefined, res?: Buffer) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        sock?.close();
        if (err) reject(err);
        else resolve(res!);
      };
      const timer = setTimeout(() => finish(new DnsError("ZTS_DNS_UPSTREAM", `${u.host}:${u.port} timed out`)), ms);
      udpSocket(u, netns).then((s) => {
        sock = s;
        if (done) return s.close();
        // Connected: only the upstream's datagrams arrive, and ICMP unreachable surfaces as an error.
        s.on("error", (e) => finish(e));
        s.on("message", (m) => {
          if (isResponseTo(m, id)) finish(undefined, m);
        });
        s.connect(u.port, u.host, () => s.send(msg));
      }, finish);
    });
  }

  async function tcpSocket(u: Upstream, netns: string | undefined, ms: number): Promise<net.Socket> {
    if (opts.addon) {
      try {
        const fd = await opts.addon.connectMarked({ host: u.host, port: u.port, mark, netns, timeoutMs: ms });
        return new net.Socket({ fd, readable: true, writable: true });
      } catch (err) {
        if (netns || !unmarked(err)) throw err;
      }
    }
    return new Promise((resolve, reject) => {
      const s = net.connect({ host: u.host, port: u.port });
      s.once("error", reject);
      s.once("connect", () => {
        s.off("error", reject);
        resolve(s);
      });
    });
  }

  function overTcp(u: Upstream, msg: Buffer, id: number, netns: string | undefined, ms: number): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      let sock: net.Socket | undefined;
      let done = false;
      const finish = (err: Error | undefined, res?: Buffer) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        sock?.destroy();
        if (err) reject(err);
        else resolve(res!);
      };
      const timer = setTimeout(() => finish(new DnsError("ZTS_DNS_UPSTREAM", `${u.host}:${u.port} timed out`)), ms);
      tcpSocket(u, netns, ms).then((s) => {
        sock = s;
        if (done) return s.destroy();
        let buf = Buffer.alloc(0);
        s.on("error", (e) => finish(e));
        s.on("close", () => finish(new DnsError("ZTS_DNS_UPSTREAM", `${u.host}:${u.port} closed the TCP connection`)));
        s.on("data", (chunk) => {
          buf = Buffer.concat([buf, chunk]);
          while (buf.length >= 2) {
            const len = buf.readUInt16BE(0);
            if (buf.length < 2 + len) return;
            const m = buf.subarray(2, 2 + len);
            buf = buf.subarray(2 + len);
            if (isResponseTo(m, id)) return finish(undefined, Buffer.from(m));
          }
          if (buf.length > MAX_TCP_MESSAGE + 2) finish(new DnsError("ZTS_DNS_UPSTREAM", "oversized TCP answer"));
        });
        const len = Buffer.alloc(2);
        len.writeUInt16BE(msg.length);
        s.write(Buffer.concat([len, msg]));
      }, finish);
    });
  }

  return {
    async forward(query, fopts = {}) {
      if (opts.upstreams.length === 0) {
        throw new DnsError("ZTS_DNS_NO_UPSTREAM", "no DNS upstream to forward to: set ZTS_DNS_UPSTREAM");
      }
      const clientId = query.readUInt16BE(0);
      const deadline = Date.now() + opts.timeoutMs;
      const n = opts.upstreams.length;
      const start = next;
      next = (next + 1) % n;
      let last: unknown;
      for (let i = 0; i < n; i++) {
        const left = deadline - Date.now();
        if (left <= 0) break;
        const u = opts.upstreams[(start + i) % n]!;
        // Leave the later upstreams their share of what is left.
        const ms = Math.max(1, Math.floor(left / (n - i)));
        const id = randomInt(0, 65536);
        const msg = withId(query, id);
        try {
          const udp = await overUdp(u, msg, id, fopts.netns, ms);
          if (!isTruncated(udp)) return { response: withId(udp, clientId), upstream: u, protocol: "udp" };
          const tcp = await overTcp(u, msg, id, fopts.netns, Math.max(1, deadline - Date.now()));
          return { response: withId(tcp, clientId), upstream: u, protocol: "tcp" };
        } catch (err) {
          last = err;
        }
      }
      throw new DnsError(
        "ZTS_DNS_UPSTREAM",
        `no DNS upstream answered within ${opts.timeoutMs} ms (${opts.upstreams.map((u) => `${u.host}:${u.port}`).join(", ")}): ${(last as Error | undefined)?.message ?? "timed out"}`,
        { cause: last },
      );
    },
  };
}
