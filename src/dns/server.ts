// The DNS proxy's sockets: one UDP socket and one TCP listener per address (node mode:
// ISTIO_META_DNS_PROXY_ADDR; in-pod mode: localhost:15053 inside each pod's netns, where
// istio-cni's rules redirect the pod's port 53). Sockets in a pod netns come from the
// native addon (setns on a helper thread); the event loop that serves them is this one.
// TCP: 2-byte length-prefixed messages, several per connection, answered as they
// complete; a connection idle for 5 s (ztunnel's TCP request timeout), one announcing a
// query over 4 KiB, or one beyond the connection cap is closed.
import dgram from "node:dgram";
import net from "node:net";
import type { Addon } from "../balance/addon.ts";
import { DnsError } from "./errors.ts";
import type { DnsHandler } from "./handler.ts";
import type { DnsMetrics } from "./metrics.ts";

export const TCP_IDLE_MS = 5000;
const UDP_RECV_BUFFER = 4 << 20;
/** Datagrams waiting per client address; more are dropped. */
const UDP_QUEUE_PER_SOURCE = 64;
/** Queries started per turn of the event loop before reading more datagrams. */
const UDP_BATCH = 32;
/** A query is a question plus EDNS options: far below this. */
export const MAX_TCP_QUERY = 4096;

export interface DnsListenSpec {
  host: string;
  port: number;
  /** Network namespace (path) to open the sockets in; needs the addon. */
  netns?: string;
  reusePort?: boolean;
}

export interface DnsServer {
  /** Bound addresses (port 0 resolved). */
  addresses(): { udp: { address: string; port: number }[]; tcp: { address: string; port: number }[] };
  close(): Promise<void>;
}

export interface DnsServerOptions {
  handler: DnsHandler;
  metrics: DnsMetrics;
  /** Native sockets (needed in a pod netns) and batched UDP sends (sendmmsg). */
  addon?: Pick<Addon, "listenSocket"> & Partial<Pick<Addon, "sendBatch">>;
  maxTcpConnections?: number;
  tcpIdleMs?: number;
}

/** The bound UDP socket, and its fd when the addon made it (replies then go out in batches). */
function udpSocket(
  spec: DnsListenSpec,
  addon: DnsServerOptions["addon"],
): Promise<{ sock: dgram.Socket; fd?: number }> {
  const sock = dgram.createSocket({ type: net.isIPv6(spec.host) ? "udp6" : "udp4", reuseAddr: false });
  return new Promise((resolve, reject) => {
    sock.once("error", reject);
    let fd: number | undefined;
    const done = () => {
      sock.off("error", reject);
      resolve(fd === undefined ? { sock } : { sock, fd });
    };
    if (addon) {
      fd = addon.listenSocket({
        host: spec.host,
        port: spec.port,
        udp: true,
        reusePort: spec.reusePort ?? false,
        netns: spec.netns,
      }).fd;
      sock.bind({ fd }, done);
    } else {
      sock.bind({ port: spec.port, address: spec.host, exclusive: true }, done);
    }
  });
}

function tcpServer(spec: DnsListenSpec, addon: DnsServerOptions["addon"], onConn: (s: net.Socket) => void) {
  const server = net.createServer({ allowHalfOpen: false }, onConn);
  return new Promise<net.Server>((resolve, reject) => {
    server.once("error", reject);
    const done = () => {
      server.off("error", reject);
      resolve(server);
    };
    if (addon && (spec.netns || spec.reusePort)) {
      const { fd } = addon.listenSocket({
        host: spec.host,
        port: spec.port,
        reusePort: spec.reusePort ?? false,
        netns: spec.netns,
      });
      server.listen({ fd }, done);
    } else {
      server.listen({ port: spec.port, host: spec.host, exclusive: true }, done);
    }
  });
}

