// security.istio.io AuthorizationPolicy and PeerAuthentication → the Authorization model, as
// istiod's ambient index builds ztunnel's policies (pilot/pkg/serviceregistry/ambient:
// authorization.go convertAuthorizationPolicy / handleRule / stringToMatch / stringToIP /
// stringToPort, convertPeerAuthentication, convertedSelectorPeerAuthentications; policies.go
// PolicyCollections; workloads.go buildWorkloadPolicies / fetchPeerAuthentications).
// Where istiod's conversion silently skips a value its validation webhook would have refused
// (a bad CIDR, a port past 65535, an unknown action, an unparsable dry-run annotation) we refuse
// the mesh with an error naming file, object and field, as translate.ts does for every kind.
import {
  any,
  cidr,
  fail,
  ip,
  list,
  map,
  nullAs,
  type Out,
  obj,
  oneOf,
  optional,
  type Path,
  port,
  refine,
  type Spec,
  show,
  str,
  withDefault,
} from "../../src/state/schema.ts";
import type { Authorization, Cidr, RbacMatch, StringMatch } from "../../src/state/types.ts";
import { policyKey } from "../../src/state/types.ts";

/** What translate.ts's per-object context offers (structurally its Ctx). */
export interface Checker {
  err(field: string, problem: string): Error;
  check<T>(spec: Spec<T>, value: unknown, path: Path): T;
}

export interface PolicyMeta {
  name: string;
  namespace: string;
  annotations: Record<string, string>;
}

export interface PolicyOptions {
  /** istiod's mesh root namespace (meshConfig.rootNamespace, istio-system by default). */
  rootNamespace: string;
  /** istiod's AMBIENT_ENABLE_DRY_RUN_AUTHORIZATION_POLICY (off by default there, too). */
  dryRunPolicies: boolean;
}

/** istiod's staticStrictPolicyName. */
export const STATIC_STRICT_POLICY = "istio_converted_static_strict";
/** model.GetAmbientPolicyConfigName's prefix for a PeerAuthentication. */
export const CONVERTED_PEER_AUTHN_PREFIX = "converted_peer_authentication_";
export const DRY_RUN_ANNOTATION = "istio.io/dry-run";

// ---- shapes ----

const k8s = <F extends Record<string, Spec<unknown>>>(fields: F) =>
  obj(fields, { unknown: "ignore", nullIsMissing: true });

/** A list of strings; istio's CheckEmptyValues refuses an empty one. */
const values = withDefault(list(refine(str(), (v) => (v === "" ? fail("must not be empty") : v))), []);

/** istio's ValidateIPs: `ip/prefix` (netip.ParsePrefix) or a bare address (its full length). */
const ipOrCidr: Spec<Cidr> = {
  check(v, path, issues) {
    if (typeof v === "string" && !v.includes("/")) {
      const before = issues.length;
      const address = ip().check(v, path, issues);
      if (issues.length > before) return { address: "", prefixLen: 0 };
      return { address, prefixLen: address.includes(":") ? 128 : 32 };
    }
    return cidr().check(v, path, issues);
  },
};
const cidrs = withDefault(list(ipOrCidr), []);

/** istio's ValidatePorts: ParseUint base 10, at most 65535 (a YAML integer is taken too). */
const policyPort: Spec<number> = {
  check(v, path, issues) {
    const n = typeof v === "string" && /^\d+$/.test(v) ? Number(v) : v;
    if (typeof n === "number" && Number.isInteger(n) && n >= 0 && n <= 65535) return n;
    issues.push({ path, message: `${show(v)} is not a port (0-65535)` });
    return 0;
  },
};
const ports = withDefault(list(policyPort), []);

const SOURCE = k8s({
  principals: values,
  notPrincipals: values,
  requestPrincipals: values,
  notRequestPrincipals: values,
  namespaces: values,
  notNamespaces: values,
  serviceAccounts: values,
  notServiceAccounts: values,
  ipBlocks: cidrs,
  notIpBlocks: cidrs,
  remoteIpBlocks: cidrs,
  notRemoteIpBlocks: cidrs,
});

