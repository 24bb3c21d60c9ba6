// The outbound path a pod's traffic meets (captured on :15001, or asked for over SOCKS5),
// as stages: wait for the source workload if xDS has not named it yet → decide
// (src/decide/outbound.ts: upstream, protocol, identities, or a refusal) → telemetry opened →
// connect (plain) or tunnel (HBONE, after waiting for the source's certificate) → copy both
// ways with half-close → telemetry closed and logged.
import { Socket } from "node:net";
import type { Duplex } from "node:stream";
import { type ResponseFlag, tcpLabels } from "../admin/metrics.ts";
import { type CopyResult, copyBidirectional } from "../copy/copy.ts";
import { localWorkload } from "../decide/local.ts";
import { type OutboundConn, outboundRequest } from "../decide/outbound.ts";
import type { OutboundRefusalCode, OutboundRequest } from "../decide/request.ts";
import { withResolvedAddress } from "../decide/resolved.ts";
import { releaseLoad } from "../pick/least-conn.ts";
import { canonicalOrEmpty, joinHostPort } from "../state/ip.ts";
import { type AccessFacts, logRefused, openRecord } from "../telemetry/record.ts";
import { isNativeTunnel, type NativeHboneClient, type NativeTunnel } from "../tunnel/native-client.ts";
import type { ProxyContext } from "../worker/context.ts";
import { CERT_WAIT_MS, WORKLOAD_WAIT_MS } from "./waiters.ts";

/** How the front end (capture or SOCKS5) is told the outcome before bytes flow. */
export interface OutboundFrontEnd {
  /**
   * Upstream is open: bytes may flow (SOCKS5 sends its success reply here). Returns bytes the
   * client already sent (SOCKS5 early data): they go upstream first.
   */
  ready(): Buffer | undefined;
  /** No connection: SOCKS5 replies with its code, capture resets. */
  failed(reason: OutboundFailure): void;
}

/** Every reason an outbound connection fails: the decision's refusals, then the I/O stages'. */
export type OutboundFailure = OutboundRefusalCode | "unresolved" | "connect-failed" | "no-certificate";

/** ztunnel's response flag for an upstream that could not be opened. */
export function responseFlagOf(code: string | undefined, failure?: OutboundFailure): ResponseFlag {
  if (failure === "no-certificate" || code === "ZTS_HBONE_NO_CERT") return "IDENTITY_ERROR";
  // ztunnel verifies the peer's SAN inside the TLS handshake, so a wrong identity is a TLS failure there too.
  if (code === "ZTS_HBONE_TLS" || code === "ZTS_HBONE_PEER_IDENTITY") return "TLS_FAILURE";
  if (code === "ZTS_HBONE_PROTOCOL") return "H2_HANDSHAKE_FAILURE";
  return "CONNECT";
}

