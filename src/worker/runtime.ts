// Worker thread runtime. Registers with the native acceptor from its own thread, wraps each
// handed-off fd in a net.Socket and dispatches it to the handler for the listener's kind.
// The handler module is pluggable (workerData `handlerModule`: the proxy's is
// src/worker/proxy-worker.ts, the balance tests bring their own): it exports
// `createHandlers(ctx)`, which builds everything the worker holds from the explicit inputs
// in `ctx` and returns the handlers, so nothing is patched in later. The lease of every
// connection is released exactly once, when its socket closes — never per listener hop.
import net from "node:net";
import { pathToFileURL } from "node:url";
import { parentPort, workerData } from "node:worker_threads";
import {
  type Addon,
  type Endpoint,
  type HandoffMeta,
  type ListenerSpec,
  loadAddon,
  type Policy,
} from "../balance/addon.ts";
import { canonicalIp, isV6 } from "../state/ip.ts";
import { isRuntimeMessage, type MainToWorker, type WorkerToPool } from "./protocol.ts";

/** What the main thread passes in workerData (src/balance/workers.ts builds it). */
export interface WorkerInit {
  /** Native worker id (slot in the addon). */
  workerId: number;
  /** Pool index (stable across replacements; the `worker` metric label). */
  index: number;
  policy: Policy;
  /** Absolute path or file: URL of the handler module. */
  handlerModule: string;
  /** The handler module's own inputs (structured-cloneable), typed by that module. */
  handlerOptions?: unknown;
  addonPath?: string;
}

/** The inputs a handler module gets: who this worker is, its options, the addon, the port to the main thread. */
export interface WorkerContext<O = unknown> {
  workerId: number;
  index: number;
  options: O;
  addon: Addon;
  /** The port to the main thread, for request/response answers (src/admin/thread-rpc.ts). */
  port: NonNullable<typeof parentPort>;
}

/**
 * A dual-stack listener (`[::]`, in-pod) reports an IPv4 peer or local address as
 * ::ffff:a.b.c.d: handlers get every address canonical (state/ip.ts), with its real family.
 */
export function canonicalEndpoint(e: Endpoint): Endpoint {
  const address = canonicalIp(e.address);
  if (address === undefined || address === e.address) return e;
  return { ...e, address, family: isV6(address) ? 6 : 4 };
}

export type ConnectionHandler = (socket: net.Socket, meta: HandoffMeta) => void | Promise<void>;

/** What a handler module's createHandlers returns. `handlers[kind]` wins over `handle`. */
export interface WorkerHandlers<M extends { t: string } = { t: string }> {
  handle?: ConnectionHandler;
  handlers?: Record<string, ConnectionHandler>;
  /** The handler module's own messages (WorkerPool.broadcast / send / onWorkerStart). */
  onMessage?(msg: M): void;
}

/** The contract a handler module fulfils. */
export interface HandlerModule {
  createHandlers(ctx: WorkerContext<never>): WorkerHandlers<never> | Promise<WorkerHandlers<never>>;
}