const OPERATION = k8s({
  ports,
  notPorts: ports,
  hosts: values,
  notHosts: values,
  methods: values,
  notMethods: values,
  paths: values,
  notPaths: values,
});

const CONDITION = k8s({
  key: refine(str(), (v) => v || fail("must not be empty")),
  values,
  notValues: values,
});

const RULE = k8s({
  from: withDefault(list(k8s({ source: SOURCE })), []),
  to: withDefault(list(k8s({ operation: OPERATION })), []),
  when: withDefault(list(CONDITION), []),
});

const SELECTOR = k8s({ matchLabels: optional(map(str(), str())) });

const AUTHZ_SPEC = k8s({
  selector: optional(SELECTOR),
  targetRef: optional(any()),
  targetRefs: withDefault(list(any()), []),
  action: withDefault(oneOf(["ALLOW", "DENY", "AUDIT", "CUSTOM"]), "ALLOW"),
  // `- {}` and a bare `-` are both the empty rule, which matches everything.
  rules: withDefault(list(nullAs(RULE, { from: [], to: [], when: [] })), []),
});

type MtlsMode = "UNSET" | "STRICT" | "PERMISSIVE" | "DISABLE";
const MODE = k8s({ mode: withDefault(oneOf(["UNSET", "STRICT", "PERMISSIVE", "DISABLE"]), "UNSET") });

const PEER_AUTHN_SPEC = k8s({
  selector: optional(SELECTOR),
  mtls: optional(MODE),
  portLevelMtls: optional(map(port({ fromString: true }), MODE)),
});

// ---- AuthorizationPolicy ----

export interface ParsedAuthz {
  namespace: string;
  /** undefined: not for ztunnel (targetRefs, AUDIT/CUSTOM, dry-run while disabled): not sent. */
  authorization?: Authorization;
  /** The selector's matchLabels; undefined when there are none (then no workload lists it). */
  matchLabels?: Record<string, string>;
}

/** strconv.ParseBool, which istiod uses for the dry-run annotation. */
function parseBool(v: string): boolean | undefined {
  if (["1", "t", "T", "TRUE", "true", "True"].includes(v)) return true;
  if (["0", "f", "F", "FALSE", "false", "False"].includes(v)) return false;
  return undefined;
}

const emptyMatch = (): RbacMatch => ({
  namespaces: [],
  notNamespaces: [],
  serviceAccounts: [],
  notServiceAccounts: [],
  principals: [],
  notPrincipals: [],
  sourceIps: [],
  notSourceIps: [],
  destinationIps: [],
  notDestinationIps: [],
  destinationPorts: [],
  notDestinationPorts: [],
});

/** istiod's stringToMatch: `*` presence, `*x` suffix, `x*` prefix, else exact. */
export function stringMatch(v: string): StringMatch {
  if (v === "*") return { presence: true };
  if (v.startsWith("*")) return { suffix: v.slice(1) };
  if (v.endsWith("*")) return { prefix: v.slice(0, -1) };
  return { exact: v };
}

/** istiod's stringToServiceAccountMatch: `ns/sa`, or `sa` in the policy's namespace. */
function serviceAccountMatch(v: string, ns: string) {
  const i = v.indexOf("/");
  return i >= 0 ? { namespace: v.slice(0, i), serviceAccount: v.slice(i + 1) } : { namespace: ns, serviceAccount: v };
}

/** istiod's l4WhenAttributes: the `when` keys ztunnel can evaluate. */
const L4_WHEN = ["source.ip", "source.namespace", "source.principal", "destination.ip", "destination.port"];

