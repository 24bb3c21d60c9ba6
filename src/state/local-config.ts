// LOCAL_XDS_PATH: run from a YAML file instead of a control plane. The format is the one
// ztunnel reads (the serde form of its internal types: src/xds.rs LocalConfig, workload.rs,
// service.rs, rbac.rs), so the same file works for both. Every field is checked against
// that shape, declared below with schema.ts; each problem's path is then found in the YAML
// syntax tree so the error can say file, line and field:
//   mesh.yaml:12: workloads[0].workloadIps[0]: "10.0.0.300" is not an IP address
// watchLocalConfig reloads on change; a reload's Delta also removes what left the file,
// and a bad edit keeps the last good state (the error is logged, nothing applied).
import { type FSWatcher, watch as fsWatch } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, dirname } from "node:path";
import { type Document, isAlias, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import { ZtsError } from "../errors.ts";
import { type Logger, logger } from "../log.ts";
import { sparsePortMap } from "./intern.ts";
import { canonicalIp } from "./ip.ts";
import {
  any,
  bool,
  cidr,
  type Failure,
  fail,
  formatIssue,
  formatPath,
  type Issue,
  int,
  ip,
  list,
  map,
  nullAs,
  obj,
  oneOf,
  optional,
  refine,
  required,
  type Spec,
  show,
  str,
  validate,
  withDefault,
} from "./schema.ts";
import type { Delta } from "./store.ts";
import type {
  Authorization,
  GatewayAddress,
  IpFamily,
  NetworkAddress,
  RbacMatch,
  Service,
  ServiceAccountMatch,
  StringMatch,
  Workload,
} from "./types.ts";
import { policyKey, serviceKey } from "./types.ts";

/** Codes: ZTS_LOCAL_CONFIG_READ, ZTS_LOCAL_CONFIG_YAML (not YAML), ZTS_LOCAL_CONFIG_INVALID (a field). */
export class LocalConfigError extends ZtsError {
  constructor(
    code: string,
    message: string,
    readonly file: string,
    readonly line?: number,
    readonly field?: string,
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
  }
}

export interface LocalConfig {
  workloads: Workload[];
  services: Service[];
  policies: Authorization[];
}

// ztunnel's types are serde structs: an unknown field is refused, a missing Option is
// None, and YAML null reads as an empty string, list or mapping where the Rust side has
// one (`namespace: ~` is "") but is an error for a bool, number or enum.
const s = nullAs(str(), "");
const optS = withDefault(s, "");
const nlist = <T>(item: Spec<T>) => nullAs(list(item), []);
const optList = <T>(item: Spec<T>) => withDefault(nlist(item), []);
/** Missing and null both mean "not given". */
const maybe = <T>(spec: Spec<T>) => optional(nullAs<T | undefined>(spec, undefined));
const u16 = int({ max: 65535, fromString: true });
const portMap = nullAs(map(u16, u16, { into: sparsePortMap }), {});

/** `network/ip` (network may be empty: `/127.10.0.1`). */
const networkAddress = refine(s, (v): NetworkAddress | Failure => {
  const slash = v.indexOf("/");
  const address = slash >= 0 ? canonicalIp(v.slice(slash + 1)) : undefined;
  return address ? { network: v.slice(0, slash), address } : fail(`${show(v)} is not network/IP`);
});

const gateway = obj({
  // ztunnel's untagged enum: `network/ip` when the tail is an IP, else `namespace/hostname`.
  destination: refine(s, (dest): GatewayAddress["destination"] | Failure => {
    const slash = dest.indexOf("/");
    if (slash < 0) return fail(`${show(dest)} is neither network/IP nor namespace/hostname`);
    const address = canonicalIp(dest.slice(slash + 1));
    return address
      ? { address: { network: dest.slice(0, slash), address } }
      : { hostname: { namespace: dest.slice(0, slash), hostname: dest.slice(slash + 1) } };
  }),
  hboneMtlsPort: u16,
});

const workload = refine(
  obj({
    workloadIps: nlist(ip()),
    waypoint: maybe(gateway),
    networkGateway: maybe(gateway),
    protocol: withDefault(oneOf(["TCP", "HBONE"]), "TCP"),
    networkMode: withDefault(oneOf(["Standard", "HostNetwork"]), "Standard"),
    // ztunnel lets uid default to empty; the state is keyed by it, so here it is required.
    uid: required(
      refine(s, (v) => v || fail("missing required field (the workload's unique id)")),
      "missing required field (the workload's unique id)",
    ),
    name: optS,
    namespace: s,
    trustDomain: optS,
    serviceAccount: optS,
    network: optS,
    workloadName: optS,
    workloadType: optS,
    canonicalName: optS,
    canonicalRevision: optS,
    hostname: optS,
    node: optS,
    nativeTunnel: withDefault(bool(), false),
    applicationTunnel: maybe(obj({ protocol: oneOf(["NONE", "PROXY"]), port: maybe(u16) })),
    authorizationPolicies: optList(s),
    status: withDefault(oneOf(["Healthy", "Unhealthy"]), "Healthy"),
    clusterId: optS,
    locality: withDefault(obj({ region: optS, zone: optS, subzone: optS }), { region: "", zone: "", subzone: "" }),
    services: nullAs(
      map(
        refine(str(), (k) => (k.includes("/") ? k : fail(`${show(k)} is not namespace/hostname`))),
        portMap,
      ),
      {},
    ),
    capacity: withDefault(int({ max: 0xffffffff, fromString: true }), 1),
  }),
  (f): Workload => {
    const w: Workload = {
      uid: f.uid,
      name: f.name,
      namespace: f.namespace,
      workloadIps: f.workloadIps,
      hostname: f.hostname,
      network: f.network,
      protocol: f.protocol,
      // Same defaults as the xDS path (ztunnel's proto conversion), so one file means the same thing either way.
      trustDomain: f.trustDomain || "cluster.local",
      serviceAccount: f.serviceAccount || "default",
      node: f.node,
      canonicalName: f.canonicalName,
      canonicalRevision: f.canonicalRevision,
      workloadType: f.workloadType,
      workloadName: f.workloadName,
      nativeTunnel: f.nativeTunnel,
      services: f.services,
      authorizationPolicies: f.authorizationPolicies,
      status: f.status,
      clusterId: f.clusterId || "Kubernetes",
      locality: f.locality,
      networkMode: f.networkMode,
      capacity: f.capacity,
    };
    if (f.waypoint) w.waypoint = f.waypoint;
    if (f.networkGateway) w.networkGateway = f.networkGateway;
    const at = f.applicationTunnel;
    if (at)
      w.applicationTunnel =
        at.port !== undefined ? { protocol: at.protocol, port: at.port } : { protocol: at.protocol };
    return w;
  },
);

const service = refine(
  obj({
    name: s,
    namespace: s,
    hostname: s,
    vips: nlist(networkAddress),
    // Accepted for compatibility but not modelled yet: CIDR VIPs, explicit endpoints (ours
    // come from the workloads' `services`). The lists are still checked for shape so a typo
    // is not silently ignored. Visibility is modelled (the DNS proxy and selection honour it).
    cidrVips: optList(any()),
    ports: portMap,
    endpoints: optional(any()),
    subjectAltNames: optList(s),
    waypoint: maybe(gateway),
    // ztunnel's WeightedWaypoint: { destination: <a waypoint as above>, weight: u32 }.
    weightedWaypoints: optList(obj({ destination: gateway, weight: int({ max: 0xffffffff, fromString: true }) })),
    loadBalancer: maybe(
      obj({
        routingPreferences: nlist(oneOf(["Region", "Zone", "Subzone", "Node", "Cluster", "Network"])),
        mode: oneOf(["Standard", "Strict", "Failover", "Passthrough"]),
        healthPolicy: oneOf(["OnlyHealthy", "AllowAll"]),
      }),
    ),
    ipFamilies: maybe(oneOf<IpFamily>(["Dual", "IPv4", "IPv6"])),
    canonical: withDefault(bool(), false),
    visibility: optional(oneOf(["Public", "Namespace"])),
  }),
  (f): Service | Failure => {
    if (!f.namespace || !f.hostname) return fail("a service needs both namespace and hostname");
    const out: Service = {
      name: f.name,
      namespace: f.namespace,
      hostname: f.hostname,
      vips: f.vips,
      ports: f.ports,
      subjectAltNames: f.subjectAltNames,
      canonical: f.canonical,
    };
    if (f.visibility === "Namespace") out.visibility = "Namespace";
    if (f.waypoint) out.waypoint = f.waypoint;
    if (f.weightedWaypoints.length > 0) out.weightedWaypoints = f.weightedWaypoints;
    if (f.loadBalancer) out.loadBalancer = f.loadBalancer;
    if (f.ipFamilies) out.ipFamilies = f.ipFamilies;
    return out;
  },
);

// serde's externally tagged enum: {Exact: "x"}, {Prefix: "x"}, {Suffix: "x"}, {Presence: []}.
const stringMatch = refine(
  obj({ Exact: optional(s), Prefix: optional(s), Suffix: optional(s), Presence: optional(any()) }),
  (m, raw): StringMatch | Failure => {
    const kinds = Object.keys(raw as object);
    if (kinds.length !== 1) return fail("expected exactly one of Exact, Prefix, Suffix, Presence");
    if (kinds[0] === "Presence") return { presence: true };
    return m.Exact !== undefined
      ? { exact: m.Exact }
      : m.Prefix !== undefined
        ? { prefix: m.Prefix }
        : { suffix: m.Suffix! };
  },
);

const serviceAccount: Spec<ServiceAccountMatch> = obj({ namespace: s, serviceAccount: s });

const rbacMatch: Spec<RbacMatch> = obj({
  namespaces: optList(stringMatch),
  notNamespaces: optList(stringMatch),
  serviceAccounts: optList(serviceAccount),
  notServiceAccounts: optList(serviceAccount),
  principals: optList(stringMatch),
  notPrincipals: optList(stringMatch),
  sourceIps: optList(cidr()),
  notSourceIps: optList(cidr()),
  destinationIps: optList(cidr()),
  notDestinationIps: optList(cidr()),
  destinationPorts: optList(u16),
  notDestinationPorts: optList(u16),
});

const policy: Spec<Authorization> = obj({
  name: s,
  namespace: s,
  scope: oneOf(["Global", "Namespace", "WorkloadSelector"]),
  action: oneOf(["Allow", "Deny"]),
  rules: nlist(nlist(nlist(rbacMatch))),
  dryRun: bool(),
});

const localConfig = obj({ workloads: optList(workload), services: optList(service), policies: optList(policy) });

/** The YAML node an issue's path leads to (the key itself for a key issue), for its line. */
function nodeAt(doc: Document, issue: Issue): Node | undefined {
  const deref = (n: unknown) => (isAlias(n) ? n.resolve(doc) : n) as Node | undefined;
  let node = deref(doc.contents);
  for (const [i, seg] of issue.path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((p) => {
        const k = deref(p.key);
        return isScalar(k) && String(k.value) === String(seg);
      });
      if (!pair) break; // a missing field: its parent mapping
      const last = i === issue.path.length - 1;
      node = deref(last && issue.key ? pair.key : (pair.value ?? pair.key));
    } else if (isSeq(node) && typeof seg === "number" && node.items[seg] !== undefined) {
      node = deref(node.items[seg]);
    } else break;
  }
  return node ?? undefined;
}

