// The inbound paths to a workload on this node, as stages:
//   :15008 HBONE — the HBONE server (src/tunnel/server.ts) does TLS, HTTP/2 and the CONNECT;
//     this node answers its questions: which certificate to present for a local address,
//     the decision for a CONNECT (src/decide/inbound.ts: which workload, the verdict), the
//     connect stage's dial into the pod, and the telemetry of each tunnel;
//   :15006 plaintext capture — traffic from outside the mesh to a local workload: the same
//     decision without a principal → connect → copy → telemetry.
import type { Socket } from "node:net";
import { type ResponseFlag, tcpLabels } from "../admin/metrics.ts";
import { parseBaggage } from "../decide/headers.ts";
import { inboundRequest } from "../decide/inbound.ts";
import { localWorkload } from "../decide/local.ts";
import type { InboundRequest } from "../decide/request.ts";
import { identityOf } from "../identity/spiffe.ts";
import { canonicalOrEmpty, joinHostPort } from "../state/ip.ts";
import { type AccessFacts, logRefused, openRecord } from "../telemetry/record.ts";
import { createNativeHboneServer, type NativeHboneAddon } from "../tunnel/native-server.ts";
import type { PeerStreams } from "../tunnel/peer-streams.ts";
import { proxyV2Header } from "../tunnel/proxy-v2.ts";
import { createHboneServer, type HboneServer, type HboneServerOptions, type InboundContext } from "../tunnel/server.ts";
import { h2TuningFromConfig } from "../tunnel/settings.ts";
import type { ProxyContext } from "../worker/context.ts";
import type { CloseReason, TrackedConnection } from "./tracked.ts";
import { CERT_WAIT_MS, WORKLOAD_WAIT_MS } from "./waiters.ts";

/** ztunnel's texts for a connection the proxy ended itself (access log `error`). */
export const CLOSED_BECAUSE: Record<CloseReason, string> = {
  "policy-change": "connection closed due to policy change",
  "pod-deleted": "connection closed: its pod was deleted",
};
/** istio_tcp_* `response_flags` of such a connection (ztunnel: DENY for a late policy rejection). */
const CLOSED_FLAGS: Record<CloseReason, ResponseFlag> = { "policy-change": "DENY", "pod-deleted": "-" };

/** The HBONE server's opaque target: the decision for the CONNECT. */
interface Target {
  host: string;
  port: number;
  workload: InboundRequest;
  /** The HBONE connection's peer, for a PROXY application tunnel's header. */
  peer: InboundContext;
}

/**
 * The dial to the workload. With an application tunnel on loopback it is made inside the
 * pod's netns (in-pod mode; the node's loopback in node mode) from loopback, not from the
 * client's address: ztunnel binds it so, or RPF and the pod's routes would drop it; the
 * PROXY header carries the client instead. A PROXY tunnel gets that header first.
 */
async function dialWorkload(ctx: ProxyContext, t: Target, srcIp: string): Promise<Socket> {
  const req = t.workload;
  const tunnel = req.tunnel;
  const header =
    tunnel?.protocol === "PROXY"
      ? proxyV2Header({
          src: { ip: t.peer.srcIp, port: t.peer.srcPort },
          dst: tunnel.target,
          identity: t.peer.srcIdentity,
        })
      : undefined;
  const sock = tunnel?.loopback
    ? await ctx.connect(t.host, t.port, {
        to: "workload",
        srcIp: "",
        netns: ctx.podNetns.forIp(req.authz.dstIp),
        tunnelled: true,
      })
    : await ctx.connect(t.host, t.port, { to: "workload", srcIp, tunnelled: true });
  // Queued before the tunnel's first byte: the copy stage only starts once the dial resolved.
  if (header) sock.write(header);
  return sock;
}

/**
 * The inbound HBONE server: JS (node:tls + node:http2), or with `native` (ZTS_HBONE_DATAPATH=native
 * and an addon that has it) the addon's session — the same decisions below either way.
 */
