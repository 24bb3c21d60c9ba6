// The outbound path a pod's traffic meets (captured on :15001, or asked for over SOCKS5):
//   who is the source (a workload on this node) → where does it want to go (service VIP,
//   service hostname, workload IP, or outside the mesh) → select the upstream → open it
//   (HBONE to the destination pod's :15008, plain TCP for non-mesh workloads, or straight
//   through for PASSTHROUGH / unknown addresses) → copy both ways → log and count.
import type { Socket } from "node:net";
import type { Duplex } from "node:stream";
import { type ResponseFlag, tcpLabels } from "../admin/metrics.ts";
import { releaseLoad } from "../select/least-conn.ts";
import { type Destination, type Pick, SelectError, type SelectOptions, select } from "../select/select.ts";
import { canonicalIp, canonicalOrEmpty, joinHostPort } from "../state/ip.ts";
import type { Service, Workload } from "../state/types.ts";
import { logAccess } from "./access-log.ts";
import { identityOf, localWorkload, type ProxyContext, refuse } from "./context.ts";
import { copyBidirectional } from "./copy.ts";
import { CERT_WAIT_MS, WORKLOAD_WAIT_MS } from "./waiters.ts";

/** HBONE's port on every mesh pod (SPEC.md §3). */
export const HBONE_PORT = 15008;

/** How the front end (capture or SOCKS5) is told the outcome before bytes flow. */
export interface OutboundFrontEnd {
  /** Upstream is open: bytes may flow (SOCKS5 sends its success reply here). */
  ready(upstream: Duplex): void;
  /** No connection: SOCKS5 replies with its code, capture resets. */
  failed(reason: OutboundFailure): void;
}

export type OutboundFailure =
  | "unknown-source"
  | "no-upstream"
  | "strict-no-match"
  | "unknown-host"
  | "connect-failed"
  | "no-certificate"
  | "passthrough-denied";

/** ZTS_PASSTHROUGH: may traffic leave the mesh to `ip`? (`loopback` keeps demos on the machine.) */
export function passthroughAllowed(policy: "all" | "loopback" | "none", ip: string): boolean {
  if (policy === "all") return true;
  if (policy === "none") return false;
  return ip === "::1" || /^127\./.test(ip) || /^::ffff:127\./.test(ip);
}

interface Upstream {
  stream: Duplex;
  workload?: Workload | undefined;
  service?: Service | undefined;
  identity?: string | undefined;
  hbone?: string | undefined;
  mtls: boolean;
  addr: string;
}

function failureOf(err: SelectError): OutboundFailure {
  if (err.code === "ZTS_STRICT_NO_MATCH") return "strict-no-match";
  if (err.code === "ZTS_SELECT_UNKNOWN_DESTINATION") return "unknown-host";
  return "no-upstream";
}

/** A selection result, or straight through to an address outside the mesh. */
type Route =
  | Pick
  | { via: "passthrough"; address: { ip: string; port: number }; workload?: undefined; service?: undefined };

async function openUpstream(
  ctx: ProxyContext,
  source: Workload,
  pick: Route,
  dest: Destination,
  netns: string | undefined,
  gone: AbortSignal,
): Promise<Upstream> {
  const addr = `${pick.address.ip}:${pick.address.port}`;
  const target = pick.workload;
  const opts = netns ? { netns } : undefined;
  if (!tunnels(pick) || !target) {
    const stream = await ctx.dial(pick.address.ip, pick.address.port, opts);
    return { stream, workload: target, service: pick.service, mtls: false, addr };
  }
  const srcIdentity = identityOf(source);
  // A new pod's certificate may still be with the CA: wait for it, as ztunnel's fetch does.
  if (
    !ctx.certs.has(srcIdentity) &&
    !(await ctx.waiters?.waitFor(() => ctx.certs.get(srcIdentity), CERT_WAIT_MS, gone))
  ) {
    throw Object.assign(new Error(`no certificate yet for ${srcIdentity}`), { failure: "no-certificate" });
  }
  const dstIdentity = identityOf(target);
  // A waypoint gets the original destination as authority and is reached on its HBONE port.
  const viaWaypoint = pick.via === "waypoint";
  const hboneAddr = { host: pick.address.ip, port: viaWaypoint ? pick.address.port : HBONE_PORT };
  const authority =
    viaWaypoint && "ip" in dest ? joinHostPort(dest.ip, dest.port) : joinHostPort(pick.address.ip, pick.address.port);
  const stream = await ctx.hbone.connect({
    srcIdentity,
    dstIdentities: [dstIdentity, ...(pick.service?.subjectAltNames ?? [])],
    dstAddr: hboneAddr,
    srcIp: source.workloadIps[0] ?? "",
    authority,
  });
  return {
    stream,
    workload: target,
    service: pick.service,
    identity: dstIdentity,
    hbone: joinHostPort(hboneAddr.host, hboneAddr.port),
    mtls: true,
    addr: authority,
  };
}

/** Whether the route leaves over HBONE (mutual TLS): what openUpstream dials and the metrics say. */
function tunnels(pick: Route): boolean {
  if (pick.via === "passthrough" || !pick.workload) return false;
  return pick.via === "waypoint" || pick.workload.protocol === "HBONE";
}

/** ztunnel's response flag for an upstream that could not be opened. */
export function responseFlagOf(code: string | undefined, failure?: OutboundFailure): ResponseFlag {
  if (failure === "no-certificate" || code === "ZTS_HBONE_NO_CERT") return "IDENTITY_ERROR";
  // ztunnel verifies the peer's SAN inside the TLS handshake, so a wrong identity is a TLS failure there too.
  if (code === "ZTS_HBONE_TLS" || code === "ZTS_HBONE_PEER_IDENTITY") return "TLS_FAILURE";
  if (code === "ZTS_HBONE_PROTOCOL") return "H2_HANDSHAKE_FAILURE";
  return "CONNECT";
}

