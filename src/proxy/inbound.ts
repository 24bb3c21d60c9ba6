// The inbound paths to a workload on this node:
//   :15008 HBONE — the HBONE server (hbone/server.ts) with this node's answers: which
//     certificate to present for a local address, which local workload an authority
//     names, the authorization decision, and a dial that keeps the client's source IP;
//   :15006 plaintext capture — traffic from outside the mesh to a local workload: the
//     same authorization without a principal, then plain TCP.
import type { Socket } from "node:net";
import { type ResponseFlag, tcpLabels } from "../admin/metrics.ts";
import { canonicalOrEmpty, joinHostPort } from "../state/ip.ts";
import type { StateView } from "../state/store.ts";
import type { Service, Workload } from "../state/types.ts";
import { logAccess } from "./access-log.ts";
import { authorize } from "./authz.ts";
import { identityOf, localWorkload, type ProxyContext, policySource, refuse } from "./context.ts";
import { copyBidirectional } from "./copy.ts";
import type { Dial } from "./dial.ts";
import type { PeerStreams } from "./hbone/peer-streams.ts";
import { createHboneServer, type HboneServer } from "./hbone/server.ts";
import { h2TuningFromConfig } from "./hbone/settings.ts";
import type { CloseReason, TrackedConnection } from "./tracked.ts";
import { CERT_WAIT_MS, WORKLOAD_WAIT_MS } from "./waiters.ts";

/** ztunnel's texts for a connection the proxy ended itself (access log `error`). */
export const CLOSED_BECAUSE: Record<CloseReason, string> = {
  "policy-change": "connection closed due to policy change",
  "pod-deleted": "connection closed: its pod was deleted",
};
/** istio_tcp_* `response_flags` of such a connection (ztunnel: DENY for a late policy rejection). */
const CLOSED_FLAGS: Record<CloseReason, ResponseFlag> = { "policy-change": "DENY", "pod-deleted": "-" };

/**
 * Dial a local workload, keeping the client's address when ENABLE_ORIG_SRC allows. In-pod
 * mode: from inside the workload's own netns (given, or found by its address).
 */
function dialWorkload(
  ctx: ProxyContext,
  dial: Dial,
  host: string,
  port: number,
  srcIp: string,
  netns = ctx.podNetns?.forIp(host),
): Promise<Socket> {
  const base = netns ? { netns } : undefined;
  if (!ctx.config.enableOrigSrc || !srcIp) return dial(host, port, base);
  return dial(host, port, { ...base, localAddress: srcIp, transparent: true }).catch(() => dial(host, port, base));
}

/**
 * The service an inbound connection to `dest` on `port` was for, as ztunnel guesses it
 * (src/proxy.rs guess_inbound_service): the first service of the workload whose target port
 * — the service's own, or this endpoint's for a named port — is the port the client reached.
 */
export function guessInboundService(view: StateView, dest: Workload, port: number): Service | undefined {
  for (const key in dest.services) {
    const svc = view.service(key);
    if (!svc) continue;
    const endpointPorts = dest.services[key]!;
    for (const sport in svc.ports) {
      if (svc.ports[sport] === port || endpointPorts[sport as unknown as number] === port) return svc;
    }
  }
  return undefined;
}