/** A `when` condition's values as its key needs them (IPs and ports checked as istio's ValidateAttribute). */
function whenValues(c: Checker, key: string, raw: string[], path: Path) {
  if (key === "source.ip" || key === "destination.ip") return { cidrs: c.check(list(ipOrCidr), raw, path) };
  if (key === "destination.port") return { ports: c.check(list(policyPort), raw, path) };
  return { strings: raw };
}

/** istiod's handleRule: one rule → its clauses, or undefined when an ALLOW rule has L7 fields. */
function handleRule(
  c: Checker,
  action: "Allow" | "Deny",
  r: Out<typeof RULE>,
  ns: string,
  path: Path,
): RbacMatch[][] | undefined {
  let l7 = false;
  const clauses: RbacMatch[][] = [];
  const to = r.to.map(({ operation: op }) => {
    if (op.hosts.length || op.notHosts.length || op.methods.length || op.notMethods.length) l7 = true;
    if (op.paths.length || op.notPaths.length) l7 = true;
    return { ...emptyMatch(), destinationPorts: op.ports, notDestinationPorts: op.notPorts };
  });
  // istiod's httpSources: requestPrincipals and remoteIpBlocks (and their not-forms) are L7 to it.
  const from = r.from.map(({ source: s }) => {
    if (s.remoteIpBlocks.length || s.notRemoteIpBlocks.length) l7 = true;
    if (s.requestPrincipals.length || s.notRequestPrincipals.length) l7 = true;
    return {
      ...emptyMatch(),
      sourceIps: s.ipBlocks,
      notSourceIps: s.notIpBlocks,
      namespaces: s.namespaces.map(stringMatch),
      notNamespaces: s.notNamespaces.map(stringMatch),
      serviceAccounts: s.serviceAccounts.map((v) => serviceAccountMatch(v, ns)),
      notServiceAccounts: s.notServiceAccounts.map((v) => serviceAccountMatch(v, ns)),
      principals: s.principals.map(stringMatch),
      notPrincipals: s.notPrincipals.map(stringMatch),
    };
  });
  if (to.length) clauses.push(to);
  if (from.length) clauses.push(from);
  for (const [i, w] of r.when.entries()) {
    if (!L4_WHEN.includes(w.key)) l7 = true;
    const m = emptyMatch();
    const pos = whenValues(c, w.key, w.values, [...path, "when", i, "values"]);
    const neg = whenValues(c, w.key, w.notValues, [...path, "when", i, "notValues"]);
    switch (w.key) {
      case "source.namespace":
        m.namespaces = (pos.strings ?? []).map(stringMatch);
        m.notNamespaces = (neg.strings ?? []).map(stringMatch);
        break;
      case "source.principal":
        m.principals = (pos.strings ?? []).map(stringMatch);
        m.notPrincipals = (neg.strings ?? []).map(stringMatch);
        break;
      case "source.ip":
        m.sourceIps = pos.cidrs ?? [];
        m.notSourceIps = neg.cidrs ?? [];
        break;
      case "destination.ip":
        m.destinationIps = pos.cidrs ?? [];
        m.notDestinationIps = neg.cidrs ?? [];
        break;
      case "destination.port":
        m.destinationPorts = pos.ports ?? [];
        m.notDestinationPorts = neg.ports ?? [];
        break;
    }
    // Any other key leaves the match empty: ztunnel skips empty matches, so for DENY this
    // clause never matches; for ALLOW the whole rule is dropped below.
    clauses.push([m]);
  }
  // L7 rules never match for ALLOW; a DENY keeps them without the L7 fields.
  if (action === "Allow" && l7) return undefined;
  return clauses;
}

