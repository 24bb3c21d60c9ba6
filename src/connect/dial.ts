// Outgoing connections of the proxy. Every socket carries SO_MARK 1337 (set natively
// before connect) so the capture rules skip the proxy's own traffic; inbound dials may
// also keep the original client's source address (IP_TRANSPARENT). Where the kernel
// refuses either (no CAP_NET_ADMIN, address not local), fall back to a plain connect and
// say so once: on loopback demos and unprivileged hosts nothing needs the mark.
import net from "node:net";
import type { Addon } from "../balance/addon.ts";
import { attachPool, readsIntoPool } from "../copy/recycled-reads.ts";
import { logger } from "../log.ts";

export const PROXY_MARK = 1337;

export interface DialOptions {
  /** Bind to this local address first (the client's IP, to keep it on inbound). */
  localAddress?: string;
  /** Needed to bind an address that is not local (IP_TRANSPARENT). */
  transparent?: boolean;
  timeoutMs?: number;
  /**
   * In-pod mode: make the socket inside this pod's network namespace (a path), as ztunnel
   * does for a pod's outbound and for inbound dials to it. No fallback without the addon.
   */
  netns?: string;
  /**
   * The socket reads into recycled buffers for the copy stage (copy/recycled-reads.ts) and
   * reads nothing until the copy takes it: for plain sockets whose bytes only the copy
   * consumes — never for one that TLS will wrap.
   */
  pooledReads?: boolean;
}

export type Dial = (host: string, port: number, opts?: DialOptions) => Promise<net.Socket>;

const FALLBACK_CODES = new Set(["EPERM", "EACCES", "EADDRNOTAVAIL", "EINVAL"]);

function plainConnect(host: string, port: number, opts: DialOptions): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const reads = opts.pooledReads ? readsIntoPool() : undefined;
    const s = net.connect({
      host,
      port,
      localAddress: opts.localAddress,
      allowHalfOpen: true,
      noDelay: true,
      timeout: opts.timeoutMs ?? 10_000,
      ...(reads ? { onread: reads.onread, manualStart: true } : {}),
    } as net.NetConnectOpts);
    if (reads) attachPool(s, reads);
    const fail = (e: Error) => {
      s.destroy();
      reject(e);
    };
    s.once("timeout", () => fail(Object.assign(new Error(`connect ${host}:${port} timed out`), { code: "ETIMEDOUT" })));
    s.once("error", fail);
    s.once("connect", () => {
      s.off("error", fail);
      s.setTimeout(0);
      resolve(s);
    });
  });
}

/**
 * Connects a socket the addon prepared (mark, netns, transparent, local address) through
 * Node's own connect on its fd: no threadpool round trip per connection, and no pool thread
 * blocked while the SYN is out. `manualStart` keeps Node from reading the unconnected fd;
 * reading starts at 'connect'.
 */
function connectPrepared(fd: number, host: string, port: number, opts: DialOptions): Promise<net.Socket> {
  const timeoutMs = opts.timeoutMs ?? 10_000;
  return new Promise((resolve, reject) => {
    const s = socketOnFd(fd, opts, true);
    const fail = (e: Error) => {
      s.destroy();
      reject(e);
    };
    s.setTimeout(timeoutMs);
    s.once("timeout", () => fail(Object.assign(new Error(`connect ${host}:${port} timed out`), { code: "ETIMEDOUT" })));
    s.once("error", fail);
    s.connect({ host, port, noDelay: true }, () => {
      s.off("error", fail);
      s.setTimeout(0);
      resolve(s);
    });
  });
}

/** The addon's connect: prepared socket + Node's connect where built, else the pool-thread one. */
async function markedConnect(addon: Addon, host: string, port: number, mark: number, opts: DialOptions) {
  const spec = {
    host,
    port,
    mark,
    localAddress: opts.localAddress,
    transparent: opts.transparent,
    netns: opts.netns,
  };
  if (addon.connectSocket) return connectPrepared(addon.connectSocket(spec), host, port, opts);
  const s = socketOnFd(await addon.connectMarked({ ...spec, timeoutMs: opts.timeoutMs ?? 10_000 }), opts, false);
  s.setNoDelay(true);
  return s;
}

/**
 * A net.Socket on `fd`, reading into recycled buffers when asked. It starts reading at once
 * only if connected and not pooled: an unconnected fd must not be read before 'connect',
 * and a pooled socket is started by the copy stage.
 */
function socketOnFd(fd: number, opts: DialOptions, unconnected: boolean): net.Socket {
  const reads = opts.pooledReads ? readsIntoPool() : undefined;
  const s = new net.Socket({
    fd,
    allowHalfOpen: true,
    manualStart: unconnected || reads !== undefined,
    ...(reads ? { onread: reads.onread } : {}),
  } as net.SocketConstructorOpts);
  if (reads) attachPool(s, reads);
  return s;
}

export function createDial(addon: Addon | undefined, mark = PROXY_MARK): Dial {
  let warned = false;
  return async (host, port, opts = {}) => {
    // Decisions hand the dial an address, never a name: a name here would go to the
    // machine's resolver (net.connect's lookup), which a node proxy must never ask.
    if (net.isIP(host) === 0)
      throw Object.assign(new Error(`dial ${JSON.stringify(host)}: not an IP address`), { code: "EINVAL" });
    if (addon) {
      try {
        return await markedConnect(addon, host, port, mark, opts);
      } catch (err) {
        const code = (err as { code?: string }).code ?? "";
        // A connection from the node's namespace would be a different source: never fall back.
        if (!FALLBACK_CODES.has(code) || opts.netns) throw err;
        if (!warned) {
          warned = true;
          logger().warn({ code, host }, "marked/transparent connect refused by the kernel; dialing without SO_MARK");
        }
      }
    }
    if (opts.netns) throw Object.assign(new Error("dial in a pod netns needs the native addon"), { code: "ENOTSUP" });
    // Without privileges a local source address (loopback meshes) can still be bound; one
    // that is not local cannot, and then the connection leaves from the node's address.
    if (!opts.localAddress) return plainConnect(host, port, opts);
    return plainConnect(host, port, opts).catch((err: { code?: string }) => {
      if (!FALLBACK_CODES.has(err.code ?? "")) throw err;
      return plainConnect(host, port, { ...opts, localAddress: undefined });
    });
  };
}
