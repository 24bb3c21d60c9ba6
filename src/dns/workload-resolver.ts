// Resolving workloads known by DNS name only, at connect time (ztunnel's on-demand DNS for
// hostname workloads): A and AAAA through the DNS proxy's upstreams (ZTS_DNS_UPSTREAM, the
// pooled, marked forwarder of upstream.ts), each answer kept for its TTL in an LRU cache,
// concurrent lookups of one name sharing one query. A failed lookup is not kept, so the
// next connection asks again; an empty answer without an SOA lives as long as the other
// family's answer for the name. The choice among the addresses is workload-answer.ts's.
import { LRUCache } from "lru-cache";
import { ZtsError } from "../errors.ts";
import type { Forwarder } from "./upstream.ts";
import {
  type AddressAnswer,
  type AddressType,
  addressQuery,
  chooseAddress,
  readAddressAnswer,
} from "./workload-answer.ts";

export type ResolveErrorCode =
  /** Neither the A nor the AAAA lookup got an answer (no upstream, timeout, SERVFAIL, …). */
  | "ZTS_RESOLVE_FAILED"
  /** The upstreams answered, with no address (ztunnel's EmptyResolvedAddresses). */
  | "ZTS_RESOLVE_EMPTY";

export class ResolveError extends ZtsError {
  declare readonly code: ResolveErrorCode;
}

export interface WorkloadResolver {
  /** One address for `hostname`, preferring `family`; rejects with ResolveError. */
  resolve(hostname: string, family: 4 | 6): Promise<string>;
}

export interface WorkloadResolverOptions {
  forwarder: Pick<Forwarder, "forward">;
  /** Cached answers (a name × type each); default 4096, ztunnel's resolver cache size. */
  maxEntries?: number;
  random?: () => number;
}

export function createWorkloadResolver(opts: WorkloadResolverOptions): WorkloadResolver {
  const cache = new LRUCache<string, string[]>({ max: opts.maxEntries ?? 4096 });
  const inFlight = new Map<string, Promise<AddressAnswer>>();

  async function ask(hostname: string, type: AddressType): Promise<AddressAnswer> {
    const { response } = await opts.forwarder.forward(addressQuery(hostname, type));
    return readAddressAnswer(response, type);
  }

  /** The answer for `type`, with the seconds it may still be kept (undefined: not to be kept). */
  function lookup(hostname: string, type: AddressType): Promise<AddressAnswer> {
    const key = `${type} ${hostname}`;
    const kept = cache.get(key);
    if (kept) return Promise.resolve({ ips: kept, ttlSec: cache.getRemainingTTL(key) / 1000 });
    let p = inFlight.get(key);
    if (p) return p;
    p = ask(hostname, type).then(
      (a) => {
        inFlight.delete(key);
        // TTL 0 (or none given): used for this connection only.
        if (a.ttlSec) cache.set(key, a.ips, { ttl: a.ttlSec * 1000 });
        return a;
      },
      (err: unknown) => {
        inFlight.delete(key);
        throw err;
      },
    );
    inFlight.set(key, p);
    return p;
  }

  function keepEmptyFor(hostname: string, type: AddressType, answer: AddressAnswer, other: AddressAnswer): void {
    if (answer.ips.length > 0 || answer.ttlSec !== undefined || !other.ttlSec || other.ips.length === 0) return;
    cache.set(`${type} ${hostname}`, [], { ttl: other.ttlSec * 1000 });
  }

  return {
    async resolve(hostname, family) {
      const [v4, v6] = await Promise.allSettled([lookup(hostname, "A"), lookup(hostname, "AAAA")]);
      // A name of one family often gets an empty answer for the other without an SOA (hosts
      // files, dnsmasq): keep that empty answer as long as the other family's, or every
      // connection would query it again.
      if (v4.status === "fulfilled" && v6.status === "fulfilled") {
        keepEmptyFor(hostname, "A", v4.value, v6.value);
        keepEmptyFor(hostname, "AAAA", v6.value, v4.value);
      }
      if (v4.status === "rejected" && v6.status === "rejected") {
        throw new ResolveError(
          "ZTS_RESOLVE_FAILED",
          `dns lookup of ${hostname} failed: ${(v4.reason as Error).message}`,
          {
            cause: v4.reason,
          },
        );
      }
      const ip = chooseAddress(
        v4.status === "fulfilled" ? v4.value.ips : [],
        v6.status === "fulfilled" ? v6.value.ips : [],
        family,
        opts.random,
      );
      if (!ip) throw new ResolveError("ZTS_RESOLVE_EMPTY", `dns response for ${hostname} had no addresses`);
      return ip;
    },
  };
}