/** istiod's convertAuthorizationPolicy (+ the selector PolicyCollections keeps for workloads). */
export function parseAuthorizationPolicy(c: Checker, m: PolicyMeta, spec: unknown, opts: PolicyOptions): ParsedAuthz {
  const s = c.check(AUTHZ_SPEC, spec ?? {}, ["spec"]);
  const out: ParsedAuthz = { namespace: m.namespace, matchLabels: s.selector?.matchLabels };
  let dryRun = false;
  const anno = m.annotations[DRY_RUN_ANNOTATION];
  if (anno) {
    const b = parseBool(anno);
    if (b === undefined)
      throw c.err(`metadata.annotations.${DRY_RUN_ANNOTATION}`, `${show(anno)} is not true or false`);
    dryRun = b;
  }
  if (dryRun && !opts.dryRunPolicies) return out; // istiod: "support for ambient dry-run … isn't enabled"
  if (s.targetRefs.length > 0 || s.targetRef !== undefined) return out; // "TargetRef is not intended for ztunnel"
  if (s.action !== "ALLOW" && s.action !== "DENY") return out; // "ztunnel does not support the AUDIT action"
  const action = s.action === "DENY" ? "Deny" : "Allow";
  const scope = s.selector ? "WorkloadSelector" : m.namespace === opts.rootNamespace ? "Global" : "Namespace";
  const rules: RbacMatch[][][] = [];
  for (const [i, rule] of s.rules.entries()) {
    const clauses = handleRule(c, action, rule, m.namespace, ["spec", "rules", i]);
    if (clauses) rules.push(clauses);
  }
  out.authorization = { name: m.name, namespace: m.namespace, scope, action, rules, dryRun };
  return out;
}

// ---- PeerAuthentication ----

export interface ParsedPeerAuthn {
  name: string;
  namespace: string;
  /** creationTimestamp in ms (0 when unset: Go's zero time, the oldest). */
  created: number;
  /** spec.selector is set (even without labels). */
  hasSelector: boolean;
  matchLabels?: Record<string, string>;
  mode: MtlsMode;
  /** portLevelMtls by port, ascending (istiod's maps.SeqStable); undefined when the field is unset. */
  portLevel?: [number, MtlsMode][];
}

export function parsePeerAuthentication(c: Checker, m: PolicyMeta, spec: unknown, created: unknown): ParsedPeerAuthn {
  const s = c.check(PEER_AUTHN_SPEC, spec ?? {}, ["spec"]);
  let ms = 0;
  if (created !== undefined && created !== null) {
    ms = typeof created === "string" ? Date.parse(created) : Number.NaN;
    if (Number.isNaN(ms)) throw c.err("metadata.creationTimestamp", `${show(created)} is not an RFC 3339 time`);
  }
  const portLevel = s.portLevelMtls
    ? Object.entries(s.portLevelMtls)
        .map(([p, v]): [number, MtlsMode] => [Number(p), v.mode])
        .sort((a, b) => a[0] - b[0])
    : undefined;
  return {
    name: m.name,
    namespace: m.namespace,
    created: ms,
    hasSelector: s.selector !== undefined,
    matchLabels: s.selector?.matchLabels,
    mode: s.mtls?.mode ?? "UNSET",
    portLevel,
  };
}

/** The oldest (strictly earlier creationTimestamp; the first on ties), as getOldestPeerAuthn. */
function oldest(list: ParsedPeerAuthn[]): ParsedPeerAuthn | undefined {
  let o: ParsedPeerAuthn | undefined;
  for (const p of list) if (!o || p.created < o.created) o = p;
  return o;
}

const presence = (): RbacMatch => ({ ...emptyMatch(), notPrincipals: [{ presence: true }] });

/** istiod's DefaultPolicy: DENY any peer without a principal (plaintext), sent when any PeerAuthentication exists. */
export function staticStrictPolicy(rootNamespace: string): Authorization {
  return {
    name: STATIC_STRICT_POLICY,
    namespace: rootNamespace,
    scope: "WorkloadSelector",
    action: "Deny",
    rules: [[[presence()]]],
    dryRun: false,
  };
}

const convertedName = (p: ParsedPeerAuthn) => `${CONVERTED_PEER_AUTHN_PREFIX}${p.name}`;

