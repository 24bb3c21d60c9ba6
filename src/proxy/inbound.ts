// The inbound paths to a workload on this node:
//   :15008 HBONE — the HBONE server (hbone/server.ts) with this node's answers: which
//     certificate to present for a local address, which local workload an authority
//     names, the authorization decision, and a dial that keeps the client's source IP;
//   :15006 plaintext capture — traffic from outside the mesh to a local workload: the
//     same authorization without a principal, then plain TCP.
import type { Socket } from "node:net";
import { tcpLabels } from "../admin/metrics.ts";
import type { Workload } from "../state/types.ts";
import { logAccess } from "./access-log.ts";
import { authorize } from "./authz.ts";
import { identityOf, localWorkload, type ProxyContext, policySource, refuse, unmapIp } from "./context.ts";
import { copyBidirectional } from "./copy.ts";
import type { Dial } from "./dial.ts";
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
const CLOSED_FLAGS: Record<CloseReason, string> = { "policy-change": "DENY", "pod-deleted": "-" };

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

export function createInbound(getCtx: () => ProxyContext, dial: Dial): HboneServer {
  const opened = new WeakMap<Socket, { workload: Workload; startedAt: number }>();
  // The server hands the same per-stream context to resolveTarget and onTunnelClosed.
  const started = new WeakMap<object, number>();
  // Tunnels this proxy ended (policy change), by the same per-stream context.
  const endedBy = new WeakMap<object, CloseReason>();
  return createHboneServer({
    h2: h2TuningFromConfig(getCtx().config),
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
    resolveTarget: (authority, ic) => {
      started.set(ic, Date.now());
      const w = localWorkload(getCtx(), authority.host);
      return w ? { host: authority.host, port: authority.port, workload: w } : undefined;
    },
    authorize: (conn, target) => {
      const ctx = getCtx();
      const d = authorize(policySource(ctx), target.workload as Workload, conn);
      if (!d.allow) refuse(ctx, "authz-denied");
      return d;
    },
    dial: async (target, srcIp) => {
      const ctx = getCtx();
      const s = await dialWorkload(ctx, dial, target.host, target.port, srcIp);
      const w = localWorkload(ctx, target.host);
      if (w) opened.set(s, { workload: w, startedAt: Date.now() });
      return s;
    },
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
    onTunnelClosed: (ic, result) => {
      const ctx = getCtx();
      const dst = localWorkload(ctx, ic.authority.replace(/:\d+$/, "").replace(/^\[|\]$/g, ""));
      const src = ctx.state.workloadByIp(ctx.config.network, ic.srcIp);
      const labels = tcpLabels({
        reporter: "destination",
        source: src,
        destination: dst,
        sourceIdentity: ic.srcIdentity || undefined,
        mtls: true,
      });
      ctx.metrics.opened(labels);
      // Opened as any other; the close carries why the proxy ended it (ztunnel's response flag).
      const reason = endedBy.get(ic);
      const closedLabels = reason ? { ...labels, response_flags: CLOSED_FLAGS[reason] } : labels;
      ctx.metrics.closed(closedLabels, { sent: result.bytesReceived, received: result.bytesSent });
      logAccess(ctx.log, {
        direction: "inbound",
        src: { addr: `${ic.srcIp}:${ic.srcPort}`, workload: src, identity: ic.srcIdentity },
        dst: { addr: ic.authority, workload: dst, identity: dst && identityOf(dst) },
        bytesSent: result.bytesSent,
        bytesReceived: result.bytesReceived,
        startedAt: started.get(ic) ?? Date.now(),
        error: reason ? CLOSED_BECAUSE[reason] : result.error?.message,
      });
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
  const srcIp = unmapIp(client.remoteAddress);
  const dstIp = unmapIp(origDst.address);
  const dst = localWorkload(ctx, dstIp);
  const base = { direction: "inbound" as const, src: { addr: `${srcIp}:${client.remotePort}` }, startedAt };
  const dstAddr = `${dstIp}:${origDst.port}`;
  // Refused before a byte moved: counted, the client closed, the attempt logged.
  const refuseWith = (reason: string, error: string, workload?: Workload): void => {
    refuse(ctx, reason);
    client.destroy();
    logAccess(ctx.log, { ...base, dst: { addr: dstAddr, workload }, bytesSent: 0, bytesReceived: 0, error });
  };
  if (!dst) return refuseWith("inbound-unknown-destination", "not a workload on this node");
  const conn = { srcIp, dstIp, dstPort: origDst.port };
  const d = authorize(policySource(ctx), dst, conn);
  if (!d.allow) return refuseWith("authz-denied", `denied by ${d.policy ?? "policy"}`, dst);
  // From now on a policy change checks this connection again (the handler tracks the socket).
  let endedBy: CloseReason | undefined;
  if (opts.tracked) {
    const close = opts.tracked.close;
    opts.tracked.authz = { conn, workload: dst };
    opts.tracked.close = (reason) => {
      endedBy = reason;
      close(reason);
    };
  }
  let up: Socket;
  try {
    up = await dialWorkload(ctx, ctx.dial, dstIp, origDst.port, srcIp, opts.netns);
  } catch (err) {
    return refuseWith("connect-failed", (err as Error).message, dst);
  }
  const src = ctx.state.workloadByIp(ctx.config.network, srcIp);
  const labels = tcpLabels({ reporter: "destination", source: src, destination: dst, mtls: false });
  ctx.metrics.opened(labels);
  ctx.active.n++;
  const r = await copyBidirectional(client, up);
  ctx.active.n--;
  const closedLabels = endedBy ? { ...labels, response_flags: CLOSED_FLAGS[endedBy] } : labels;
  ctx.metrics.closed(closedLabels, { sent: r.bytesReceived, received: r.bytesSent });
  logAccess(ctx.log, {
    ...base,
    src: { addr: base.src.addr, workload: src },
    dst: { addr: dstAddr, workload: dst },
    bytesSent: r.bytesSent,
    bytesReceived: r.bytesReceived,
    error: endedBy ? CLOSED_BECAUSE[endedBy] : r.error?.message,
  });
}
