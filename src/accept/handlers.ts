// The accept stage: one front end per listener kind, for connections the worker runtime
// hands over —
//   outbound (:15001, captured, original destination) · socks5 (:15080)
//   · inbound (:15008 HBONE) · inbound-plaintext (:15006).
// Each sheds under memory pressure, counts the socket, registers it for pod deletion, finds
// its pod netns (in-pod mode), reads what its protocol says about the destination, and
// hands over to the path (src/proxy/outbound.ts, inbound.ts).
import type { Socket } from "node:net";
import type { HandoffMeta } from "../balance/addon.ts";
import { localWorkload } from "../decide/local.ts";
import { proxyInboundPlaintext } from "../proxy/inbound.ts";
import { type OutboundFailure, proxyOutbound } from "../proxy/outbound.ts";
import type { TrackedConnection } from "../proxy/tracked.ts";
import { canonicalOrEmpty } from "../state/ip.ts";
import type { HboneServer } from "../tunnel/server.ts";
import type { ProxyContext } from "../worker/context.ts";
import type { ConnectionHandler } from "../worker/runtime.ts";
import { REPLY, readSocks5Request, Socks5Error, fail as socksFail, succeed as socksSucceed } from "./socks5.ts";

const SOCKS_REPLY: Record<OutboundFailure, number> = {
  "unknown-source": REPLY.notAllowed,
  "no-upstream": REPLY.hostUnreachable,
  "strict-no-match": REPLY.hostUnreachable,
  "unknown-host": REPLY.hostUnreachable,
  unresolved: REPLY.hostUnreachable,
  "connect-failed": REPLY.connectionRefused,
  "no-certificate": REPLY.generalFailure,
  "passthrough-denied": REPLY.notAllowed,
  "no-network-gateway": REPLY.hostUnreachable,
};

export function createAcceptHandlers(ctx: ProxyContext, inbound: HboneServer): Record<string, ConnectionHandler> {
  /**
   * Registers an accepted socket with the tracker (closed when its pod is deleted); one that
   * a late handoff brought from a deleted pod's listener is closed at once.
   */
  const track = (socket: Socket, meta: HandoffMeta): TrackedConnection | undefined => {
    if (ctx.tracker.isGone(meta.listenerId)) {
      socket.destroy();
      return undefined;
    }
    const entry: TrackedConnection = { listenerId: meta.listenerId, close: () => socket.destroy() };
    socket.once("close", ctx.tracker.add(entry));
    return entry;
  };

  /** In-pod mode: the pod netns of the connection's listener; `ips` (the pod's side) are learnt for HBONE dials. */
  const podNetnsOf = async (meta: HandoffMeta, ips: string[]): Promise<string | undefined> => {
    const pod = await ctx.podNetns.forListener(meta.listenerId);
    if (!pod) return undefined;
    ctx.podNetns.learn(ips, pod);
    return pod.netns;
  };

  /** istio_tcp_sockets_open: every accepted socket, by the side of the mesh it reports for. */
  const countSocket = (socket: Socket, reporter: "source" | "destination"): void => {
    ctx.metrics.socketOpened(reporter);
    socket.once("close", () => ctx.metrics.socketClosed(reporter));
  };

  /**
   * Under memory pressure a new connection is refused before anything is allocated for it
   * (a SOCKS5 client gets "no acceptable methods"), counted, and the held ones carry on.
   */
  const shed = (socket: Socket, socksReply?: number): boolean => {
    if (!ctx.pressure.shedding()) return false;
    ctx.refuse("memory-pressure");
    if (socksReply !== undefined) socksFail(socket, socksReply);
    else socket.destroy();
    return true;
  };

  const captured = async (socket: Socket, meta: HandoffMeta): Promise<void> => {
    if (!track(socket, meta)) return;
    const src = canonicalOrEmpty(socket.remoteAddress);
    const netns = await podNetnsOf(meta, [src, ...(localWorkload(ctx.state, ctx.decide, src)?.workloadIps ?? [])]);
    return proxyOutbound(
      ctx,
      socket,
      { ip: canonicalOrEmpty(meta.origDst.address), port: meta.origDst.port },
      // A captured client has no protocol to carry an error: reset it, as ztunnel does.
      { ready: () => undefined, failed: () => socket.resetAndDestroy() },
      { netns },
    );
  };

  const socks5 = async (socket: Socket, meta: HandoffMeta): Promise<void> => {
    if (!track(socket, meta)) return;
    let req: Awaited<ReturnType<typeof readSocks5Request>>;
    try {
      req = await readSocks5Request(socket);
    } catch (err) {
      if (!(err instanceof Socks5Error)) socket.destroy();
      return;
    }
    const { dest, early } = req;
    await proxyOutbound(ctx, socket, dest, {
      ready: () => {
        socksSucceed(socket);
        socket.resume();
        return early.length ? early : undefined;
      },
      failed: (reason) => socksFail(socket, SOCKS_REPLY[reason]),
    });
  };

  return {
    outbound: (socket, meta) => {
      if (shed(socket)) return;
      countSocket(socket, "source");
      return captured(socket, meta);
    },
    socks5: (socket, meta) => {
      // Before its greeting: "no acceptable methods" is the refusal a client can read there.
      if (shed(socket, 0xff)) return;
      countSocket(socket, "source");
      return socks5(socket, meta);
    },
    inbound: async (socket, meta) => {
      if (shed(socket)) return;
      countSocket(socket, "destination");
      // The TLS session: a deleted pod's sessions go with their tunnels (each tunnel is tracked for authz itself).
      if (!track(socket, meta)) return;
      // In-pod: the HBONE server's dial to this pod finds its netns by the pod's address.
      await podNetnsOf(meta, [canonicalOrEmpty(meta.origDst.address)]);
      inbound.handle(socket, { localAddress: canonicalOrEmpty(meta.origDst.address) });
    },
    "inbound-plaintext": async (socket, meta) => {
      if (shed(socket)) return;
      countSocket(socket, "destination");
      const tracked = track(socket, meta);
      if (!tracked) return;
      const netns = await podNetnsOf(meta, [canonicalOrEmpty(meta.origDst.address)]);
      return proxyInboundPlaintext(ctx, socket, meta.origDst, { netns, tracked });
    },
  };
}
