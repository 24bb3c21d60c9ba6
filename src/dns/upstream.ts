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
const CHANNELS_PER_UPSTREAM = 4;
const CHANNEL_USES = 10_000;
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
  /** Closes the pooled UDP sockets (of one netns, or all). */
  close(netns?: string): void;
}

/** End offset of the (single, uncompressed) question of a query we forward; -1 if malformed. */
function questionEnd(msg: Buffer): number {
  let i = 12;
  while (i < msg.length && msg[i] !== 0) {
    if ((msg[i]! & 0xc0) !== 0) return -1;
    i += msg[i]! + 1;
  }
  return i + 5 <= msg.length ? i + 5 : -1;
}

/** The answer repeats our question byte for byte (case included): not a stray or spoofed reply. */
function sameQuestion(query: Buffer, answer: Buffer): boolean {
  const end = questionEnd(query);
  return end > 0 && answer.length >= end && query.compare(answer, 12, end, 12, end) === 0;
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

  // UDP channels: a few connected, marked sockets per (netns, upstream), each carrying
  // many queries told apart by id (as dnsmasq and unbound do) — a socket per query costs
  // more than the query. A channel retires after CHANNEL_USES queries (fresh source
  // ports), closing once its last query is answered; a socket error (ICMP unreachable)
  // fails the queries it carries and drops the channel.
  interface Channel {
    sock: dgram.Socket;
    closed: boolean;
    pending: Map<number, (err: Error | undefined, m?: Buffer) => void>;
    uses: number;
  }
  const channels = new Map<string, Promise<Channel>[]>();
  const closeChannel = (ch: Channel) => {
    if (ch.closed) return;
    ch.closed = true;
    ch.sock.close();
  };
  let pick = 0;

  function openChannel(key: string, u: Upstream, netns: string | undefined): Promise<Channel> {
    const made = udpSocket(u, netns).then(
      (sock) =>
        new Promise<Channel>((resolve, reject) => {
          const ch: Channel = { sock, closed: false, pending: new Map(), uses: 0 };
          try {
            sock.setRecvBufferSize(1 << 20);
          } catch {
            // keep the default size
          }
          const drop = (err: Error) => {
            const list = channels.get(key);
            if (list?.includes(made)) list.splice(list.indexOf(made), 1);
            for (const done of [...ch.pending.values()]) done(err);
            ch.pending.clear();
            closeChannel(ch);
          };
          sock.on("error", drop);
          sock.on("message", (m) => {
            if (m.length < 12 || (m[2]! & 0x80) === 0) return;
            const done = ch.pending.get(m.readUInt16BE(0));
            done?.(undefined, m);
          });
          sock.once("connect", () => resolve(ch));
          try {
            sock.connect(u.port, u.host);
          } catch (err) {
            sock.close();
            reject(err);
          }
        }),
    );
    made.catch(() => {
      const list = channels.get(key);
      if (list?.includes(made)) list.splice(list.indexOf(made), 1);
    });
    return made;
  }

  function channelFor(u: Upstream, netns: string | undefined): Promise<Channel> {
    const key = `${netns ?? ""}|${u.host}|${u.port}`;
    let list = channels.get(key);
    if (!list) {
      list = [];
      channels.set(key, list);
    }
    if (list.length < CHANNELS_PER_UPSTREAM) {
      const ch = openChannel(key, u, netns);
      list.push(ch);
      return ch;
    }
    return list[pick++ % list.length]!;
  }

  async function overUdp(u: Upstream, msg: Buffer, netns: string | undefined, ms: number): Promise<Buffer> {
    const chp = channelFor(u, netns);
    const ch = await chp;
    // Dropped (socket error) while this query waited for it: fail over to the next upstream.
    if (ch.closed) throw new DnsError("ZTS_DNS_UPSTREAM", `${u.host}:${u.port}: socket closed`);
    let id = randomInt(0, 65536);
    while (ch.pending.has(id)) id = randomInt(0, 65536);
    if (++ch.uses >= CHANNEL_USES) {
      // Retire: no new queries; closed when the last one is answered.
      const key = `${netns ?? ""}|${u.host}|${u.port}`;
      const list = channels.get(key);
      if (list?.includes(chp)) list.splice(list.indexOf(chp), 1);
    }
    return new Promise((resolve, reject) => {
      const finish = (err: Error | undefined, m?: Buffer) => {
        clearTimeout(timer);
        ch.pending.delete(id);
        if (ch.uses >= CHANNEL_USES && ch.pending.size === 0) closeChannel(ch);
        if (err) reject(err);
        else resolve(m!);
      };
      const timer = setTimeout(() => finish(new DnsError("ZTS_DNS_UPSTREAM", `${u.host}:${u.port} timed out`)), ms);
      ch.pending.set(id, (err, m) => {
        if (m && !sameQuestion(msg, m)) return; // keep waiting for the real answer
        finish(err, m);
      });
      ch.sock.send(withId(msg, id), (err) => {
        if (err) finish(err);
      });
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
    close(netns) {
      for (const [key, list] of channels) {
        if (netns !== undefined && !key.startsWith(`${netns}|`)) continue;
        channels.delete(key);
        for (const chp of list) chp.then(closeChannel, () => undefined);
      }
    },
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
        try {
          const udp = await overUdp(u, query, fopts.netns, ms);
          if (!isTruncated(udp)) return { response: withId(udp, clientId), upstream: u, protocol: "udp" };
          const id = randomInt(0, 65536);
          const tcp = await overTcp(u, withId(query, id), id, fopts.netns, Math.max(1, deadline - Date.now()));
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