/** istiod's convertPeerAuthentication: a workload policy with port-level mTLS → a DENY policy, or none. */
export function convertPeerAuthentication(
  rootNamespace: string,
  cfg: ParsedPeerAuthn,
  nsCfg: ParsedPeerAuthn | undefined,
  rootCfg: ParsedPeerAuthn | undefined,
): Authorization | undefined {
  if (cfg.namespace === rootNamespace || !cfg.hasSelector || !cfg.portLevel?.length) return undefined;
  const mode = cfg.mode;
  const clauses: RbacMatch[][] = [];
  const groups: RbacMatch[][][] = [];
  if (mode === "STRICT") clauses.push([presence()]);
  const nsMode = nsCfg?.mode ?? "UNSET";
  let foundNonStrict = false;
  for (const [p, portMode] of cfg.portLevel) {
    if (portMode === "STRICT") {
      // Go's precedence, kept: strict || (unset && nsStrict) || (nsNilOrUnset && rootStrict).
      if (
        mode === "STRICT" ||
        (mode === "UNSET" && nsCfg?.mode === "STRICT") ||
        (nsMode === "UNSET" && rootCfg?.mode === "STRICT")
      ) {
        continue; // enforced by the parent policy
      }
      groups.push([[{ ...presence(), destinationPorts: [p] }]]);
    } else if (portMode === "PERMISSIVE" || portMode === "DISABLE") {
      if (mode === "PERMISSIVE" || mode === "DISABLE") continue;
      if (
        mode === "UNSET" &&
        ((nsCfg && nsCfg.mode !== "STRICT") || (!nsCfg && rootCfg && rootCfg.mode !== "STRICT") || (!nsCfg && !rootCfg))
      ) {
        continue; // not STRICT here and the effective policy is not STRICT either
      }
      foundNonStrict = true;
      // The exemption: deny only connections not to this port (no principal requirement here).
      clauses.push([{ ...emptyMatch(), notDestinationPorts: [p] }]);
    }
  }
  if (mode === "STRICT" && !foundNonStrict) return undefined; // plain STRICT: the static policy does it
  if (clauses.length === 0 && groups.length === 0) return undefined;
  const shouldMergeStrict =
    (rootCfg?.mode === "STRICT" && (!nsCfg || nsMode === "UNSET" || nsMode === "STRICT")) || nsCfg?.mode === "STRICT";
  if (shouldMergeStrict && foundNonStrict) clauses.push([presence()]);
  if (clauses.length) groups.push(clauses);
  return {
    name: convertedName(cfg),
    namespace: cfg.namespace,
    scope: "WorkloadSelector",
    action: "Deny",
    rules: groups,
    dryRun: false,
  };
}

const noLabels = (p: ParsedPeerAuthn) => !p.matchLabels || Object.keys(p.matchLabels).length === 0;