class UpstreamError extends Error {
  constructor(
    readonly failure: OutboundFailure,
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/**
 * The connect / tunnel stage: a plain socket, or an HBONE stream once the source's certificate
 * is here — with the native client (ZTS_HBONE_DATAPATH=native) a tunnel the copy stage joins to
 * the client's socket in the addon; double HBONE's inner hop stays a JS stream on either path.
 */
async function openUpstream(
  ctx: ProxyContext,
  req: OutboundRequest,
  netns: string | undefined,
  gone: AbortSignal,
): Promise<Duplex | NativeTunnel> {
  if (req.protocol === "TCP" || !req.hbone)
    return ctx.connect(req.upstream.ip, req.upstream.port, { to: "upstream", netns });
  const { srcIdentity } = req.hbone;
  // A new pod's certificate may still be with the CA: wait for it, as ztunnel's fetch does.
  if (
    !ctx.certs.has(srcIdentity) &&
    !(await ctx.waiters.waitFor(() => ctx.certs.get(srcIdentity), CERT_WAIT_MS, gone))
  ) {
    throw new UpstreamError("no-certificate", `no certificate yet for ${srcIdentity}`);
  }
  const hop = {
    srcIdentity,
    dstIdentities: req.hbone.dstIdentities,
    dstAddr: { host: req.upstream.ip, port: req.upstream.port },
    srcIp: req.source.workloadIps[0] ?? "",
    authority: req.hbone.authority,
    headers: req.hbone.headers,
  };
  if (req.inner) return ctx.hbone.connectDouble(hop, req.inner);
  const native = ctx.hbone as Partial<NativeHboneClient>;
  return native.connectNative ? native.connectNative(hop) : ctx.hbone.connect(hop);
}

/** The access-log facts: before the upstream is open it names what the client asked for; after, where it went. */
function outboundAccess(req: OutboundRequest, srcAddr: string, startedAt: number, opened: boolean): AccessFacts {
  const hboneAddr = req.protocol !== "TCP" ? joinHostPort(req.upstream.ip, req.upstream.port) : undefined;
  return {
    direction: "outbound",
    src: { addr: srcAddr, workload: req.source, identity: opened ? req.hbone?.srcIdentity : undefined },
    dst: opened
      ? {
          addr: req.hbone?.authority ?? joinHostPort(req.upstream.ip, req.upstream.port),
          workload: req.destination,
          // Double HBONE: the destination's identity (the inner peer), not the gateway's.
          identity: req.inner?.dstIdentity ?? req.hbone?.dstIdentity,
          hbone: hboneAddr,
        }
      : { addr: req.originalDst },
    service: req.service,
    startedAt,
  };
}

/**
 * Proxies `client` to `conn.dest`. Never throws: every failure is answered through `front`,
 * counted and logged. `netns` (in-pod mode): the client pod's netns, where its plain TCP
 * upstreams are dialed (its HBONE sessions find it by the source IP, see connect.ts).
 */
export async function proxyOutbound(
  ctx: ProxyContext,
  client: Socket,
  dest: OutboundConn["dest"],
  front: OutboundFrontEnd,
  opts: { netns?: string | undefined } = {},
): Promise<void> {
  const startedAt = Date.now();
  const conn: OutboundConn = { srcIp: canonicalOrEmpty(client.remoteAddress), srcPort: client.remotePort ?? 0, dest };
  const srcAddr = joinHostPort(conn.srcIp, conn.srcPort);
  // Ends the waits below when the client goes away meanwhile.
  const gone = new AbortController();
  const onClose = () => gone.abort();
  client.once("close", onClose);
  const fail = (reason: OutboundFailure, error: string, access: AccessFacts) => {
    client.off("close", onClose);
    ctx.refuse(reason);
    front.failed(reason);
    logRefused(ctx, access, error);
  };
  // A pod's first connection can beat xDS to the proxy: wait for its workload, as ztunnel's
  // wait_for_workload does; the decision then refuses with ztunnel's reason if it is still unknown.
  if (!localWorkload(ctx.state, ctx.decide, conn.srcIp)) {
    await ctx.waiters.waitFor(() => localWorkload(ctx.state, ctx.decide, conn.srcIp), WORKLOAD_WAIT_MS, gone.signal);
  }
  const decided = outboundRequest(conn, ctx.state, ctx.decide, ctx.pick);
  if (!decided.ok) {
    const source = localWorkload(ctx.state, ctx.decide, conn.srcIp);
    const originalDst =
      "ip" in dest ? joinHostPort(canonicalOrEmpty(dest.ip), dest.port) : `${dest.hostname}:${dest.port}`;
    return fail(decided.code, decided.message, {
      direction: "outbound",
      src: { addr: srcAddr, workload: source },
      dst: { addr: originalDst },
      service: decided.service,
      startedAt,
    });
  }
  let req = decided;
  // A workload known by DNS name only: its address now, as ztunnel resolves it while building
  // the request (a failure is an early refusal there too, before any metric).
  if (req.resolve) {
    try {
      req = withResolvedAddress(req, await ctx.resolver.resolve(req.resolve.hostname, req.resolve.family));
    } catch (err) {
      releaseLoad(ctx.pick.loads, req.held, ctx.pick.ledger);
      return fail("unresolved", `${(err as { code?: string }).code ?? "dns"}: ${(err as Error).message}`, {
        direction: "outbound",
        src: { addr: srcAddr, workload: req.source },
        dst: { addr: req.originalDst },
        service: req.service,
        startedAt,
      });
    }
  }
  const mtls = req.protocol !== "TCP";
  const record = openRecord(
    ctx,
    tcpLabels({ reporter: "source", source: req.source, destination: req.destination, service: req.service, mtls }),
  );
  let up: Duplex | NativeTunnel;
  try {
    up = await openUpstream(ctx, req, opts.netns, gone.signal);
  } catch (err) {
    releaseLoad(ctx.pick.loads, req.held, ctx.pick.ledger);
    const e = err as Error & { failure?: OutboundFailure; code?: string };
    const failure = e.failure ?? "connect-failed";
    client.off("close", onClose);
    ctx.refuse(failure);
    front.failed(failure);
    record.end(
      { bytesSent: 0, bytesReceived: 0, error: `${e.code ?? "connect"}: ${e.message}` },
      responseFlagOf(e.code, e.failure),
      () => outboundAccess(req, srcAddr, startedAt, false),
    );
    return;
  }
  client.off("close", onClose);
  if (client.destroyed) {
    releaseLoad(ctx.pick.loads, req.held, ctx.pick.ledger);
    up.destroy();
    record.end({ bytesSent: 0, bytesReceived: 0 }, "-", () => outboundAccess(req, srcAddr, startedAt, false));
    return;
  }
  ctx.active.n++;
  record.established({
    workload: req.source.uid,
    direction: "outbound",
    src: srcAddr,
    originalDst: req.originalDst,
    // Where the socket really went: the HBONE peer, or the plain upstream.
    actualDst: joinHostPort(req.upstream.ip, req.upstream.port),
    protocol: req.protocol,
  });
  const early = front.ready();
  let r: CopyResult;
  if (isNativeTunnel(up)) {
    // The native HBONE client: the stream and the client's socket joined in the addon.
    r = await up.pump(client, { onBytes: record.onBytes, initial: early });
  } else {
    if (early) up.write(early);
    // A plain upstream is a socket like the client: the plain copy stage (maybe the splice pump).
    r =
      req.protocol === "TCP" && up instanceof Socket
        ? await ctx.copyPlain(client, up, { onBytes: record.onBytes })
        : await copyBidirectional(client, up, { onBytes: record.onBytes });
  }
  releaseLoad(ctx.pick.loads, req.held, ctx.pick.ledger);
  ctx.active.n--;
  record.end({ bytesSent: r.bytesSent, bytesReceived: r.bytesReceived, error: r.error?.message }, "-", () =>
    outboundAccess(req, srcAddr, startedAt, true),
  );
}
