// One DNS query, bytes in → bytes out (or nothing: dropped), as ztunnel's handler.rs and
// Store::lookup: find the requester (unknown → SERVFAIL, never an open resolver), answer
// mesh names from the state (authoritative), forward the rest (SERVFAIL when no upstream
// answers), fit UDP replies to the client's size (TC). Forwarded queries in flight are
// bounded, overall and per client address, so one flooding client cannot starve the rest.
import type { Logger } from "../log.ts";
import { canonicalOrEmpty } from "../state/ip.ts";
import type { StateView } from "../state/store.ts";
import { createCachedLookup } from "./answer-cache.ts";
import type { LookupOptions, Requester } from "./lookup.ts";
import { answerCount, fitUdp, MIN_UDP_SIZE, notAuthoritative, parseQuery, RCODE, rcodeOf, reply } from "./message.ts";
import { type DnsMetrics, dnsLabels } from "./metrics.ts";
import type { Forwarder } from "./upstream.ts";

export interface HandlerLimits {
  /** Forwarded queries in flight, all clients (default 1024). */
  maxInflight?: number;
  /** Forwarded queries in flight from one client address (default 128). */
  maxInflightPerSource?: number;
}

export interface DnsHandlerOptions {
  view: StateView;
  /** Who is asking, from the client's address (node mode), or always the pod (in-pod mode). */
  requester(address: string): Requester | undefined;
  lookup: LookupOptions;
  forwarder: Forwarder;
  /** Make forwarded sockets in this network namespace (in-pod mode: the pod's). */
  netns?: string;
  metrics: DnsMetrics;
  log: Logger;
  limits?: HandlerLimits;
}

export type DnsHandler = (msg: Buffer, protocol: "udp" | "tcp", address: string) => Promise<Buffer | undefined>;

export function createDnsHandler(opts: DnsHandlerOptions): DnsHandler {
  const maxInflight = opts.limits?.maxInflight ?? 1024;
  const maxPerSource = opts.limits?.maxInflightPerSource ?? 128;
  const perSource = new Map<string, number>();
  let inflight = 0;
  const { metrics, log } = opts;
  const decide = createCachedLookup(opts.view, opts.lookup);

  return async (msg, protocol, address) => {
    const parsed = parseQuery(msg);
    if (!parsed.ok) {
      metrics.dropped("malformed");
      log.debug({ src: address, protocol, reason: parsed.reason }, "dns: bad query");
      return parsed.reply;
    }
    const q = parsed.query;
    const limit = protocol === "udp" ? q.udpSize : 65535;
    // Canonical, as the state holds addresses: a dual-stack socket reports IPv4 clients as ::ffff:a.b.c.d.
    const client = opts.requester(canonicalOrEmpty(address));
    // ztunnel's DNS access log (debug): requester, query type, name, result, record count.
    const access = (result: string, endpoints = 0) => {
      if (!log.isLevelEnabled("debug")) return;
      log.debug(
        {
          src: address,
          "src.workload": client?.name ?? "unknown",
          "src.namespace": client?.namespace ?? "unknown",
          query: q.type,
          domain: q.name,
          protocol,
          result,
          endpoints,
        },
        "dns",
      );
    };
    if (!client) {
      metrics.request(dnsLabels(q.type, protocol));
      access("unknown source");
      return reply(q, { rcode: RCODE.SERVFAIL });
    }
    const labels = dnsLabels(q.type, protocol, client);
    const decision = decide(client, q.name, q.type);
    if (decision.kind === "answer") {
      metrics.request(labels);
      access(decision.answers.length > 0 ? "success" : "no records", decision.answers.length);
      return fitUdp(reply(q, { answers: decision.answers, authoritative: true }), Math.max(limit, MIN_UDP_SIZE));
    }
    const n = perSource.get(address) ?? 0;
    if (inflight >= maxInflight || n >= maxPerSource) {
      metrics.dropped("inflight");
      access("dropped: too many queries in flight");
      // UDP: silence (the client retries). TCP: an answer, or the client waits on its connection.
      return protocol === "tcp" ? reply(q, { rcode: RCODE.SERVFAIL }) : undefined;
    }
    inflight++;
    perSource.set(address, n + 1);
    metrics.request(labels);
    metrics.forwarded(labels);
    const started = performance.now();
    try {
      const forwarded = await opts.forwarder.forward(msg, opts.netns ? { netns: opts.netns } : {});
      const response = notAuthoritative(forwarded.response);
      const records = answerCount(response);
      if (rcodeOf(response) !== RCODE.NOERROR || records === 0) metrics.failed(labels);
      access("forwarded", records);
      return protocol === "udp" ? fitUdp(response, limit) : response;
    } catch (err) {
      metrics.failed(labels);
      access(`forwarding failed (${(err as Error).message})`);
      return reply(q, { rcode: RCODE.SERVFAIL });
    } finally {
      metrics.duration(labels, (performance.now() - started) / 1000);
      inflight--;
      const left = (perSource.get(address) ?? 1) - 1;
      if (left === 0) perSource.delete(address);
      else perSource.set(address, left);
    }
  };
}
