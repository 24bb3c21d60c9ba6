// SOCKS5 (RFC 1928) front end for the outbound path: CONNECT with no authentication,
// IPv4 / IPv6 / domain-name destinations. Only the protocol lives here; where the
// connection goes (mesh hostname lookup, selection, tunnel) is the caller's `open`.
// Every bad request gets the RFC's reply code before the socket closes, never a crash.
import type { Socket } from "node:net";
import { ZtsError } from "../errors.ts";
import { canonicalIp, canonicalIpBytes, ipToBytes } from "../state/ip.ts";

export class Socks5Error extends ZtsError {
  /** RFC 1928 reply code sent to the client (0xff = "no acceptable methods" in the greeting). */
  readonly reply: number;

  constructor(code: string, reply: number, message: string) {
    super(code, message);
    this.reply = reply;
  }
}

export const REPLY = {
  succeeded: 0x00,
  generalFailure: 0x01,
  notAllowed: 0x02,
  networkUnreachable: 0x03,
  hostUnreachable: 0x04,
  connectionRefused: 0x05,
  commandNotSupported: 0x07,
  addressTypeNotSupported: 0x08,
} as const;

export type Socks5Destination = { ip: string; port: number } | { hostname: string; port: number };

const GREETING_TIMEOUT_MS = 10_000;

/** Reads exactly n bytes, resolving with them; rejects on end/close before that. */
function reader(socket: Socket) {
  let buf: Buffer = Buffer.alloc(0);
  let waiting: { n: number; resolve: (b: Buffer) => void; reject: (e: Error) => void } | undefined;
  let ended = false;
  const pump = () => {
    if (!waiting) return;
    if (buf.length >= waiting.n) {
      const out = buf.subarray(0, waiting.n);
      buf = buf.subarray(waiting.n);
      const w = waiting;
      waiting = undefined;
      w.resolve(out);
    } else if (ended) {
      const w = waiting;
      waiting = undefined;
      w.reject(new Socks5Error("ZTS_SOCKS5_TRUNCATED", REPLY.generalFailure, "request truncated"));
    }
  };
  const onData = (d: Buffer) => {
    buf = buf.length ? Buffer.concat([buf, d]) : d;
    pump();
  };
  const onEnd = () => {
    ended = true;
    pump();
  };
  socket.on("data", onData);
  socket.on("end", onEnd);
  socket.on("close", onEnd);
  return {
    read: (n: number) =>
      new Promise<Buffer>((resolve, reject) => {
        waiting = { n, resolve, reject };
        pump();
      }),
    /** Stops reading and returns bytes that arrived after the request (early payload). */
    release: () => {
      socket.off("data", onData);
      socket.off("end", onEnd);
      socket.off("close", onEnd);
      socket.pause();
      return buf;
    },
  };
}

/**
 * Runs the SOCKS5 handshake on `socket`. Resolves with the requested destination and
 * any payload bytes the client already sent; the caller then calls `succeed` or `fail`.
 */
export async function readSocks5Request(socket: Socket): Promise<{ dest: Socks5Destination; early: Buffer }> {
  const r = reader(socket);
  const timer = setTimeout(() => socket.destroy(), GREETING_TIMEOUT_MS);
  try {
    const [ver, nMethods] = await r.read(2);
    if (ver !== 5) throw new Socks5Error("ZTS_SOCKS5_VERSION", 0xff, `unsupported SOCKS version ${ver}`);
    if (!nMethods) throw new Socks5Error("ZTS_SOCKS5_NO_METHODS", 0xff, "greeting lists no methods");
    const methods = await r.read(nMethods);
    if (!methods.includes(0)) throw new Socks5Error("ZTS_SOCKS5_METHOD", 0xff, "only 'no authentication' is supported");
    socket.write(Buffer.from([5, 0]));
    const [v2, cmd, , atyp] = await r.read(4);
    if (v2 !== 5) throw new Socks5Error("ZTS_SOCKS5_VERSION", REPLY.generalFailure, `unsupported SOCKS version ${v2}`);
    if (cmd !== 1) {
      throw new Socks5Error(
        "ZTS_SOCKS5_COMMAND",
        REPLY.commandNotSupported,
        `command ${cmd} not supported (CONNECT only)`,
      );
    }
    let dest: Socks5Destination;
    if (atyp === 1 || atyp === 4) {
      // Canonical (a mapped ::ffff:a.b.c.d is the IPv4 address): the mesh lookup must see
      // the spelling the state holds, or a pod's address would pass for one outside the mesh.
      const ip = canonicalIpBytes(await r.read(atyp === 1 ? 4 : 16))!;
      dest = { ip, port: (await r.read(2)).readUInt16BE(0) };
    } else if (atyp === 3) {
      const [len] = await r.read(1);
      const hostname = (await r.read(len!)).toString("utf8");
      if (!len || !/^[A-Za-z0-9.-]+$/.test(hostname)) {
        throw new Socks5Error("ZTS_SOCKS5_HOSTNAME", REPLY.hostUnreachable, `bad hostname ${JSON.stringify(hostname)}`);
      }
      const port = (await r.read(2)).readUInt16BE(0);
      // An address literal sent as a name (curl --socks5-hostname http://10.0.0.1/) is that address.
      const literal = canonicalIp(hostname);
      dest = literal ? { ip: literal, port } : { hostname: hostname.toLowerCase(), port };
    } else {
      throw new Socks5Error("ZTS_SOCKS5_ADDRESS_TYPE", REPLY.addressTypeNotSupported, `address type ${atyp}`);
    }
    return { dest, early: r.release() };
  } catch (err) {
    r.release();
    if (err instanceof Socks5Error) fail(socket, err.reply);
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

function replyBytes(code: number, bound?: { ip: string; port: number }): Buffer {
  const addr = (bound && ipToBytes(bound.ip)) ?? new Uint8Array(4);
  const out = Buffer.alloc(6 + addr.length);
  out[0] = 5;
  out[1] = code;
  out[3] = addr.length === 16 ? 4 : 1;
  out.set(addr, 4);
  out.writeUInt16BE(bound?.port ?? 0, 4 + addr.length);
  return out;
}

/** Tells the client the connection is up; bytes then flow both ways. */
export function succeed(socket: Socket, bound?: { ip: string; port: number }): void {
  socket.write(replyBytes(REPLY.succeeded, bound));
}

/**
 * Sends an error reply (or the greeting's 0xff) and closes the socket. Closed, not just
 * half-closed: a client that never closes its side would otherwise hold the socket (and an
 * fd) for as long as it likes. What the client still sends is read and dropped meanwhile,
 * so closing does not turn unread bytes into a reset that could discard the reply.
 */
export function fail(socket: Socket, reply: number): void {
  if (socket.destroyed) return;
  socket.on("data", () => {});
  socket.resume();
  socket.end(reply === 0xff ? Buffer.from([5, 0xff]) : replyBytes(reply), () => socket.destroy());
}