export function createInbound(getCtx: () => ProxyContext, dial: Dial, peerStreams?: PeerStreams): HboneServer {
  // Tunnels this proxy ended (policy change, pod deleted), by the server's per-stream context.
  const endedBy = new WeakMap<object, CloseReason>();
  return createHboneServer({
    h2: h2TuningFromConfig(getCtx().config),
    peerStreams,
    onLimitRefused: (reason) => refuse(getCtx(), reason),
    // A new pod can be reached (a successor proxy's listeners in it, a client that learnt its
    // address) before xDS names it here or its certificate is issued: hold the connection
    // for them, as ztunnel's inbound waits for the certificate, instead of dropping it.
    certFor: (localIp) => {
      const ctx = getCtx();
      const now = localWorkload(ctx, localIp);
      if (now && now.protocol !== "HBONE") return undefined;
      const cert = () => {
        const w = localWorkload(ctx, localIp);
        return w?.protocol === "HBONE" ? ctx.certs.get(identityOf(w)) : undefined;
      };
      const have = cert();
      if (have || !ctx.waiters) return have;
      return ctx.waiters.waitFor(cert, now ? CERT_WAIT_MS : WORKLOAD_WAIT_MS + CERT_WAIT_MS);
    },
    resolveTarget: (authority) => {
      const w = localWorkload(getCtx(), authority.host);
      return w ? { host: authority.host, port: authority.port, workload: w } : undefined;
    },
    authorize: (conn, target) => {
      const ctx = getCtx();
      const d = authorize(policySource(ctx), target.workload as Workload, conn);
      if (!d.allow) refuse(ctx, "authz-denied");
      return d;
    },
    dial: (target, srcIp) => dialWorkload(getCtx(), dial, target.host, target.port, srcIp),
    // Tracked with what authorization allowed, so a policy change can check it again.
    onTunnelOpened: (ic, target, conn, close) =>
      getCtx().tracker?.add({
        listenerId: -1,
        authz: { conn, workload: target.workload as Workload },
        close: (reason) => {
          endedBy.set(ic, reason);
          close();
        },
      }),
    track: (ic, target) => {
      const ctx = getCtx();
      const startedAt = Date.now();
      const dst = target.workload as Workload;
      const src = ctx.state.workloadByIp(ctx.config.network, ic.srcIp);
      const service = guessInboundService(ctx.state, dst, target.port);
      const conn = ctx.metrics.open(
        tcpLabels({
          reporter: "destination",
          source: src,
          destination: dst,
          service,
          sourceIdentity: ic.srcIdentity || undefined,
          mtls: true,
        }),
      );
      const untrack = ctx.connections.add({
        workload: dst.uid,
        direction: "inbound",
        src: `${ic.srcIp}:${ic.srcPort}`,
        originalDst: "",
        actualDst: joinHostPort(target.host, target.port),
        protocol: "HBONE",
      });
      const log = (bytes: { bytesSent: number; bytesReceived: number }, error?: string) =>
        logAccess(ctx.accessLog, {
          direction: "inbound",
          src: { addr: `${ic.srcIp}:${ic.srcPort}`, workload: src, identity: ic.srcIdentity },
          dst: { addr: ic.authority, workload: dst, identity: identityOf(dst) },
          service,
          bytesSent: bytes.bytesSent,
          bytesReceived: bytes.bytesReceived,
          startedAt,
          error,
        });
      return {
        // The tunnel's "sent" is the client's request: Istio's "received" on this reporter.
        onBytes: (dir, n) => (dir === "sent" ? conn.received(n) : conn.sent(n)),
        end: (outcome) => {
          untrack();
          if ("flag" in outcome) {
            conn.close(outcome.flag);
            log({ bytesSent: 0, bytesReceived: 0 }, outcome.error);
            return;
          }
          const reason = endedBy.get(ic);
          conn.close(reason ? CLOSED_FLAGS[reason] : "-");
          log(outcome.result, reason ? CLOSED_BECAUSE[reason] : outcome.result.error?.message);
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
  const dstIp = canonicalOrEmpty(origDst.address);
  const dst = localWorkload(ctx, dstIp);
  const base = { direction: "inbound" as const, src: { addr: `${srcIp}:${client.remotePort}` }, startedAt };
  const dstAddr = `${dstIp}:${origDst.port}`;
  if (!dst) {
    // Not ours to report on: ztunnel logs such an early refusal without metrics.
    refuse(ctx, "inbound-unknown-destination");
    client.destroy();
    logAccess(ctx.accessLog, {
      ...base,
      dst: { addr: dstAddr },
      bytesSent: 0,
      bytesReceived: 0,
      error: "not a workload on this node",
    });
    return;
  }
  const src = ctx.state.workloadByIp(ctx.config.network, srcIp);
  const service = guessInboundService(ctx.state, dst, origDst.port);
  const conn = ctx.metrics.open(
    tcpLabels({ reporter: "destination", source: src, destination: dst, service, mtls: false }),
  );
  // Refused before a byte moved: counted with its flag, the client closed, the attempt logged.
  const refuseWith = (reason: string, flag: ResponseFlag, error: string): void => {
    refuse(ctx, reason);
    conn.close(flag);
    client.destroy();
    logAccess(ctx.accessLog, {
      ...base,
      src: { addr: base.src.addr, workload: src },
      dst: { addr: dstAddr, workload: dst },
      service,
      bytesSent: 0,
      bytesReceived: 0,
      error,
    });
  };
  const authzConn = { srcIp, dstIp, dstPort: origDst.port };
  const d = authorize(policySource(ctx), dst, authzConn);
  if (!d.allow) return refuseWith("authz-denied", "DENY", `denied by ${d.policy ?? "policy"}`);
  // From now on a policy change checks this connection again (the handler tracks the socket).
  let endedBy: CloseReason | undefined;
  if (opts.tracked) {
    const close = opts.tracked.close;
    opts.tracked.authz = { conn: authzConn, workload: dst };
    opts.tracked.close = (reason) => {
      endedBy = reason;
      close(reason);
    };
  }
  let up: Socket;
  try {
    up = await dialWorkload(ctx, ctx.dial, dstIp, origDst.port, srcIp, opts.netns);
  } catch (err) {
    return refuseWith("connect-failed", "CONNECT", (err as Error).message);
  }
  ctx.active.n++;
  const untrack = ctx.connections.add({
    workload: dst.uid,
    direction: "inbound",
    src: base.src.addr,
    originalDst: "",
    actualDst: dstAddr,
    protocol: "TCP",
  });
  const r = await copyBidirectional(client, up, {
    onBytes: (dir, n) => (dir === "sent" ? conn.received(n) : conn.sent(n)),
  });
  ctx.active.n--;
  untrack();
  // The close carries why the proxy ended it, if it did (ztunnel's response flag).
  conn.close(endedBy ? CLOSED_FLAGS[endedBy] : "-");
  logAccess(ctx.accessLog, {
    ...base,
    src: { addr: base.src.addr, workload: src },
    dst: { addr: dstAddr, workload: dst },
    service,
    bytesSent: r.bytesSent,
    bytesReceived: r.bytesReceived,
    error: endedBy ? CLOSED_BECAUSE[endedBy] : r.error?.message,
  });
}