/**
 * Proxies `client` to `dest`. Never throws: every failure is answered through `front`,
 * counted and logged. `netns` (in-pod mode): plain TCP upstreams are dialed from inside the
 * source pod's netns (HBONE's dialer finds it by the source IP, see pod-netns.ts).
 */
export async function proxyOutbound(
  ctx: ProxyContext,
  client: Socket,
  dest: Destination,
  front: OutboundFrontEnd,
  opts: { netns?: string | undefined } = {},
): Promise<void> {
  const startedAt = Date.now();
  // Every front end canonicalizes already; this is the one door they all pass, so a new
  // front end cannot hand over a spelling (e.g. ::ffff:a.b.c.d) the mesh lookup misses.
  if ("ip" in dest) dest = { ip: canonicalIp(dest.ip) ?? dest.ip, port: dest.port };
  const srcAddr = `${canonicalOrEmpty(client.remoteAddress)}:${client.remotePort}`;
  const dstText = "ip" in dest ? joinHostPort(dest.ip, dest.port) : `${dest.hostname}:${dest.port}`;
  // Ends the waits below when the client goes away meanwhile.
  const gone = new AbortController();
  const onClose = () => gone.abort();
  client.once("close", onClose);
  let source = localWorkload(ctx, client.remoteAddress ?? "");
  const fail = (reason: OutboundFailure, error: string, extra: { service?: Service } = {}) => {
    client.off("close", onClose);
    refuse(ctx, reason);
    front.failed(reason);
    logAccess(ctx.accessLog, {
      direction: "outbound",
      src: { addr: srcAddr, workload: source },
      dst: { addr: dstText },
      service: extra.service,
      bytesSent: 0,
      bytesReceived: 0,
      startedAt,
      error,
    });
  };
  // A pod's first connection can beat xDS to the proxy: wait for its workload, as ztunnel's
  // wait_for_workload does, then refuse with ztunnel's reason.
  source ??= await ctx.waiters?.waitFor(
    () => localWorkload(ctx, client.remoteAddress ?? ""),
    WORKLOAD_WAIT_MS,
    gone.signal,
  );
  if (!source) {
    return fail(
      "unknown-source",
      `failed to fetch information about local workload: ${srcAddr} is not a workload on this node`,
    );
  }

  const sel: SelectOptions = { lb: ctx.config.lb, loads: ctx.loads, ledger: ctx.loadLedger };
  const selected = select(dest, source, ctx.state, ctx.cursors, sel);
  // Counted by select() as an open connection to the endpoint (least-conn's input), until released.
  const held = sel.held ?? -1;
  let pick: Route;
  if (!(selected instanceof SelectError)) pick = selected;
  else if (selected.code === "ZTS_SELECT_UNKNOWN_DESTINATION" && "ip" in dest) {
    // An address outside the mesh goes straight through, as ztunnel's passthrough does.
    pick = { via: "passthrough", address: { ip: dest.ip, port: dest.port } };
  } else {
    return fail(failureOf(selected), `${selected.code}: ${selected.message}`);
  }

  if (pick.via === "passthrough" && !passthroughAllowed(ctx.config.passthrough, pick.address.ip)) {
    releaseLoad(ctx.loads, held, ctx.loadLedger);
    return fail(
      "passthrough-denied",
      `passthrough to ${pick.address.ip} refused (ZTS_PASSTHROUGH=${ctx.config.passthrough})`,
    );
  }

  // Opened from here on, as ztunnel's ConnectionResult is built once the request is decided:
  // a connect that then fails is opened, closed and failed, with its response flag.
  const conn = ctx.metrics.open(
    tcpLabels({ reporter: "source", source, destination: pick.workload, service: pick.service, mtls: tunnels(pick) }),
  );
  let up: Upstream;
  try {
    up = await openUpstream(ctx, source, pick, dest, opts.netns, gone.signal);
  } catch (err) {
    releaseLoad(ctx.loads, held, ctx.loadLedger);
    const e = err as Error & { failure?: OutboundFailure; code?: string };
    conn.close(responseFlagOf(e.code, e.failure));
    return fail(e.failure ?? "connect-failed", `${e.code ?? "connect"}: ${e.message}`, { service: pick.service });
  }
  client.off("close", onClose);
  if (client.destroyed) {
    releaseLoad(ctx.loads, held, ctx.loadLedger);
    up.stream.destroy();
    conn.close();
    return;
  }
  ctx.active.n++;
  const untrack = ctx.connections.add({
    workload: source.uid,
    direction: "outbound",
    src: srcAddr,
    originalDst: dstText,
    actualDst: up.hbone ?? up.addr,
    protocol: up.mtls ? "HBONE" : "TCP",
  });
  front.ready(up.stream);
  // Istio's directions: "received" is the request (client → upstream), "sent" the response.
  const r = await copyBidirectional(client, up.stream, {
    onBytes: (dir, n) => (dir === "sent" ? conn.received(n) : conn.sent(n)),
  });
  releaseLoad(ctx.loads, held, ctx.loadLedger);
  ctx.active.n--;
  untrack();
  conn.close();
  logAccess(ctx.accessLog, {
    direction: "outbound",
    src: { addr: srcAddr, workload: source, identity: up.mtls ? identityOf(source) : undefined },
    dst: { addr: up.addr, workload: up.workload, identity: up.identity, hbone: up.hbone },
    service: up.service,
    bytesSent: r.bytesSent,
    bytesReceived: r.bytesReceived,
    startedAt,
    error: r.error?.message,
  });
}