/** istiod's convertedSelectorPeerAuthentications: the static STRICT and/or port-level keys for one workload. */
export function convertedSelectorPeerAuthentications(rootNamespace: string, configs: ParsedPeerAuthn[]): string[] {
  let meshCfg: ParsedPeerAuthn | undefined;
  let nsCfg: ParsedPeerAuthn | undefined;
  let wlCfg: ParsedPeerAuthn | undefined;
  for (const cfg of configs) {
    if (!cfg.hasSelector || noLabels(cfg)) {
      if (cfg.namespace === rootNamespace) {
        if (!meshCfg || cfg.created < meshCfg.created) meshCfg = cfg;
      } else if (!nsCfg || cfg.created < nsCfg.created) nsCfg = cfg;
    } else if (cfg.namespace !== rootNamespace) {
      if (!wlCfg || cfg.created < wlCfg.created) wlCfg = cfg;
    }
  }
  let strict = false;
  let portKey = "";
  if (meshCfg) strict = meshCfg.mode === "STRICT";
  if (nsCfg && nsCfg.mode !== "UNSET") strict = nsCfg.mode === "STRICT";
  if (wlCfg) {
    const wkey = `${wlCfg.namespace}/${convertedName(wlCfg)}`;
    const modes = (wlCfg.portLevel ?? []).map(([, m]) => m);
    if (wlCfg.mode === "STRICT") strict = true;
    if (wlCfg.mode === "PERMISSIVE" || wlCfg.mode === "DISABLE") strict = false;
    if (wlCfg.portLevel !== undefined) {
      if (wlCfg.mode === "STRICT") {
        if (modes.some((m) => m === "PERMISSIVE" || m === "DISABLE")) {
          portKey = wkey;
          strict = false; // the converted policy carries the STRICT default itself
        }
      } else if (wlCfg.mode === "PERMISSIVE" || wlCfg.mode === "DISABLE") {
        if (modes.includes("STRICT")) portKey = wkey;
      } else if (strict) {
        // istiod looks only for PERMISSIVE ports here (not DISABLE).
        if (modes.includes("PERMISSIVE")) {
          portKey = wkey;
          strict = false;
        }
      } else {
        strict = false;
        if (modes.includes("STRICT")) portKey = wkey;
      }
    }
  }
  const keys = new Set<string>();
  if (strict) keys.add(`${rootNamespace}/${STATIC_STRICT_POLICY}`);
  if (portKey) keys.add(portKey);
  return [...keys].sort();
}

const subsetOf = (sel: Record<string, string>, labels: Record<string, string>) =>
  Object.entries(sel).every(([k, v]) => labels[k] === v);

/** istiod's fetchPeerAuthentications: the workload's namespace's (selector nil or matching) + the root's selector-less ones. */
function fetchPeerAuthentications(
  all: ParsedPeerAuthn[],
  rootNamespace: string,
  ns: string,
  labels: Record<string, string>,
): ParsedPeerAuthn[] {
  const own = all.filter((p) => p.namespace === ns && (!p.hasSelector || subsetOf(p.matchLabels ?? {}, labels)));
  if (ns === rootNamespace) return own;
  return [...own, ...all.filter((p) => p.namespace === rootNamespace && !p.hasSelector)];
}

export interface PolicySet {
  /** Every Authorization resource served (istiod's Policies collection, waypoints aside). */
  policies: Authorization[];
  /** Workload.authorization_policies for a workload (istiod's buildWorkloadPolicies). */
  forWorkload(namespace: string, labels: Record<string, string>): string[];
}

/** istiod's PolicyCollections + buildWorkloadPolicies over the parsed objects. */
export function policySet(authz: ParsedAuthz[], peer: ParsedPeerAuthn[], rootNamespace: string): PolicySet {
  const policies: Authorization[] = [];
  for (const a of authz) if (a.authorization) policies.push(a.authorization);
  // PeerAuthDerivedPolicies: the namespace and root policies are the oldest selector-less ones.
  const selectorless = (ns: string) => oldest(peer.filter((p) => p.namespace === ns && !p.hasSelector));
  for (const p of peer) {
    const converted = convertPeerAuthentication(
      rootNamespace,
      p,
      selectorless(p.namespace),
      selectorless(rootNamespace),
    );
    if (converted) policies.push(converted);
  }
  if (peer.length > 0) policies.push(staticStrictPolicy(rootNamespace));
  return {
    policies,
    forWorkload(namespace, labels) {
      const base = authz
        .filter(
          (a) =>
            a.authorization &&
            a.matchLabels !== undefined &&
            (a.namespace === rootNamespace || a.namespace === namespace) &&
            subsetOf(a.matchLabels, labels),
        )
        .map((a) => policyKey(a.authorization!))
        .sort();
      const pa = fetchPeerAuthentications(peer, rootNamespace, namespace, labels);
      return [...base, ...convertedSelectorPeerAuthentications(rootNamespace, pa)];
    },
  };
}
