// In-pod mode, worker side: which pod's network namespace a connection belongs to, so the
// proxy's outgoing sockets for it are made in there (ztunnel: a pod's outbound leaves from
// its own netns; the dial to the destination pod's app is made inside that pod's netns).
// The main thread posts listener id → pod netns ("inpod" message); the HBONE paths only see
// addresses (the client's dialer gets the source IP, the server's dial the target IP), so
// every in-pod connection also teaches "this pod IP lives in that netns".
import type { InpodListener } from "../worker/protocol.ts";

export interface PodNetns {
  /** Replaces the listener map (the main thread sends it in full on every change). */
  setListeners(listeners: Record<number, InpodListener>): void;
  /**
   * The pod behind listener `id`. A connection can be handed over before the message naming
   * its (brand new) listener arrives: in in-pod mode wait for the next message, briefly.
   */
  forListener(id: number): InpodListener | undefined | Promise<InpodListener | undefined>;
  /** Remembers that `ips` (a pod's addresses, seen on a connection in its netns) belong to `pod`. */
  learn(ips: Iterable<string>, pod: InpodListener): void;
  /** The netns path of the pod owning `ip`, while that pod is still served. */
  forIp(ip: string | undefined): string | undefined;
  /** The addresses learnt for pod `uid` before its listeners went (once; for closing its pooled sessions). */
  takeForgotten(uid: string): string[];
}

export function createPodNetns(opts: { enabled: boolean; waitMs?: number }): PodNetns {
  let listeners = new Map<number, InpodListener>();
  const byIp = new Map<string, InpodListener>();
  let waiters: { id: number; done: () => void }[] = [];
  const forgotten = new Map<string, string[]>();
  const current = (p: InpodListener) => [...listeners.values()].some((l) => l.uid === p.uid && l.netns === p.netns);

  return {
    setListeners(map) {
      listeners = new Map(Object.entries(map).map(([id, l]) => [Number(id), l]));
      // A removed pod's fd path may be reused by the next pod: forget its addresses now.
      for (const [ip, p] of byIp) {
        if (current(p)) continue;
        byIp.delete(ip);
        forgotten.set(p.uid, [...(forgotten.get(p.uid) ?? []), ip]);
      }
      for (const w of waiters.filter((x) => listeners.has(x.id))) w.done();
    },
    forListener(id) {
      const known = listeners.get(id);
      if (known || !opts.enabled) return known;
      return new Promise((resolve) => {
        const timer = setTimeout(done, opts.waitMs ?? 1000);
        function done() {
          clearTimeout(timer);
          waiters = waiters.filter((w) => w.done !== done);
          resolve(listeners.get(id));
        }
        waiters.push({ id, done });
      });
    },
    learn(ips, pod) {
      for (const ip of ips) if (ip) byIp.set(ip, pod);
    },
    forIp(ip) {
      return ip ? byIp.get(ip)?.netns : undefined;
    },
    takeForgotten(uid) {
      const ips = forgotten.get(uid) ?? [];
      forgotten.delete(uid);
      return ips;
    },
  };
}