export function createInbound(ctx: ProxyContext, peerStreams?: PeerStreams, native?: NativeHboneAddon): HboneServer {
  // Tunnels this proxy ended (policy change, pod deleted), by the server's per-stream context.
  const endedBy = new WeakMap<object, CloseReason>();
  const make = (o: HboneServerOptions) => (native ? createNativeHboneServer(native, o) : createHboneServer(o));
  return make({
    h2: h2TuningFromConfig(ctx.config),
    peerStreams,
    onLimitRefused: (reason) => ctx.refuse(reason),
    // A new pod can be reached (a successor proxy's listeners in it, a client that learnt its
    // address) before xDS names it here or its certificate is issued: hold the connection
    // for them, as ztunnel's inbound waits for the certificate, instead of dropping it.
    certFor: (localIp) => {
      const now = localWorkload(ctx.state, ctx.decide, localIp);
      if (now && now.protocol !== "HBONE") return undefined;
      const cert = () => {
        const w = localWorkload(ctx.state, ctx.decide, localIp);
        return w?.protocol === "HBONE" ? ctx.certs.get(identityOf(w)) : undefined;
      };
      const have = cert();
      if (have) return have;
      return ctx.waiters.waitFor(cert, now ? CERT_WAIT_MS : WORKLOAD_WAIT_MS + CERT_WAIT_MS);
    },
    resolveTarget: (authority, ic) => {
      const req = inboundRequest(
        {
          srcIp: ic.srcIp,
          srcIdentity: ic.srcIdentity,
          dst: authority.hostname
            ? { hostname: authority.host, port: authority.port }
            : { ip: authority.host, port: authority.port },
          reached: ic.localIp,
          forwardedNetwork: ic.forwardedNetwork,
        },
        ctx.state,
        ctx.decide,
        ctx.policies(),
      );
      if (req.ok) return { host: req.upstream.ip, port: req.upstream.port, workload: req, peer: ic } satisfies Target;
      if (req.code === "unknown-destination") return undefined;
      ctx.refuse(`inbound-${req.code}`);
      // ztunnel: 400 for a bad destination, 503 when the next hop cannot be determined.
      const status = req.code === "ip-mismatch" ? 400 : 503;
      return { refused: { status, reason: req.code, detail: req.message } };
    },
    authorize: (_conn, target) => {
      const d = (target as Target).workload.verdict;
      if (!d.allow) ctx.refuse("authz-denied");
      return d;
    },
    dial: (target, srcIp) => dialWorkload(ctx, target as Target, srcIp),
    // Tracked with what authorization allowed, so a policy change can check it again.
    onTunnelOpened: (ic, target, _conn, close) => {
      const req = (target as Target).workload;
      return ctx.tracker.add({
        listenerId: -1,
        authz: { conn: req.authz, workload: req.destination },
        close: (reason) => {
          endedBy.set(ic, reason);
          close();
        },
      });
    },
    track: (ic, target) => {
      const req = (target as Target).workload;
      const src = joinHostPort(ic.srcIp, ic.srcPort);
      const dst = req.destination;
      const record = openRecord(
        ctx,
        tcpLabels({
          reporter: "destination",
          source: req.source,
          destination: dst,
          service: req.service,
          sourceIdentity: ic.srcIdentity || undefined,
          derivedSource: req.source ? undefined : parseBaggage(ic.baggage),
          mtls: true,
        }),
      );
      const startedAt = Date.now();
      const access = (): AccessFacts => ({
        direction: "inbound",
        src: { addr: src, workload: req.source, identity: ic.srcIdentity },
        dst: { addr: ic.authority, workload: dst, identity: identityOf(dst) },
        service: req.service,
        startedAt,
      });
      record.established({
        workload: dst.uid,
        direction: "inbound",
        src,
        originalDst: "",
        actualDst: joinHostPort(target.host, target.port),
        protocol: "HBONE",
      });
      return {
        // The tunnel's "sent" is the client's request: Istio's "received" on this reporter.
        onBytes: record.onBytes,
        end: (outcome) => {
          if ("flag" in outcome)
            return record.end({ bytesSent: 0, bytesReceived: 0, error: outcome.error }, outcome.flag, access);
          const reason = endedBy.get(ic);
          const { bytesSent, bytesReceived, error } = outcome.result;
          record.end(
            { bytesSent, bytesReceived, error: reason ? CLOSED_BECAUSE[reason] : error?.message },
            reason ? CLOSED_FLAGS[reason] : "-",
            access,
          );
        },
      };
    },
  });
}