function invalid(file: string, doc: Document, lc: LineCounter, issues: Issue[]): LocalConfigError {
  const lineOf = (i: Issue) => {
    const off = nodeAt(doc, i)?.range?.[0];
    return off === undefined ? undefined : lc.linePos(off).line;
  };
  const lines = issues.map(lineOf);
  const message = issues.map((i, n) => `${file}${lines[n] ? `:${lines[n]}` : ""}: ${formatIssue(i)}`).join("; ");
  const first = issues[0]!;
  return new LocalConfigError("ZTS_LOCAL_CONFIG_INVALID", message, file, lines[0], formatPath(first.path));
}

/**
 * Parses and validates ztunnel local-config YAML. Throws LocalConfigError naming file, line
 * and field of every problem found (the error's line and field are the first one's).
 */
export function parseLocalConfig(text: string, file = "<local config>"): LocalConfig {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false });
  const err = doc.errors[0];
  if (err) {
    const line = lc.linePos(err.pos[0]).line;
    throw new LocalConfigError(
      "ZTS_LOCAL_CONFIG_YAML",
      `${file}:${line}: not valid YAML: ${err.message}`,
      file,
      line,
      undefined,
      {
        cause: err,
      },
    );
  }
  // Aliases expand without yaml's default cap of 100: the file is the operator's own, and
  // the syntax-tree walker this replaced followed every alias too.
  const root: unknown = doc.toJS({ maxAliasCount: -1 });
  if (root == null) return { workloads: [], services: [], policies: [] };
  const r = validate(localConfig, root);
  if (!r.ok) throw invalid(file, doc, lc, r.issues);
  const out: LocalConfig = r.value;
  // Two entries with one key would silently replace each other in the state.
  const issues: Issue[] = [];
  const unique = <T>(kind: keyof LocalConfig, items: T[], key: (t: T) => string) => {
    const seen = new Set<string>();
    items.forEach((it, i) => {
      const k = key(it);
      if (seen.has(k)) issues.push({ path: [kind, i], message: `duplicate ${show(k)}` });
      seen.add(k);
    });
  };
  unique("workloads", out.workloads, (w) => w.uid);
  unique("services", out.services, serviceKey);
  unique("policies", out.policies, policyKey);
  if (issues.length) throw invalid(file, doc, lc, issues);
  return out;
}

