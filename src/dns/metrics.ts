// ztunnel's DNS metrics (src/dns/metrics.rs), same names, labels and buckets, so Istio's
// ztunnel dashboard reads them: every query counts once in istio_dns_requests_total;
// forwarded ones also once in istio_dns_upstream_requests_total and, when the upstream
// gave no records (error, NXDOMAIN, an empty answer — hickory reports all of these to
// ztunnel as a failed lookup) or no answer at all, once in istio_dns_upstream_failures_total;
// the upstream round trip goes into istio_dns_upstream_request_duration_seconds. Ours:
// ztunnel_ts_dns_dropped_total{reason}, queries dropped or refused before the lookup.
import { Counter, Histogram, Registry } from "prom-client";
import type { Requester } from "./lookup.ts";

export const DNS_LABELS = [
  "request_query_type",
  "request_protocol",
  "source_canonical_service",
  "source_canonical_revision",
] as const;
export type DnsLabels = Record<(typeof DNS_LABELS)[number], string>;

const known = (v: string | undefined) => (v ? v : "unknown");

/** Labels of one query: its type in lower case, udp/tcp, and the requester's canonical service/revision. */
export function dnsLabels(type: string | undefined, protocol: "udp" | "tcp", source?: Requester): DnsLabels {
  return {
    request_query_type: known(type?.toLowerCase()),
    request_protocol: protocol,
    source_canonical_service: known(source?.canonicalName),
    source_canonical_revision: known(source?.canonicalRevision),
  };
}

export type DropReason = "malformed" | "inflight" | "overload" | "tcp_connections" | "tcp_oversized";

export interface DnsMetrics {
  readonly registry: Registry;
  request(l: DnsLabels): void;
  forwarded(l: DnsLabels): void;
  failed(l: DnsLabels): void;
  duration(l: DnsLabels, seconds: number): void;
  dropped(reason: DropReason): void;
}

export function createDnsMetrics(registry: Registry = new Registry()): DnsMetrics {
  const labelNames = [...DNS_LABELS];
  const requests = new Counter({
    name: "istio_dns_requests_total",
    help: "DNS queries received by the proxy (unstable)",
    labelNames,
    registers: [registry],
  });
  const upstream = new Counter({
    name: "istio_dns_upstream_requests_total",
    help: "DNS queries forwarded to an upstream resolver (unstable)",
    labelNames,
    registers: [registry],
  });
  const failures = new Counter({
    name: "istio_dns_upstream_failures_total",
    help: "Forwarded DNS queries that got no records from upstream (unstable)",
    labelNames,
    registers: [registry],
  });
  const duration = new Histogram({
    name: "istio_dns_upstream_request_duration_seconds",
    help: "Time to get a DNS answer from upstream, in seconds (unstable)",
    labelNames,
    buckets: [0.0005, 0.001, 0.01, 0.1, 1, 5],
    registers: [registry],
  });
  const dropped = new Counter({
    name: "ztunnel_ts_dns_dropped_total",
    help: "DNS queries dropped or refused before lookup, by reason",
    labelNames: ["reason"],
    registers: [registry],
  });
  return {
    registry,
    request: (l) => requests.inc(l),
    forwarded: (l) => upstream.inc(l),
    failed: (l) => failures.inc(l),
    duration: (l, s) => duration.observe(l, s),
    dropped: (reason) => dropped.inc({ reason }),
  };
}
