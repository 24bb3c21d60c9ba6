// L4 authorization: pure evaluation of the mesh's Authorization policies for one
// connection, with ztunnel's semantics (src/rbac.rs, ProxyState::assert_rbac):
//   policies that apply = Namespace-scoped ones in the destination workload's namespace
//   + Global ones + those the workload lists (WorkloadSelector, "ns/name");
//   dry-run policies are logged, never enforced; DENY first; then, if any ALLOW policy
//   applies, one must match; no ALLOW policy → allowed.
//   A policy matches if any rule does; a rule if all its clauses do; a clause if any of its
//   (non-empty) matches does; a match if every field set in it does (`not_*` = none of).
// Principals compare against the SPIFFE id without `spiffe://`, as Istio writes them
// (`cluster.local/ns/x/sa/y`), exactly as ztunnel's StringMatch::matches_principal: a
// pattern that itself starts with `spiffe://` therefore never matches. We keep that
// verdict (the same policy must mean the same on ztunnel, ztunnel-ts and a waypoint) and
// only make it visible: principalWarnings() names such patterns, and the main thread logs
// and counts each policy carrying one (src/admin/policy-warnings.ts). `*` has no meaning
// here: istiod turns `*`, `foo*`, `*foo` into presence / prefix / suffix before they reach
// us, so an exact `*` is the literal string, as in ztunnel.
import { isIPv4 } from "node:net";
import { logger } from "../log.ts";
import type { Authorization, Cidr, Ip, RbacMatch, StringMatch, Workload } from "../state/types.ts";
import { policyKey } from "../state/types.ts";

export interface AuthzConnection {
  srcIp: Ip;
  /** Verified peer identity (`spiffe://…`); absent for plaintext peers. */
  srcIdentity?: string;
  dstIp: Ip;
  dstPort: number;
}

export interface AuthzDecision {
  allow: boolean;
  /** `ns/name` of the policy that decided (the matching DENY or ALLOW). */
  policy?: string;
  reason: "no-policies" | "allow-match" | "deny-match" | "no-allow-match";
}

/** Where the evaluator finds policies; the state store provides this. */
export interface PolicySource {
  /** Namespace-scoped policies of `namespace`, plus Global ones when `namespace` = "". */
  byNamespace(namespace: string): Iterable<Authorization>;
  get(key: string): Authorization | undefined;
}

/** A PolicySource over a plain list (tests, small meshes). */
export function policySourceFromList(list: Iterable<Authorization>): PolicySource {
  const byKey = new Map<string, Authorization>();
  const byNs = new Map<string, Authorization[]>();
  for (const p of list) {
    byKey.set(policyKey(p), p);
    const ns = p.scope === "Global" ? "" : p.scope === "Namespace" ? p.namespace : undefined;
    if (ns === undefined) continue;
    const arr = byNs.get(ns) ?? [];
    arr.push(p);
    byNs.set(ns, arr);
  }
  return { byNamespace: (ns) => byNs.get(ns) ?? [], get: (k) => byKey.get(k) };
}

/** The policies that apply to a destination workload, without duplicates. */
export function applicablePolicies(
  src: PolicySource,
  wl: Pick<Workload, "namespace" | "authorizationPolicies">,
): Authorization[] {
  const seen = new Map<string, Authorization>();
  for (const p of src.byNamespace(wl.namespace)) seen.set(policyKey(p), p);
  for (const p of src.byNamespace("")) seen.set(policyKey(p), p);
  for (const k of wl.authorizationPolicies) {
    const p = src.get(k);
    if (p) seen.set(k, p);
    else logger().warn({ policy: k }, "authz: skipping unknown policy");
  }
  return [...seen.values()];
}

export function authorize(
  src: PolicySource,
  wl: Pick<Workload, "namespace" | "authorizationPolicies">,
  conn: AuthzConnection,
): AuthzDecision {
  const d = evaluate(applicablePolicies(src, wl), conn);
  logger().debug({ ...conn, ...d }, "authz decision");
  return d;
}

/** Decides over an already-selected list of policies. */
export function evaluate(policies: readonly Authorization[], conn: AuthzConnection): AuthzDecision {
  const id = parsePeer(conn.srcIdentity);
  let allowSeen = false;
  for (const p of policies) {
    if (p.action !== "Deny") continue;
    const m = policyMatches(p, conn, id);
    if (p.dryRun) {
      if (m) logger().debug({ policy: policyKey(p) }, "authz dry-run: deny policy match");
      continue;
    }
    if (m) return { allow: false, policy: policyKey(p), reason: "deny-match" };
  }
  for (const p of policies) {
    if (p.action !== "Allow") continue;
    const m = policyMatches(p, conn, id);
    if (p.dryRun) {
      if (m) logger().debug({ policy: policyKey(p) }, "authz dry-run: allow policy match");
      continue;
    }
    allowSeen = true;
    if (m) return { allow: true, policy: policyKey(p), reason: "allow-match" };
  }
  return allowSeen ? { allow: false, reason: "no-allow-match" } : { allow: true, reason: "no-policies" };
}

interface Peer {
  full: string;
  /** Without `spiffe://`; empty when the peer has no (SPIFFE) identity. */
  bare: string;
  namespace: string;
  serviceAccount: string;
}