export async function loadLocalConfig(path: string): Promise<LocalConfig> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    throw new LocalConfigError(
      "ZTS_LOCAL_CONFIG_READ",
      `${path}: cannot read: ${(e as Error).message}`,
      path,
      undefined,
      undefined,
      {
        cause: e,
      },
    );
  }
  return parseLocalConfig(text, path);
}

/**
 * The Delta that takes a state loaded from `prev` (or an empty one) to `next`: upserts of
 * what is new or changed, removals of what is gone.
 */
export function localConfigDelta(next: LocalConfig, prev?: LocalConfig): Delta {
  const changed = <T>(items: T[], before: T[] | undefined, key: (t: T) => string): T[] => {
    const old = new Map((before ?? []).map((b) => [key(b), JSON.stringify(b)]));
    return items.filter((it) => old.get(key(it)) !== JSON.stringify(it));
  };
  const gone = <T>(items: T[], before: T[] | undefined, key: (t: T) => string): string[] => {
    const now = new Set(items.map(key));
    return (before ?? []).map(key).filter((k) => !now.has(k));
  };
  const wk = (w: Workload) => w.uid;
  return {
    upsertWorkloads: changed(next.workloads, prev?.workloads, wk),
    upsertServices: changed(next.services, prev?.services, serviceKey),
    upsertPolicies: changed(next.policies, prev?.policies, policyKey),
    removeAddresses: [...gone(next.workloads, prev?.workloads, wk), ...gone(next.services, prev?.services, serviceKey)],
    removePolicies: gone(next.policies, prev?.policies, policyKey),
  };
}

