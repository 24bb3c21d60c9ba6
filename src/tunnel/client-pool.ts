// What both HBONE clients (client.ts on node:http2, native-client.ts on the addon) share: the
// pool of sessions per key with its stream slots and idle release, the pool key, the
// traceparent of each CONNECT and the one retry of a CONNECT the peer refused unprocessed.
import { randomBytes } from "node:crypto";
import type { HboneError } from "./errors.ts";

/** What the pool needs of a session record. */
export interface PoolEntry {
  key: string;
  /** Streams reserved or open; counted before the session exists so bursts share it. */
  streams: number;
  dead: boolean;
  idle?: NodeJS.Timeout | undefined;
  /** The session's opening: when it fails the session leaves the pool at once, so the next request dials again. */
  ready?: Promise<unknown>;
  /** Retired (retire()): closed once its last stream ends. */
  retiring?: boolean | undefined;
}

/** Pool key fields of a CONNECT (HboneConnectRequest's). */
export interface PoolKeyFields {
  srcIdentity: string;
  dstIdentities: string[];
  dstAddr: { host: string; port: number };
  srcIp: string;
}

/** Pool key, as ztunnel keys it: (source identity, destination identities sorted, destination address, source IP). */
export const poolKey = (req: PoolKeyFields): string => {
  const ids = req.dstIdentities.length > 1 ? [...req.dstIdentities].sort().join(",") : (req.dstIdentities[0] ?? "");
  // Newlines cannot occur in SPIFFE ids or addresses, so the parts cannot run together.
  return `${req.srcIdentity}\n${ids}\n${req.dstAddr.host}:${req.dstAddr.port}\n${req.srcIp}`;
};

/** The source IP of a pool key (its last part). */
export const poolKeySrcIp = (key: string): string => key.slice(key.lastIndexOf("\n") + 1);

// Trace and span ids for every CONNECT, cut from one random block refilled every 170
// streams: one randomFillSync per stream pair of ids cost more than the rest of the headers.
const RANDOM_BLOCK = 24 * 170;
let randomPool = Buffer.alloc(0);
let randomAt = RANDOM_BLOCK;
export const traceparent = (): string => {
  if (randomAt + 24 > randomPool.length) {
    randomPool = randomBytes(RANDOM_BLOCK);
    randomAt = 0;
  }
  const at = randomAt;
  randomAt += 24;
  // Flags 00 (not sampled), as ztunnel's TraceParent::new: the proxy starts no trace of its own.
  return `00-${randomPool.toString("hex", at, at + 16)}-${randomPool.toString("hex", at + 16, at + 24)}-00`;
};

/** Internal: a CONNECT the peer refused without processing it (retried once). */
export class RefusedStream extends Error {
  constructor(readonly error: HboneError) {
    super(error.message);
  }
}

/**
 * RFC 9113 §8.7: a stream reset with REFUSED_STREAM was not processed by the peer, so it is
 * safe to retry — e.g. a pooled session that a GOAWAY (peer or our own drain) closed while this
 * CONNECT was on its way. Once; `once` must take a fresh session (the refusing one was dropped).
 */
export async function withRefusedRetry<T>(once: () => Promise<T>): Promise<T> {
  try {
    return await once();
  } catch (e) {
    if (!(e instanceof RefusedStream)) throw e;
    return once().catch((e2: unknown) => {
      throw e2 instanceof RefusedStream ? e2.error : e2;
    });
  }
}

/**
 * Sessions per pool key: at most `maxStreams` streams each, a new session beyond that;
 * sessions with no streams are closed (`closeSession`) after `idleMs`, or at once while draining.
 */
export class SessionPool<P extends PoolEntry> {
  private readonly pools = new Map<string, P[]>();
  /** Set by drain(): a session whose last stream ends closes at once. */
  draining = false;

  constructor(
    private readonly maxStreams: number,
    private readonly idleMs: number,
    private readonly closeSession: (p: P) => void,
  ) {}

  /** A live session of `key` with a free slot, or `create()`'s; the slot is reserved. */
  acquire(key: string, create: () => P): P {
    let list = this.pools.get(key);
    if (!list) {
      list = [];
      this.pools.set(key, list);
    }
    let p = list.find((x) => !x.dead && x.streams < this.maxStreams);
    if (!p) {
      const np = create();
      np.ready?.catch(() => this.drop(np));
      list.push(np);
      p = np;
    }
    p.streams++;
    if (p.idle) {
      clearTimeout(p.idle);
      p.idle = undefined;
    }
    return p;
  }

  /** A release for one reserved slot that gives it back once however often it is called. */
  releaser(p: P): () => void {
    let released = false;
    return () => {
      if (!released) {
        released = true;
        this.release(p);
      }
    };
  }

  /** A slot given back: the session's idle timer starts when it was the last. */
  release(p: P): void {
    p.streams--;
    if ((this.draining || p.retiring) && p.streams === 0) {
      this.drop(p);
      this.closeSession(p);
      return;
    }
    if (p.streams > 0 || p.dead) return;
    p.idle = setTimeout(() => {
      this.drop(p);
      this.closeSession(p);
    }, this.idleMs);
    p.idle.unref();
  }

  /** The session takes no new streams (gone, GOAWAY, refused a stream): out of the pool. */
  drop(p: P): void {
    p.dead = true;
    if (p.idle) clearTimeout(p.idle);
    const list = this.pools.get(p.key);
    if (!list) return;
    const i = list.indexOf(p);
    if (i >= 0) list.splice(i, 1);
    if (list.length === 0) this.pools.delete(p.key);
  }

  /**
   * Out of the pool, and closed once no stream uses it (now, if none does): a session that
   * refused a stream, or every session at drain. Not closed while streams run because a
   * GOAWAY from the client cut the open streams of HBONE servers on Rust h2 before
   * hyperium/h2#886 (ztunnel builds of that age): only the streams' own ends end it.
   */
  retire(p: P): void {
    this.drop(p);
    p.retiring = true;
    if (p.streams === 0) this.closeSession(p);
  }

  /** Proxy drain: no new streams on any pooled session; each closes once its last stream ended. */
  drain(): void {
    this.draining = true;
    for (const p of this.all()) this.retire(p);
  }

  /**
   * Drops and ends (`end`: at once, streams reset) every pooled session, or with `srcIps` those
   * dialed from these source IPs (a deleted pod's); returns how many.
   */
  endAll(end: (p: P) => void, srcIps?: Iterable<string>): number {
    const ips = srcIps ? new Set(srcIps) : undefined;
    let n = 0;
    for (const p of this.all()) {
      if (ips && !ips.has(poolKeySrcIp(p.key))) continue;
      this.drop(p);
      end(p);
      n++;
    }
    return n;
  }

  /** Every pooled session (a copy: callers drop while iterating). */
  all(): P[] {
    return [...this.pools.values()].flat();
  }

  stats(): { key: string; streams: number[] }[] {
    return [...this.pools.entries()].map(([key, l]) => ({ key, streams: l.map((p) => p.streams) }));
  }
}