/** Opens the sockets for every spec (all or none) and serves them with `handler`. */
export async function startDnsServer(specs: DnsListenSpec[], opts: DnsServerOptions): Promise<DnsServer> {
  const maxConns = opts.maxTcpConnections ?? 512;
  const idleMs = opts.tcpIdleMs ?? TCP_IDLE_MS;
  const udps: dgram.Socket[] = [];
  const tcps: net.Server[] = [];
  const conns = new Set<net.Socket>();

  // UDP scheduling: datagrams are taken off the socket at once (so the kernel buffer,
  // shared by every client, does not overflow and drop at random) into a short queue per
  // client address, served round robin; a client whose queue is full loses its newest
  // datagrams (counted, "overload"). A flooding pod then slows only itself.
  type Item = { sock: dgram.Socket; fd: number | undefined; msg: Buffer; port: number; address: string };
  // Replies of one loop turn leave in one sendmmsg per socket (a libuv send per datagram
  // costs more than answering it); whatever the kernel refuses goes the ordinary way.
  const sendBatch = opts.addon?.sendBatch;
  let outbox: { it: Item; out: Buffer }[] = [];
  const flush = () => {
    const all = outbox;
    outbox = [];
    const byFd = new Map<number, { it: Item; out: Buffer }[]>();
    for (const o of all) {
      const list = byFd.get(o.it.fd!);
      if (list) list.push(o);
      else byFd.set(o.it.fd!, [o]);
    }
    for (const [fd, list] of byFd) {
      for (let i = 0; i < list.length; i += 64) {
        const chunk = list.slice(i, i + 64);
        let sent = 0;
        try {
          sent = sendBatch!(
            fd,
            chunk.map((o) => o.out),
            chunk.map((o) => o.it.address),
            chunk.map((o) => o.it.port),
          );
        } catch {
          sent = 0;
        }
        for (const o of chunk.slice(sent)) o.it.sock.send(o.out, o.it.port, o.it.address);
      }
    }
  };
  const send = (it: Item, out: Buffer) => {
    if (it.fd === undefined || !sendBatch) {
      it.sock.send(out, it.port, it.address);
      return;
    }
    // At the end of this loop turn: replies of every datagram read in it share one sendmmsg
    // (a microtask would flush after each datagram's callback, one by one).
    if (outbox.length === 0) setImmediate(flush);
    outbox.push({ it, out });
  };
  const queues = new Map<string, Item[]>();
  let draining = false;
  const serveOne = (it: Item) =>
    opts.handler(it.msg, "udp", it.address).then(
      (out) => {
        if (out) send(it, out);
      },
      () => undefined,
    );
  // Inline answers per turn of the loop are capped like a drain batch; beyond, queue.
  let inline = 0;
  const resetInline = () => {
    inline = 0;
  };
  const drain = () => {
    draining = false;
    let budget = UDP_BATCH;
    while (budget > 0 && queues.size > 0) {
      for (const [address, q] of queues) {
        const it = q.shift()!;
        if (q.length === 0) queues.delete(address);
        budget--;
        serveOne(it);
        if (budget === 0) break;
      }
    }
    if (queues.size > 0 && !draining) {
      draining = true;
      setImmediate(drain);
    }
  };
  const serveUdp = (sock: dgram.Socket, fd: number | undefined) => {
    // Room for a burst before the kernel drops datagrams (capped by net.core.rmem_max).
    try {
      sock.setRecvBufferSize(UDP_RECV_BUFFER);
    } catch {
      // keep the default size
    }
    sock.on("message", (msg, rinfo) => {
      // Nothing waiting: answer now (no extra turn of the loop for the common case).
      if (!draining && queues.size === 0 && inline < UDP_BATCH) {
        inline++;
        if (inline === 1) setImmediate(resetInline);
        serveOne({ sock, fd, msg, port: rinfo.port, address: rinfo.address });
        return;
      }
      let q = queues.get(rinfo.address);
      if (!q) {
        q = [];
        queues.set(rinfo.address, q);
      } else if (q.length >= UDP_QUEUE_PER_SOURCE) {
        opts.metrics.dropped("overload");
        return;
      }
      q.push({ sock, fd, msg, port: rinfo.port, address: rinfo.address });
      if (!draining) {
        draining = true;
        setImmediate(drain);
      }
    });
    // A send error (client gone) must not end the socket.
    sock.on("error", () => undefined);
  };

  const serveTcp = (s: net.Socket) => {
    if (conns.size >= maxConns) {
      opts.metrics.dropped("tcp_connections");
      s.destroy();
      return;
    }
    conns.add(s);
    const address = s.remoteAddress ?? "";
    let buf = Buffer.alloc(0);
    s.setTimeout(idleMs, () => s.destroy());
    s.on("error", () => undefined);
    s.on("close", () => conns.delete(s));
    s.on("data", (chunk) => {
      buf = buf.length === 0 ? chunk : Buffer.concat([buf, chunk]);
      while (buf.length >= 2) {
        const len = buf.readUInt16BE(0);
        if (len === 0 || len > MAX_TCP_QUERY) {
          opts.metrics.dropped("tcp_oversized");
          s.destroy();
          return;
        }
        if (buf.length < 2 + len) return;
        const msg = Buffer.from(buf.subarray(2, 2 + len));
        buf = buf.subarray(2 + len);
        opts.handler(msg, "tcp", address).then(
          (out) => {
            if (!out || s.destroyed) return;
            const head = Buffer.alloc(2);
            head.writeUInt16BE(out.length);
            s.write(Buffer.concat([head, out]));
          },
          () => undefined,
        );
      }
    });
  };

  try {
    for (const spec of specs) {
      const { sock: u, fd } = await udpSocket(spec, opts.addon);
      udps.push(u);
      serveUdp(u, fd);
      // Port 0: TCP takes the port UDP got (clients retry over TCP on the same port).
      tcps.push(await tcpServer({ ...spec, port: u.address().port }, opts.addon, serveTcp));
    }
  } catch (err) {
    for (const u of udps) u.close();
    for (const t of tcps) t.close();
    const where = specs.map((s) => `${s.host}:${s.port}`).join(", ");
    throw new DnsError("ZTS_DNS_BIND", `DNS proxy could not listen on ${where}: ${(err as Error).message}`, {
      cause: err,
    });
  }

  return {
    addresses: () => ({
      udp: udps.map((u) => ({ address: u.address().address, port: u.address().port })),
      tcp: tcps.map((t) => {
        const a = t.address() as net.AddressInfo;
        return { address: a.address, port: a.port };
      }),
    }),
    close: async () => {
      for (const c of conns) c.destroy();
      await Promise.all([
        ...udps.map((u) => new Promise<void>((r) => u.close(() => r()))),
        ...tcps.map((t) => new Promise<void>((r) => t.close(() => r()))),
      ]);
    },
  };
}