export interface LocalConfigWatch {
  /** The last good configuration. */
  current(): LocalConfig;
  close(): void;
}

export interface WatchOptions {
  log?: Logger;
  /** Called with each reload that failed (the last good state stays). */
  onError?(err: LocalConfigError): void;
  /** Editors write in several steps; wait this long after the last event. Default 50 ms. */
  debounceMs?: number;
}

/**
 * Loads `path` (a bad file rejects: a startup error), hands the full Delta to `onDelta`,
 * then reloads whenever the file changes and hands over only the difference.
 */
export async function watchLocalConfig(
  path: string,
  onDelta: (delta: Delta) => void,
  opts: WatchOptions = {},
): Promise<LocalConfigWatch> {
  const log = (opts.log ?? logger()).child({ component: "local-config" });
  let current = await loadLocalConfig(path);
  let lastText = JSON.stringify(current);
  onDelta(localConfigDelta(current));
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  let loading = Promise.resolve();

  const reload = async () => {
    let next: LocalConfig;
    try {
      next = await loadLocalConfig(path);
    } catch (e) {
      const err = e as LocalConfigError;
      log.error({ code: err.code, file: path }, `${err.message}; keeping the last good configuration`);
      opts.onError?.(err);
      return;
    }
    const text = JSON.stringify(next);
    if (closed || text === lastText) return;
    const delta = localConfigDelta(next, current);
    current = next;
    lastText = text;
    log.info({ file: path }, "local config reloaded");
    onDelta(delta);
  };

  // Watch the directory, not the file: editors and Kubernetes ConfigMap mounts replace
  // the file (rename, symlink swap), which a watch on the old inode would never see.
  const name = basename(path);
  const watcher: FSWatcher = fsWatch(dirname(path), (_event, file) => {
    if (closed) return;
    if (file && file !== name && !file.startsWith("..")) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      loading = loading.then(reload);
    }, opts.debounceMs ?? 50);
  });
  watcher.on("error", (e) => log.error({ err: e, file: path }, "watching the local config failed"));

  return {
    current: () => current,
    close() {
      closed = true;
      clearTimeout(timer);
      watcher.close();
    },
  };
}