export async function runWorker(init: WorkerInit, port: NonNullable<typeof parentPort>): Promise<void> {
  const addon = loadAddon(init.addonPath);
  const url = init.handlerModule.startsWith("file:") ? init.handlerModule : pathToFileURL(init.handlerModule).href;
  const mod = (await import(url)) as HandlerModule;
  const post = (m: WorkerToPool) => port.postMessage(m);
  const ctx: WorkerContext = { workerId: init.workerId, index: init.index, options: init.handlerOptions, addon, port };
  const h = (await (mod.createHandlers as (c: WorkerContext) => WorkerHandlers | Promise<WorkerHandlers>)(
    ctx,
  )) as WorkerHandlers;

  const dispatch = (socket: net.Socket, handed: HandoffMeta) => {
    const peer = canonicalEndpoint(handed.peer);
    const origDst = canonicalEndpoint(handed.origDst);
    const meta = peer === handed.peer && origDst === handed.origDst ? handed : { ...handed, peer, origDst };
    const release = () => addon.release(meta.leaseId);
    socket.once("close", release);
    // A handler that forgets an error listener must not take the whole worker down.
    socket.on("error", () => {});
    const handler = h.handlers?.[meta.kind] ?? h.handle;
    if (!handler) {
      socket.destroy();
      return;
    }
    try {
      const r = handler(socket, meta);
      if (r instanceof Promise) r.catch((err: Error) => failed(socket, err));
    } catch (err) {
      failed(socket, err as Error);
    }
  };
  const failed = (socket: net.Socket, err: Error) => {
    socket.destroy();
    post({ t: "handler-error", message: err?.message ?? String(err) });
  };

  const onHandoff = (meta: HandoffMeta) => {
    let socket: net.Socket;
    // allowHalfOpen: a client's FIN must become a FIN upstream, not end our reply side.
    try {
      socket = new net.Socket({ fd: meta.fd, readable: true, writable: true, allowHalfOpen: true });
      // Accepted sockets come with Nagle on: a small write (an h2 frame on :15008, a reply
      // to the client) would wait for the ACK of the previous one — up to a delayed-ACK
      // timeout. Every socket we dial has TCP_NODELAY already (dial.ts).
      socket.setNoDelay(true);
    } catch (err) {
      addon.closeFd(meta.fd);
      addon.release(meta.leaseId);
      post({ t: "handler-error", message: (err as Error).message });
      return;
    }
    dispatch(socket, meta);
  };

  // kernel policy: this worker's own SO_REUSEPORT socket per listener; the kernel picks.
  const servers = new Map<number, net.Server>();
  const listen = (listenerId: number, spec: ListenerSpec) => {
    let fd: number;
    let local: { address: string; port: number; family: number };
    try {
      const r = addon.listenSocket({ ...spec, reusePort: true });
      fd = r.fd;
      local = r;
    } catch (err) {
      post({ t: "listen-error", listenerId, message: (err as Error).message });
      return;
    }
    const server = net.createServer({ pauseOnConnect: false, allowHalfOpen: true, noDelay: true }, (socket) => {
      const sfd = (socket as unknown as { _handle?: { fd?: number } })._handle?.fd ?? -1;
      const orig = spec.origDst === "redirect" && sfd >= 0 ? addon.getOriginalDst(sfd) : null;
      const meta: HandoffMeta = {
        fd: sfd,
        leaseId: addon.track(init.workerId, sfd),
        listenerId,
        kind: spec.kind,
        peer: { address: socket.remoteAddress ?? "", port: socket.remotePort ?? 0, family: fam(socket.remoteFamily) },
        origDst: orig ?? {
          address: socket.localAddress ?? local.address,
          port: socket.localPort ?? local.port,
          family: fam(socket.localFamily),
        },
        workerId: init.workerId,
      };
      dispatch(socket, meta);
    });
    server.on("error", (err) => post({ t: "listen-error", listenerId, message: err.message }));
    server.listen({ fd }, () => post({ t: "listening", listenerId }));
    servers.set(listenerId, server);
  };

  port.on("message", (m: MainToWorker<{ t: string }>) => {
    if (!isRuntimeMessage(m)) {
      h.onMessage?.(m);
      return;
    }
    switch (m.t) {
      case "ping":
        post({ t: "pong", seq: m.seq });
        break;
      case "start":
        addon.registerWorker(init.workerId, onHandoff);
        post({ t: "ready" });
        break;
      case "listen":
        listen(m.listenerId, m.spec);
        break;
      case "unlisten":
        servers.get(m.listenerId)?.close();
        servers.delete(m.listenerId);
        break;
      case "rpc":
        // Answered by whoever registered for the method (src/admin/thread-rpc.ts answer()).
        break;
    }
  });
  post({ t: "booted" });
}

const fam = (f: string | undefined) => (f === "IPv6" ? 6 : f === "IPv4" ? 4 : 0);

if (parentPort && (workerData as { zts?: WorkerInit } | null)?.zts) {
  await runWorker((workerData as { zts: WorkerInit }).zts, parentPort);
}
