// The demo's waypoint stand-in: what a waypoint does at L4, written against the wire with
// node:http2 + TLS (none of the proxy's own tunnel code). It terminates the HBONE
// connections node proxies open to it (mutual TLS as its own identity, CONNECT to a
// service VIP:port), picks one of that service's ready endpoints round robin, opens its own
// HBONE connection to it (or plain TCP to an endpoint outside the mesh), and adds an
// `x-waypoint: <namespace>/<name>` header to an HTTP/1 reply, so a user's curl shows the
// request went through it. No L7 policy or routing: a stand-in, not Envoy.
import http2, { type ClientHttp2Session, type ServerHttp2Stream } from "node:http2";
import { connect as netConnect } from "node:net";
import { type Duplex, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { type PeerCertificate, connect as tlsConnect } from "node:tls";
import { uriSans } from "../identity/pem.ts";
import { joinHostPort } from "../state/ip.ts";
import type { WaypointEndpoint } from "./plan.ts";

export const WAYPOINT_HEADER = "x-waypoint";
const HBONE_PORT = 15008;
/** How much of a reply is read looking for the status line before it is passed on as is. */
const STATUS_LINE_MAX = 8192;

export interface WaypointOptions {
  /** namespace/name of the Gateway: the header's value. */
  name: string;
  address: string;
  port: number;
  keyPem: string;
  /** Leaf first. */
  chainPem: string[];
  rootsPem: string;
  /** "vip:port" → the endpoints behind it. */
  routes: Map<string, WaypointEndpoint[]>;
}

export interface WaypointServer {
  /** A renewed certificate: new connections, both ways, present it. */
  setCert(keyPem: string, chainPem: string[]): void;
  close(): Promise<void>;
}

/** Inserts `name: value` after an HTTP/1 status line; anything else passes through unchanged. */
export function headerAdder(name: string, value: string): Transform {
  let held: Buffer | undefined = Buffer.alloc(0);
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      if (!held) return done(null, chunk);
      const buf = Buffer.concat([held, chunk]);
      const eol = buf.indexOf("\r\n");
      if (eol < 0 && buf.length < STATUS_LINE_MAX) {
        held = buf;
        return done();
      }
      held = undefined;
      if (eol < 0 || !buf.subarray(0, 7).equals(Buffer.from("HTTP/1."))) return done(null, buf);
      done(
        null,
        Buffer.concat([buf.subarray(0, eol + 2), Buffer.from(`${name}: ${value}\r\n`), buf.subarray(eol + 2)]),
      );
    },
    flush(done) {
      done(null, held && held.length > 0 ? held : undefined);
    },
  });
}

export function startWaypoint(opts: WaypointOptions): Promise<WaypointServer> {
  const next = new Map<string, number>();
  const sessions = new Set<ClientHttp2Session | http2.ServerHttp2Session>();
  const streams = new Set<Duplex>();
  let tls = { key: opts.keyPem, cert: opts.chainPem.join(""), ca: opts.rootsPem };

  /** An HBONE CONNECT to the endpoint's :15008, verifying it presents the endpoint's identity. */
  const hbone = (ep: WaypointEndpoint & { identity: string }): Promise<Duplex> =>
    new Promise((resolve, reject) => {
      const session = http2.connect(`https://${joinHostPort(ep.ip, HBONE_PORT)}`, {
        createConnection: () =>
          tlsConnect({
            ...tls,
            // From the waypoint pod's own address, so the endpoint's proxy sees who called.
            socket: netConnect({ host: ep.ip, port: HBONE_PORT, localAddress: opts.address }),
            ALPNProtocols: ["h2"],
            // Mesh certificates name SPIFFE ids, not hosts: check the id, as a waypoint does.
            checkServerIdentity: (_host: string, cert: PeerCertificate) =>
              uriSans(cert).includes(ep.identity) ? undefined : new Error(`peer is not ${ep.identity}`),
          }),
      });
      sessions.add(session);
      session.once("close", () => sessions.delete(session));
      session.once("error", reject);
      const up = session.request(
        { ":method": "CONNECT", ":authority": joinHostPort(ep.ip, ep.port) },
        { endStream: false },
      );
      up.once("response", (h) => {
        if (h[":status"] === 200) resolve(up);
        else reject(new Error(`${ep.ip}:${HBONE_PORT} answered ${h[":status"]}`));
      });
      up.once("error", reject);
      // One session per connection: it goes when its stream does.
      up.once("close", () => session.close());
    });

  const tcp = (ep: WaypointEndpoint): Promise<Duplex> =>
    new Promise((resolve, reject) => {
      const s = netConnect({ host: ep.ip, port: ep.port, localAddress: opts.address }, () => resolve(s));
      s.once("error", reject);
    });

  const onStream = (stream: ServerHttp2Stream, headers: http2.IncomingHttpHeaders) => {
    streams.add(stream);
    stream.once("close", () => streams.delete(stream));
    stream.on("error", () => stream.destroy());
    const authority = headers[":authority"] ?? "";
    if (headers[":method"] !== "CONNECT") {
      stream.respond({ ":status": 405 }, { endStream: true });
      return;
    }
    const eps = opts.routes.get(authority) ?? [];
    if (eps.length === 0) {
      // Envoy's answer for a destination without a healthy upstream.
      stream.respond({ ":status": 503 }, { endStream: true });
      return;
    }
    const i = next.get(authority) ?? 0;
    next.set(authority, i + 1);
    const ep = eps[i % eps.length]!;
    const open = ep.identity ? hbone({ ...ep, identity: ep.identity }) : tcp(ep);
    open.then(
      (up) => {
        streams.add(up);
        up.once("close", () => streams.delete(up));
        if (stream.destroyed) return void up.destroy();
        stream.respond({ ":status": 200 });
        const done = () => {
          stream.destroy();
          up.destroy();
        };
        pipeline(stream, up).catch(done);
        pipeline(up, headerAdder(WAYPOINT_HEADER, opts.name), stream).catch(done);
      },
      () => {
        if (!stream.destroyed) stream.respond({ ":status": 503 }, { endStream: true });
      },
    );
  };

  const server = http2.createSecureServer({
    ...tls,
    requestCert: true,
    rejectUnauthorized: true,
    ALPNProtocols: ["h2"],
  });
  server.on("stream", onStream);
  // Node proxies keep their HBONE sessions open for reuse: closing must end them.
  server.on("session", (s) => {
    sessions.add(s);
    s.once("close", () => sessions.delete(s));
  });
  server.on("sessionError", () => {});
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.address, () => {
      server.off("error", reject);
      resolve({
        setCert(keyPem, chainPem) {
          tls = { ...tls, key: keyPem, cert: chainPem.join("") };
          server.setSecureContext(tls);
        },
        close: () =>
          new Promise((r) => {
            server.close(() => r());
            for (const s of streams) s.destroy();
            for (const s of sessions) s.destroy();
          }),
      });
    });
  });
}