function parsePeer(identity: string | undefined): Peer {
  const m = identity ? /^spiffe:\/\/([^/]+\/ns\/([^/]+)\/sa\/([^/]+))$/.exec(identity) : null;
  if (!m) return { full: identity ?? "", bare: "", namespace: "", serviceAccount: "" };
  return { full: identity!, bare: m[1]!, namespace: m[2]!, serviceAccount: m[3]! };
}

export function policyMatches(
  p: Authorization,
  conn: AuthzConnection,
  peer: Peer = parsePeer(conn.srcIdentity),
): boolean {
  // An empty rule list matches nothing (an ALLOW with no rules allows nothing).
  return p.rules.some((rule) =>
    rule.every((clause) => clause.length === 0 || clause.some((m) => !isEmptyMatch(m) && matchOne(m, conn, peer))),
  );
}

function field<T>(pos: readonly T[], neg: readonly T[], pred: (t: T) => boolean): boolean {
  return (pos.length === 0 || pos.some(pred)) && (neg.length === 0 || !neg.some(pred));
}

function matchOne(m: RbacMatch, c: AuthzConnection, peer: Peer): boolean {
  return (
    field(m.destinationIps, m.notDestinationIps, (n) => cidrContains(n, c.dstIp)) &&
    field(m.sourceIps, m.notSourceIps, (n) => cidrContains(n, c.srcIp)) &&
    field(m.destinationPorts, m.notDestinationPorts, (p) => p === c.dstPort) &&
    field(
      m.serviceAccounts,
      m.notServiceAccounts,
      (s) => peer.bare !== "" && s.namespace === peer.namespace && s.serviceAccount === peer.serviceAccount,
    ) &&
    field(m.principals, m.notPrincipals, (s) => matchPrincipal(s, peer)) &&
    field(m.namespaces, m.notNamespaces, (s) => matchString(s, peer.namespace))
  );
}

function isEmptyMatch(m: RbacMatch): boolean {
  return Object.values(m).every((v) => (v as unknown[]).length === 0);
}

function matchPrincipal(s: StringMatch, peer: Peer): boolean {
  // ztunnel strips `spiffe://` from the peer's id (`bare`) and refuses a peer without one.
  if (peer.bare === "") return false;
  return matchString(s, peer.bare);
}

export interface PolicyWarning {
  /** Stable label of ztunnel_ts_policy_warnings_total. */
  reason: "principal-spiffe-scheme";
  /** The offending pattern, for the log line. */
  pattern: string;
}

const patternOf = (s: StringMatch): string =>
  "exact" in s ? s.exact : "prefix" in s ? s.prefix : "suffix" in s ? s.suffix : "";

/**
 * Principal patterns of `p` that can never match because they carry the `spiffe://`
 * scheme (ztunnel compares without it). Pure; the caller decides how often to report.
 */
export function principalWarnings(p: Authorization): PolicyWarning[] {
  const out: PolicyWarning[] = [];
  for (const rule of p.rules)
    for (const clause of rule)
      for (const m of clause)
        for (const s of [...m.principals, ...m.notPrincipals]) {
          const pattern = patternOf(s);
          if (pattern.startsWith("spiffe://")) out.push({ reason: "principal-spiffe-scheme", pattern });
        }
  return out;
}

export function matchString(s: StringMatch, v: string): boolean {
  if ("exact" in s) return v === s.exact;
  if ("prefix" in s) return v.startsWith(s.prefix);
  if ("suffix" in s) return v.endsWith(s.suffix);
  return v !== "";
}

/** IP text → 16 bytes (IPv4 as IPv4-mapped IPv6) so one comparison serves both families. */
export function ipBytes(ip: string): Uint8Array | undefined {
  const out = new Uint8Array(16);
  if (isIPv4(ip)) {
    out[10] = 0xff;
    out[11] = 0xff;
    ip.split(".").forEach((o, i) => {
      out[12 + i] = Number(o);
    });
    return out;
  }
  let s = ip.replace(/%.*$/, "");
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (v4) {
    const b = ipBytes(v4[1]!);
    if (!b) return undefined;
    s = `${s.slice(0, -v4[1]!.length)}${((b[12]! << 8) | b[13]!).toString(16)}:${((b[14]! << 8) | b[15]!).toString(16)}`;
  }
  const halves = s.split("::");
  if (halves.length > 2) return undefined;
  const head = halves[0] ? halves[0].split(":") : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(":") : [];
  const groups = halves.length === 2 ? [...head, ...Array(8 - head.length - tail.length).fill("0"), ...tail] : head;
  if (groups.length !== 8) return undefined;
  for (let i = 0; i < 8; i++) {
    const g = groups[i]!;
    if (!/^[0-9a-f]{1,4}$/i.test(g)) return undefined;
    const n = Number.parseInt(g, 16);
    out[2 * i] = n >> 8;
    out[2 * i + 1] = n & 0xff;
  }
  return out;
}

export function cidrContains(cidr: Cidr, ip: Ip): boolean {
  const net = ipBytes(cidr.address);
  const a = ipBytes(ip);
  if (!net || !a) return false;
  // IPv4 prefixes count from the mapped address's bit 96.
  const bits = isIPv4(cidr.address) ? 96 + cidr.prefixLen : cidr.prefixLen;
  const full = bits >> 3;
  for (let i = 0; i < full; i++) if (net[i] !== a[i]) return false;
  const rem = bits & 7;
  if (rem === 0) return true;
  const mask = (0xff << (8 - rem)) & 0xff;
  return ((net[full]! ^ a[full]!) & mask) === 0;
}
