// The app's listeners as handable sockets: every node-mode listener (capture ports,
// SOCKS5, per-pod HBONE) is created here so its fd is known and can go to a successor
// (handoff.ts). An inherited fd is adopted; otherwise a fresh SO_REUSEPORT socket is made
// and adopted, which is what the acceptor would have done itself. `kernel` balancing has
// no acceptor-owned sockets (one per worker), so it binds as before and hands nothing.
//
// Inherited sockets are held, not accepted from, until the new process is ready
// (InheritedListeners.activate): until then the old process serves their queues, so no
// connection meets a proxy without state or certificates. Meanwhile the app holds a
// placeholder id (negative) that unlisten() understands.
import type { ListenerInfo, ListenerSpec } from "../balance/addon.ts";
import { BalanceError } from "../balance/errors.ts";
import type { WorkerPool } from "../balance/workers.ts";
import type { HandedListener, InheritedListeners } from "./handoff.ts";

export interface HandableListeners {
  listen(spec: ListenerSpec): Promise<ListenerInfo>;
  unlisten(id: number): Promise<boolean>;
  /** What the acceptor owns now, for a successor. */
  fds(): HandedListener[];
}

export function handableListeners(
  pool: Pick<WorkerPool, "policy" | "addon" | "addListener" | "removeListener">,
  inherited?: InheritedListeners,
): HandableListeners {
  const handable = new Map<number, HandedListener>();
  const held = new Map<number, { spec: ListenerSpec; fd: number }>();
  const aliases = new Map<number, number>();
  // Far from accept/local-pods.ts's -1 "being created" marker for pod listeners.
  let nextPlaceholder = -1000;

  const adopt = async (spec: ListenerSpec, fd: number): Promise<ListenerInfo> => {
    let info: ListenerInfo;
    try {
      info = await pool.addListener({ ...spec, fd });
    } catch (err) {
      pool.addon.closeFd(fd);
      throw err;
    }
    handable.set(info.id, {
      kind: spec.kind,
      host: spec.host ?? "0.0.0.0",
      port: info.port,
      origDst: spec.origDst ?? "local",
      fd,
    });
    return info;
  };

  inherited?.onActivate(async () => {
    for (const [id, h] of [...held]) {
      held.delete(id);
      aliases.set(id, (await adopt(h.spec, h.fd)).id);
    }
  });

  return {
    async listen(spec) {
      if (pool.policy === "kernel") return pool.addListener(spec);
      const inheritedFd = inherited?.take(spec);
      if (inheritedFd !== undefined && !inherited?.active()) {
        const id = nextPlaceholder--;
        held.set(id, { spec, fd: inheritedFd });
        return {
          id,
          kind: spec.kind,
          origDst: spec.origDst ?? "local",
          address: spec.host ?? "0.0.0.0",
          port: spec.port ?? 0,
          family: 0,
        };
      }
      let fd = inheritedFd;
      if (fd === undefined) {
        try {
          fd = pool.addon.listenSocket({ ...spec, listen: true }).fd;
        } catch (err) {
          throw new BalanceError("ZTS_BALANCE_LISTEN", `${spec.kind} listener: ${(err as Error).message}`, {
            cause: err,
          });
        }
      }
      return adopt(spec, fd);
    },
    async unlisten(id) {
      const h = held.get(id);
      if (h) {
        held.delete(id);
        pool.addon.closeFd(h.fd);
        return true;
      }
      const real = aliases.get(id) ?? id;
      aliases.delete(id);
      // Forget the fd first: the acceptor closes it, and the number may be reused at once.
      handable.delete(real);
      return pool.removeListener(real);
    },
    fds: () => [...handable.values()],
  };
}
