// LOCAL_XDS_PATH: run from a YAML file instead of a control plane. The format is the one
// ztunnel reads (the serde form of its internal types: src/xds.rs LocalConfig, workload.rs,
// service.rs, rbac.rs), so the same file works for both. Every field is checked against
// that shape, walking the YAML syntax tree so an error can say file, line and field:
//   mesh.yaml:12: workloads[0].workloadIps[0]: "10.0.0.300" is not an IP
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
import type { Delta } from "./store.ts";
import type {
  Authorization,
  Cidr,
  GatewayAddress,
  IpFamily,
  Locality,
  NetworkAddress,
  PortMap,
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

interface Ctx {
  file: string;
  lc: LineCounter;
  doc: Document;
}

type N = Node | null | undefined;

function lineOf(ctx: Ctx, node: N): number | undefined {
  const off = node?.range?.[0];
  return off === undefined ? undefined : ctx.lc.linePos(off).line;
}

function fail(ctx: Ctx, node: N, field: string, msg: string): never {
  const line = lineOf(ctx, node);
  throw new LocalConfigError(
    "ZTS_LOCAL_CONFIG_INVALID",
    `${ctx.file}${line ? `:${line}` : ""}: ${field}: ${msg}`,
    ctx.file,
    line,
    field,
  );
}

function deref(ctx: Ctx, node: unknown): N {
  return (isAlias(node) ? node.resolve(ctx.doc) : node) as N;
}

const show = (v: unknown) => JSON.stringify(v);

/** A mapping's entries, with unknown keys refused (ztunnel's types deny unknown fields). */
function fields(ctx: Ctx, node: N, path: string, allowed: readonly string[]): Map<string, { key: N; value: N }> {
  if (!isMap(node)) fail(ctx, node, path, "expected a mapping");
  const out = new Map<string, { key: N; value: N }>();
  for (const pair of node.items) {
    const key = deref(ctx, pair.key);
    const name = isScalar(key) ? String(key.value) : "";
    if (!allowed.includes(name)) {
      fail(ctx, key, path ? `${path}.${name}` : name, `unknown field (expected one of: ${allowed.join(", ")})`);
    }
    out.set(name, { key, value: deref(ctx, pair.value) });
  }
  return out;
}

/** A missing node or YAML null (`~`, `null`, an empty value): both mean the field is not given. */
function isNull(node: N): boolean {
  return node == null || (isScalar(node) && node.value == null);
}

function seq(ctx: Ctx, node: N, path: string): N[] {
  if (isNull(node)) return [];
  if (!isSeq(node)) fail(ctx, node, path, "expected a list");
  return node.items.map((i) => deref(ctx, i));
}

function scalar(ctx: Ctx, node: N, path: string): unknown {
  if (!isScalar(node)) fail(ctx, node, path, "expected a single value");
  return node.value;
}

type Fields = Map<string, { key: N; value: N }>;

function req(ctx: Ctx, f: Fields, parent: N, path: string, name: string): N {
  const e = f.get(name);
  if (!e) fail(ctx, parent, `${path}.${name}`, "missing required field");
  return e.value;
}

function str(ctx: Ctx, node: N, path: string): string {
  const v = scalar(ctx, node, path);
  if (v == null) return "";
  if (typeof v !== "string") fail(ctx, node, path, `${show(v)} is not a string`);
  return v;
}

/** The field's node, or undefined when it is missing or null. */
function given(f: Fields, name: string): N {
  const n = f.get(name)?.value;
  return isNull(n) ? undefined : n;
}

function optStr(ctx: Ctx, f: Fields, path: string, name: string, def = ""): string {
  const e = f.get(name);
  return e ? str(ctx, e.value, `${path}.${name}`) : def;
}

function bool(ctx: Ctx, node: N, path: string): boolean {
  const v = scalar(ctx, node, path);
  if (typeof v !== "boolean") fail(ctx, node, path, `${show(v)} is not true or false`);
  return v;
}

function uint(ctx: Ctx, node: N, path: string, max: number): number {
  const v = scalar(ctx, node, path);
  const n = typeof v === "string" && /^\d+$/.test(v) ? Number(v) : v;
  if (typeof n !== "number" || !Number.isInteger(n) || n < 0 || n > max) {
    fail(ctx, node, path, `${show(v)} is not an integer between 0 and ${max}`);
  }
  return n;
}

function oneOf<T extends string>(ctx: Ctx, node: N, path: string, values: readonly T[]): T {
  const v = scalar(ctx, node, path);
  if (!values.includes(v as T)) fail(ctx, node, path, `${show(v)} is not one of ${values.join(", ")}`);
  return v as T;
}

function ip(ctx: Ctx, node: N, path: string): string {
  const v = str(ctx, node, path);
  const c = canonicalIp(v);
  if (!c) fail(ctx, node, path, `${show(v)} is not an IP`);
  return c;
}

/** `network/ip` (network may be empty: `/127.10.0.1`). */
function networkAddress(ctx: Ctx, node: N, path: string): NetworkAddress {
  const v = str(ctx, node, path);
  const slash = v.indexOf("/");
  const address = slash >= 0 ? canonicalIp(v.slice(slash + 1)) : undefined;
  if (!address) fail(ctx, node, path, `${show(v)} is not network/IP`);
  return { network: v.slice(0, slash), address };
}

function portMap(ctx: Ctx, node: N, path: string): PortMap {
  if (isNull(node)) return {};
  if (!isMap(node)) fail(ctx, node, path, "expected a mapping servicePort: targetPort");
  const out: PortMap = sparsePortMap();
  for (const pair of node.items) {
    const k = uint(ctx, deref(ctx, pair.key), `${path}`, 65535);
    out[k] = uint(ctx, deref(ctx, pair.value), `${path}.${k}`, 65535);
  }
  return out;
}

function gateway(ctx: Ctx, node: N, path: string): GatewayAddress {
  const f = fields(ctx, node, path, ["destination", "hboneMtlsPort"]);
  const destNode = req(ctx, f, node, path, "destination");
  const dest = str(ctx, destNode, `${path}.destination`);
  const slash = dest.indexOf("/");
  // ztunnel's untagged enum: `network/ip` when the tail is an IP, else `namespace/hostname`.
  const address = slash >= 0 ? canonicalIp(dest.slice(slash + 1)) : undefined;
  if (slash < 0)
    fail(ctx, destNode, `${path}.destination`, `${show(dest)} is neither network/IP nor namespace/hostname`);
  const hboneMtlsPort = uint(ctx, req(ctx, f, node, path, "hboneMtlsPort"), `${path}.hboneMtlsPort`, 65535);
  return {
    destination: address
      ? { address: { network: dest.slice(0, slash), address } }
      : { hostname: { namespace: dest.slice(0, slash), hostname: dest.slice(slash + 1) } },
    hboneMtlsPort,
  };
}

const WORKLOAD_FIELDS = [
  "workloadIps",
  "waypoint",
  "networkGateway",
  "protocol",
  "networkMode",
  "uid",
  "name",
  "namespace",
  "trustDomain",
  "serviceAccount",
  "network",
  "workloadName",
  "workloadType",
  "canonicalName",
  "canonicalRevision",
  "hostname",
  "node",
  "nativeTunnel",
  "applicationTunnel",
  "authorizationPolicies",
  "status",
  "clusterId",
  "locality",
  "services",
  "capacity",
] as const;

function workload(ctx: Ctx, node: N, path: string): Workload {
  const f = fields(ctx, node, path, WORKLOAD_FIELDS);
  const opt = (name: string, def = "") => optStr(ctx, f, path, name, def);
  const uid = opt("uid");
  // ztunnel lets uid default to empty; the state is keyed by it, so here it is required.
  if (!uid) fail(ctx, f.get("uid")?.value ?? node, `${path}.uid`, "missing required field (the workload's unique id)");
  const ipsNode = req(ctx, f, node, path, "workloadIps");
  const namespace = str(ctx, req(ctx, f, node, path, "namespace"), `${path}.namespace`);
  const services: Record<string, PortMap> = {};
  const svcNode = req(ctx, f, node, path, "services");
  if (!(isScalar(svcNode) && svcNode.value == null)) {
    if (!isMap(svcNode)) fail(ctx, svcNode, `${path}.services`, "expected a mapping namespace/hostname: ports");
    for (const pair of svcNode.items) {
      const kNode = deref(ctx, pair.key);
      const key = str(ctx, kNode, `${path}.services`);
      if (!key.includes("/")) fail(ctx, kNode, `${path}.services`, `${show(key)} is not namespace/hostname`);
      services[key] = portMap(ctx, deref(ctx, pair.value), `${path}.services[${show(key)}]`);
    }
  }
  let locality: Locality = { region: "", zone: "", subzone: "" };
  const locNode = f.get("locality")?.value;
  if (locNode) {
    const lf = fields(ctx, locNode, `${path}.locality`, ["region", "zone", "subzone"]);
    locality = {
      region: optStr(ctx, lf, `${path}.locality`, "region"),
      zone: optStr(ctx, lf, `${path}.locality`, "zone"),
      subzone: optStr(ctx, lf, `${path}.locality`, "subzone"),
    };
  }
  const w: Workload = {
    uid,
    name: opt("name"),
    namespace,
    workloadIps: seq(ctx, ipsNode, `${path}.workloadIps`).map((n, i) => ip(ctx, n, `${path}.workloadIps[${i}]`)),
    hostname: opt("hostname"),
    network: opt("network"),
    protocol: f.has("protocol") ? oneOf(ctx, f.get("protocol")!.value, `${path}.protocol`, ["TCP", "HBONE"]) : "TCP",
    // Same defaults as the xDS path (ztunnel's proto conversion), so one file means the same thing either way.
    trustDomain: opt("trustDomain") || "cluster.local",
    serviceAccount: opt("serviceAccount") || "default",
    node: opt("node"),
    canonicalName: opt("canonicalName"),
    canonicalRevision: opt("canonicalRevision"),
    workloadType: opt("workloadType"),
    workloadName: opt("workloadName"),
    nativeTunnel: f.has("nativeTunnel") ? bool(ctx, f.get("nativeTunnel")!.value, `${path}.nativeTunnel`) : false,
    services,
    authorizationPolicies: seq(ctx, f.get("authorizationPolicies")?.value, `${path}.authorizationPolicies`).map(
      (n, i) => str(ctx, n, `${path}.authorizationPolicies[${i}]`),
    ),
    status: f.has("status")
      ? oneOf(ctx, f.get("status")!.value, `${path}.status`, ["Healthy", "Unhealthy"])
      : "Healthy",
    clusterId: opt("clusterId") || "Kubernetes",
    locality,
    networkMode: f.has("networkMode")
      ? oneOf(ctx, f.get("networkMode")!.value, `${path}.networkMode`, ["Standard", "HostNetwork"])
      : "Standard",
    capacity: f.has("capacity") ? uint(ctx, f.get("capacity")!.value, `${path}.capacity`, 0xffffffff) : 1,
  };
  for (const g of ["waypoint", "networkGateway"] as const) {
    const n = given(f, g);
    if (n) w[g] = gateway(ctx, n, `${path}.${g}`);
  }
  const at = given(f, "applicationTunnel");
  if (at) {
    const af = fields(ctx, at, `${path}.applicationTunnel`, ["protocol", "port"]);
    const protocol = oneOf(
      ctx,
      req(ctx, af, at, `${path}.applicationTunnel`, "protocol"),
      `${path}.applicationTunnel.protocol`,
      ["NONE", "PROXY"],
    );
    const portNode = given(af, "port");
    w.applicationTunnel = portNode
      ? { protocol, port: uint(ctx, portNode, `${path}.applicationTunnel.port`, 65535) }
      : { protocol };
  }
  return w;
}

const SERVICE_FIELDS = [
  "name",
  "namespace",
  "hostname",
  "vips",
  "cidrVips",
  "ports",
  "endpoints",
  "subjectAltNames",
  "waypoint",
  "weightedWaypoints",
  "loadBalancer",
  "ipFamilies",
  "canonical",
  "visibility",
] as const;

function service(ctx: Ctx, node: N, path: string): Service {
  const f = fields(ctx, node, path, SERVICE_FIELDS);
  const s: Service = {
    name: str(ctx, req(ctx, f, node, path, "name"), `${path}.name`),
    namespace: str(ctx, req(ctx, f, node, path, "namespace"), `${path}.namespace`),
    hostname: str(ctx, req(ctx, f, node, path, "hostname"), `${path}.hostname`),
    vips: seq(ctx, req(ctx, f, node, path, "vips"), `${path}.vips`).map((n, i) =>
      networkAddress(ctx, n, `${path}.vips[${i}]`),
    ),
    ports: portMap(ctx, req(ctx, f, node, path, "ports"), `${path}.ports`),
    subjectAltNames: seq(ctx, f.get("subjectAltNames")?.value, `${path}.subjectAltNames`).map((n, i) =>
      str(ctx, n, `${path}.subjectAltNames[${i}]`),
    ),
    canonical: f.has("canonical") ? bool(ctx, f.get("canonical")!.value, `${path}.canonical`) : false,
  };
  if (!s.namespace || !s.hostname) fail(ctx, node, path, "a service needs both namespace and hostname");
  // Accepted for compatibility but not modelled yet: CIDR VIPs, explicit endpoints (ours
  // come from the workloads' `services`), weighted waypoints. Still checked for shape so
  // a typo is not silently ignored. Visibility is modelled (the DNS proxy honours it).
  seq(ctx, f.get("cidrVips")?.value, `${path}.cidrVips`);
  seq(ctx, f.get("weightedWaypoints")?.value, `${path}.weightedWaypoints`);
  if (f.has("visibility")) {
    const v = oneOf(ctx, f.get("visibility")!.value, `${path}.visibility`, ["Public", "Namespace"]);
    if (v === "Namespace") s.visibility = "Namespace";
  }
  const wp = given(f, "waypoint");
  if (wp) s.waypoint = gateway(ctx, wp, `${path}.waypoint`);
  const lb = given(f, "loadBalancer");
  if (lb) {
    const p = `${path}.loadBalancer`;
    const lf = fields(ctx, lb, p, ["routingPreferences", "mode", "healthPolicy"]);
    s.loadBalancer = {
      routingPreferences: seq(ctx, req(ctx, lf, lb, p, "routingPreferences"), `${p}.routingPreferences`).map((n, i) =>
        oneOf(ctx, n, `${p}.routingPreferences[${i}]`, ["Region", "Zone", "Subzone", "Node", "Cluster", "Network"]),
      ),
      mode: oneOf(ctx, req(ctx, lf, lb, p, "mode"), `${p}.mode`, ["Standard", "Strict", "Failover", "Passthrough"]),
      healthPolicy: oneOf(ctx, req(ctx, lf, lb, p, "healthPolicy"), `${p}.healthPolicy`, ["OnlyHealthy", "AllowAll"]),
    };
  }
  const fam = given(f, "ipFamilies");
  if (fam) {
    s.ipFamilies = oneOf<IpFamily>(ctx, fam, `${path}.ipFamilies`, ["Dual", "IPv4", "IPv6"]);
  }
  return s;
}

function stringMatch(ctx: Ctx, node: N, path: string): StringMatch {
  // serde's externally tagged enum: {Exact: "x"}, {Prefix: "x"}, {Suffix: "x"}, {Presence: []}.
  const f = fields(ctx, node, path, ["Exact", "Prefix", "Suffix", "Presence"]);
  if (f.size !== 1) fail(ctx, node, path, "expected exactly one of Exact, Prefix, Suffix, Presence");
  const [kind, { value }] = [...f][0]!;
  if (kind === "Presence") return { presence: true };
  const v = str(ctx, value, `${path}.${kind}`);
  return kind === "Exact" ? { exact: v } : kind === "Prefix" ? { prefix: v } : { suffix: v };
}

function cidr(ctx: Ctx, node: N, path: string): Cidr {
  const v = str(ctx, node, path);
  const [a = "", len, extra] = v.split("/");
  const address = canonicalIp(a);
  const max = address?.includes(":") ? 128 : 32;
  const prefixLen = len !== undefined && /^\d+$/.test(len) ? Number(len) : Number.NaN;
  if (!address || extra !== undefined || !(prefixLen >= 0 && prefixLen <= max)) {
    fail(ctx, node, path, `${show(v)} is not a CIDR (ip/prefix)`);
  }
  return { address, prefixLen };
}

const MATCH_FIELDS = [
  "namespaces",
  "notNamespaces",
  "serviceAccounts",
  "notServiceAccounts",
  "principals",
  "notPrincipals",
  "sourceIps",
  "notSourceIps",
  "destinationIps",
  "notDestinationIps",
  "destinationPorts",
  "notDestinationPorts",
] as const;

function rbacMatch(ctx: Ctx, node: N, path: string): RbacMatch {
  const f = fields(ctx, node, path, MATCH_FIELDS);
  const list = <T>(name: string, one: (n: N, p: string) => T): T[] =>
    seq(ctx, f.get(name)?.value, `${path}.${name}`).map((n, i) => one(n, `${path}.${name}[${i}]`));
  const sm = (n: N, p: string) => stringMatch(ctx, n, p);
  const sa = (n: N, p: string): ServiceAccountMatch => {
    const sf = fields(ctx, n, p, ["namespace", "serviceAccount"]);
    return {
      namespace: str(ctx, req(ctx, sf, n, p, "namespace"), `${p}.namespace`),
      serviceAccount: str(ctx, req(ctx, sf, n, p, "serviceAccount"), `${p}.serviceAccount`),
    };
  };
  const ci = (n: N, p: string) => cidr(ctx, n, p);
  const port = (n: N, p: string) => uint(ctx, n, p, 65535);
  return {
    namespaces: list("namespaces", sm),
    notNamespaces: list("notNamespaces", sm),
    serviceAccounts: list("serviceAccounts", sa),
    notServiceAccounts: list("notServiceAccounts", sa),
    principals: list("principals", sm),
    notPrincipals: list("notPrincipals", sm),
    sourceIps: list("sourceIps", ci),
    notSourceIps: list("notSourceIps", ci),
    destinationIps: list("destinationIps", ci),
    notDestinationIps: list("notDestinationIps", ci),
    destinationPorts: list("destinationPorts", port),
    notDestinationPorts: list("notDestinationPorts", port),
  };
}

function policy(ctx: Ctx, node: N, path: string): Authorization {
  const f = fields(ctx, node, path, ["name", "namespace", "scope", "action", "rules", "dryRun"]);
  const r = (name: string) => req(ctx, f, node, path, name);
  return {
    name: str(ctx, r("name"), `${path}.name`),
    namespace: str(ctx, r("namespace"), `${path}.namespace`),
    scope: oneOf(ctx, r("scope"), `${path}.scope`, ["Global", "Namespace", "WorkloadSelector"]),
    action: oneOf(ctx, r("action"), `${path}.action`, ["Allow", "Deny"]),
    rules: seq(ctx, r("rules"), `${path}.rules`).map((rule, i) =>
      seq(ctx, rule, `${path}.rules[${i}]`).map((clause, j) =>
        seq(ctx, clause, `${path}.rules[${i}][${j}]`).map((m, k) =>
          rbacMatch(ctx, m, `${path}.rules[${i}][${j}][${k}]`),
        ),
      ),
    ),
    dryRun: bool(ctx, r("dryRun"), `${path}.dryRun`),
  };
}

/** Parses and validates ztunnel local-config YAML. Throws LocalConfigError naming file, line and field. */
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
  const ctx: Ctx = { file, lc, doc };
  const root = deref(ctx, doc.contents);
  if (isNull(root)) return { workloads: [], services: [], policies: [] };
  const f = fields(ctx, root, "", ["workloads", "services", "policies"]);
  const out: LocalConfig = {
    workloads: seq(ctx, f.get("workloads")?.value, "workloads").map((n, i) => workload(ctx, n, `workloads[${i}]`)),
    services: seq(ctx, f.get("services")?.value, "services").map((n, i) => service(ctx, n, `services[${i}]`)),
    policies: seq(ctx, f.get("policies")?.value, "policies").map((n, i) => policy(ctx, n, `policies[${i}]`)),
  };
  // Two entries with one key would silently replace each other in the state.
  const unique = <T>(kind: "workloads" | "services" | "policies", items: T[], key: (t: T) => string) => {
    const seen = new Set<string>();
    items.forEach((it, i) => {
      const k = key(it);
      if (seen.has(k)) {
        const n = seq(ctx, f.get(kind)?.value, kind)[i];
        fail(ctx, n, `${kind}[${i}]`, `duplicate ${show(k)}`);
      }
      seen.add(k);
    });
  };
  unique("workloads", out.workloads, (w) => w.uid);
  unique("services", out.services, serviceKey);
  unique("policies", out.policies, policyKey);
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