/** :15006 — captured plaintext from outside the mesh to a workload on this node. */
export async function proxyInboundPlaintext(
  ctx: ProxyContext,
  client: Socket,
  origDst: { address: string; port: number },
  opts: { netns?: string | undefined; tracked?: TrackedConnection | undefined } = {},
): Promise<void> {
  const startedAt = Date.now();
  const srcIp = canonicalOrEmpty(client.remoteAddress);
  const src = joinHostPort(srcIp, client.remotePort ?? 0);
  // A dual-stack listener without a conntrack entry reports its local ::ffff:a.b.c.d.
  const req = inboundRequest(
    { srcIp, dst: { ip: canonicalOrEmpty(origDst.address), port: origDst.port } },
    ctx.state,
    ctx.decide,
    ctx.policies(),
  );
  const dstAddr = joinHostPort(canonicalOrEmpty(origDst.address), origDst.port);
  if (!req.ok) {
    // Not ours to report on: ztunnel logs such an early refusal without metrics.
    ctx.refuse(`inbound-${req.code}`);
    client.destroy();
    logRefused(
      ctx,
      { direction: "inbound", src: { addr: src }, dst: { addr: dstAddr }, startedAt },
      req.code === "unknown-destination" ? "not a workload on this node" : req.message,
    );
    return;
  }
  const record = openRecord(
    ctx,
    tcpLabels({
      reporter: "destination",
      source: req.source,
      destination: req.destination,
      service: req.service,
      mtls: false,
    }),
  );
  const access = (): AccessFacts => ({
    direction: "inbound",
    src: { addr: src, workload: req.source },
    dst: { addr: dstAddr, workload: req.destination },
    service: req.service,
    startedAt,
  });
  // Refused before a byte moved: counted with its flag, the client closed, the attempt logged.
  const refuseWith = (reason: string, flag: ResponseFlag, error: string): void => {
    ctx.refuse(reason);
    client.destroy();
    record.end({ bytesSent: 0, bytesReceived: 0, error }, flag, access);
  };
  if (!req.verdict.allow) return refuseWith("authz-denied", "DENY", `denied by ${req.verdict.policy ?? "policy"}`);
  // From now on a policy change checks this connection again (the handler tracks the socket).
  let endedBy: CloseReason | undefined;
  if (opts.tracked) {
    const close = opts.tracked.close;
    opts.tracked.authz = { conn: req.authz, workload: req.destination };
    opts.tracked.close = (reason) => {
      endedBy = reason;
      close(reason);
    };
  }
  let up: Socket;
  try {
    up = await ctx.connect(req.upstream.ip, req.upstream.port, { to: "workload", srcIp, netns: opts.netns });
  } catch (err) {
    return refuseWith("connect-failed", "CONNECT", (err as Error).message);
  }
  ctx.active.n++;
  record.established({
    workload: req.destination.uid,
    direction: "inbound",
    src,
    originalDst: "",
    actualDst: dstAddr,
    protocol: "TCP",
  });
  const r = await ctx.copyPlain(client, up, { onBytes: record.onBytes });
  ctx.active.n--;
  // The close carries why the proxy ended it, if it did (ztunnel's response flag).
  record.end(
    {
      bytesSent: r.bytesSent,
      bytesReceived: r.bytesReceived,
      error: endedBy ? CLOSED_BECAUSE[endedBy] : r.error?.message,
    },
    endedBy ? CLOSED_FLAGS[endedBy] : "-",
    access,
  );
}
