// Every setting, read once from the environment, validated, frozen. Names are
// ztunnel's where ztunnel has the setting (SPEC.md §5), ZTS_* where it is ours. The
// SETTINGS table is the single source of truth: loadConfig reads it, `--help` and the
// operations docs print it. A bad value stops start-up with the variable's name.
import { availableParallelism } from "node:os";
import { parseUpstreamList } from "./dns/resolv-conf.ts";
import { ZtsError } from "./errors.ts";
import { joinHostPort } from "./state/ip.ts";

export class ConfigError extends ZtsError {}

/** Past the drain deadline, stopping gets this long before the process exits regardless. */
export const STOP_GRACE_MS = 2000;

/**
 * The accept balancer's tunables (src/balance/workers.ts passes them to the native addon,
 * which keeps no defaults of its own). `ties` is ZTS_BALANCE_TIES's default; the others
 * have no variable, only startWorkers options (tests).
 */
export const BALANCE_DEFAULTS = {
  /** Handoffs a worker may have queued before it counts as saturated. */
  credits: 64,
  /** A worker out of credits this long counts as stuck: dlb/exact pass it over. */
  stuckMs: 100,
  /** How often the main thread pings each worker. */
  heartbeatMs: 1000,
  /** A worker silent this long is terminated and replaced. */
  heartbeatTimeoutMs: 5000,
  ties: "rotate",
} as const;

type Env = Record<string, string | undefined>;

interface Setting<T> {
  name: string;
  /** Default as the user would write it ("" = unset). */
  def: string;
  help: string;
  parse: (raw: string, name: string) => T;
}

const bad = (name: string, raw: string, want: string) =>
  new ConfigError("ZTS_CONFIG_INVALID", `${name}=${JSON.stringify(raw)} is invalid: expected ${want}`);

const str = (name: string, def: string, help: string): Setting<string> => ({ name, def, help, parse: (r) => r });

const bool = (name: string, def: string, help: string): Setting<boolean> => ({
  name,
  def,
  help,
  parse: (r, n) => {
    const v = r.trim().toLowerCase();
    if (["1", "true", "yes", "on"].includes(v)) return true;
    if (["0", "false", "no", "off", ""].includes(v)) return false;
    throw bad(n, r, "true or false");
  },
});

const int = (name: string, def: string, help: string, min: number, max: number): Setting<number> => ({
  name,
  def,
  help,
  parse: (r, n) => {
    if (!/^\d+$/.test(r.trim())) throw bad(n, r, `an integer ${min}..${max}`);
    const v = Number(r.trim());
    if (v < min || v > max) throw bad(n, r, `an integer ${min}..${max}`);
    return v;
  },
});

const choice = <C extends string>(name: string, def: C, help: string, choices: readonly C[]): Setting<C> => ({
  name,
  def,
  help: `${help} (${choices.join(" | ")})`,
  parse: (r, n) => {
    const v = r.trim().toLowerCase() as C;
    if (!choices.includes(v)) throw bad(n, r, `one of ${choices.join(", ")}`);
    return v;
  },
});

/** `500ms`, `5s`, `5m`, `1h`, or plain seconds → milliseconds. */
export function parseDuration(raw: string, name: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/.exec(raw);
  if (!m) throw bad(name, raw, "a duration such as 500ms, 5s, 5m, 1h or plain seconds");
  const n = Number(m[1]);
  const unit = m[2] ?? "s";
  return Math.round(n * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[unit]!);
}

const duration = (name: string, def: string, help: string, minMs = 0): Setting<number> => ({
  name,
  def,
  help,
  parse: (r, n) => {
    const v = parseDuration(r, n);
    if (v < minMs) throw bad(n, r, `a duration of at least ${minMs / 1000} s`);
    return v;
  },
});

const optDuration = (name: string, help: string): Setting<number | undefined> => ({
  name,
  def: "",
  help,
  parse: (r, n) => (r.trim() === "" ? undefined : parseDuration(r, n)),
});

/** Byte sizes: plain bytes or with Ki/Mi suffix. */
const size = (name: string, def: string, help: string): Setting<number> => ({
  name,
  def,
  help,
  parse: (r, n) => {
    const m = /^\s*(\d+)\s*(Ki|Mi|KiB|MiB)?\s*$/.exec(r);
    if (!m) throw bad(n, r, "a byte count such as 4194304 or 4Mi");
    const mult = m[2]?.startsWith("Mi") ? 1 << 20 : m[2]?.startsWith("Ki") ? 1 << 10 : 1;
    const v = Number(m[1]) * mult;
    if (v < 16384 || v > 2 ** 31 - 1) throw bad(n, r, "a size between 16Ki and 2Gi-1");
    return v;
  },
});

export interface HostPort {
  host: string;
  port: number;
}

/** `host:port`, `[v6]:port`; host must be an IP or a name. */
export function parseHostPort(raw: string, name: string): HostPort {
  const m = /^\s*(?:\[([0-9a-fA-F:.]+)\]|([^:[\]\s]+)):(\d{1,5})\s*$/.exec(raw);
  const port = Number(m?.[3]);
  if (!m || port > 65535) throw bad(name, raw, "host:port or [ipv6]:port");
  return { host: (m[1] ?? m[2])!, port };
}

const addr = (name: string, def: string, help: string): Setting<HostPort> => ({
  name,
  def,
  help,
  parse: parseHostPort,
});

/** `https://host:port`, `http://host:port` or `host:port` (= https, as the Istio chart passes it). */
export interface Endpoint {
  tls: boolean;
  host: string;
  port: number;
  /** What grpc-js dials: `host:port`. */
  target: string;
}

export function parseEndpoint(raw: string, name: string): Endpoint {
  const m = /^\s*(?:(https?):\/\/)?([^/]+?)\/?\s*$/.exec(raw);
  if (!m) throw bad(name, raw, "https://host:port, http://host:port or host:port");
  const hp = parseHostPort(m[2]!, name);
  return { tls: m[1] !== "http", host: hp.host, port: hp.port, target: joinHostPort(hp.host, hp.port) };
}

const endpoint = (name: string, def: string, help: string): Setting<Endpoint> => ({
  name,
  def,
  help,
  parse: parseEndpoint,
});

/** ZTUNNEL_WORKER_THREADS as written: a count, a share of the CPUs, or 0 = all of them. */
export type WorkerThreadsSpec = { count: number } | { percent: number } | { allCpus: true };

/** Upper bound on worker threads (the native balancer has 1024 slots, restarts take new ones). */
export const MAX_WORKER_THREADS = 256;

export function parseWorkerThreads(raw: string, name: string): WorkerThreadsSpec | undefined {
  const v = raw.trim();
  if (v === "") return undefined;
  const want = `N (1..${MAX_WORKER_THREADS}), N% of the CPUs (0 < N <= 100) or 0 (all CPUs)`;
  if (v.endsWith("%")) {
    const n = Number(v.slice(0, -1));
    if (v.length === 1 || !Number.isFinite(n) || n <= 0 || n > 100) throw bad(name, raw, want);
    return { percent: n };
  }
  if (!/^\d+$/.test(v)) throw bad(name, raw, want);
  const n = Number(v);
  if (n === 0) return { allCpus: true };
  if (n > MAX_WORKER_THREADS) throw bad(name, raw, want);
  return { count: n };
}

/** A Kubernetes CPU quantity ("2", "1.5", "500m") → whole CPUs, rounded up (as ztunnel). */
export function parseCpuQuantity(raw: string, name: string): number | undefined {
  const v = raw.trim();
  if (v === "") return undefined;
  const n = v.endsWith("m") ? Number(v.slice(0, -1)) / 1000 : Number(v);
  if (!/^\d*\.?\d+m?$/.test(v) || !Number.isFinite(n) || n <= 0) {
    throw bad(name, raw, "a positive CPU quantity such as 2, 1.5 or 500m");
  }
  return Math.ceil(n);
}

export interface CpuFacts {
  /** ZTUNNEL_RESOURCE_CPU_LIMIT: set by the chart only when resources.limits.cpu is. */
  resourceLimit?: number | undefined;
  /** ZTUNNEL_RESOURCE_CPU_REQUEST: set by the chart only when resources.requests.cpu is. */
  resourceRequest?: number | undefined;
  /** ZTUNNEL_CPU_LIMIT: the downward API's limits.cpu (the node's cores when there is no limit). */
  cpuLimit?: number | undefined;
  /** Logical cores of the machine. */
  nodeCpus: number;
}

/** ztunnel's get_cpu_count: the explicit resource limit, else ZTUNNEL_CPU_LIMIT, else the cores. */
export const cpuCount = (c: CpuFacts): number => c.resourceLimit ?? c.cpuLimit ?? c.nodeCpus;

/**
 * Worker threads as ztunnel's config.rs computes them. Unset: an explicit CPU limit wins
 * (raised to the request), else a quarter of the CPUs, at least the request and at least
 * 2. `N%` of cpuCount rounded up, at least 1; `0` = cpuCount. Never below 1; capped at
 * MAX_WORKER_THREADS.
 */
export function resolveWorkerThreads(spec: WorkerThreadsSpec | undefined, cpu: CpuFacts): number {
  let n: number;
  if (spec === undefined) {
    const request = cpu.resourceRequest ?? 0;
    n =
      cpu.resourceLimit !== undefined
        ? Math.max(cpu.resourceLimit, request)
        : Math.max(Math.ceil(cpuCount(cpu) * 0.25), request, 2);
  } else if ("count" in spec) n = spec.count;
  else if ("percent" in spec) n = Math.ceil((cpuCount(cpu) * spec.percent) / 100);
  else n = cpuCount(cpu);
  return Math.min(Math.max(n, 1), MAX_WORKER_THREADS);
}

/**
 * The drain deadline: CONNECTION_TERMINATION_DEADLINE, else the grace period less a margin
 * for closing what is left before the kubelet's SIGKILL — 5 s when the period exceeds 10 s,
 * else 1 s, never below 1 s (ztunnel's config.rs) — else 5 s.
 */
export function drainDeadline(explicitMs: number | undefined, graceMs: number | undefined): number {
  if (explicitMs !== undefined) return explicitMs;
  if (graceMs === undefined) return 5000;
  return Math.max(graceMs > 10_000 ? graceMs - 5000 : graceMs - 1000, 1000);
}
/** `ip:port[,ip:port…]` kept as written; checked here so a typo stops start-up naming the variable. */
const upstreamList = (name: string, def: string, help: string): Setting<string> => ({
  name,
  def,
  help,
  parse: (r, n) => {
    try {
      parseUpstreamList(r);
    } catch {
      throw bad(n, r, "ip:port[,ip:port…] ([ipv6]:port for IPv6)");
    }
    return r;
  },
});

/** The settings table. Order is the order of --help. */
export const SETTINGS = {
  xdsAddress: endpoint(
    "XDS_ADDRESS",
    "https://istiod.istio-system.svc:15012",
    "delta ADS server; no scheme = https; the default only inside a pod (KUBERNETES_SERVICE_HOST set)",
  ),
  caAddress: str("CA_ADDRESS", "", "Istio CA; default: XDS_ADDRESS"),
  xdsRootCa: str("XDS_ROOT_CA", "/var/run/secrets/istio/root-cert.pem", "root cert that verifies istiod"),
  caRootCa: str("CA_ROOT_CA", "/var/run/secrets/istio/root-cert.pem", "root cert that verifies the CA"),
  authToken: str("AUTH_TOKEN", "/var/run/secrets/tokens/istio-token", "service-account token file (audience istio-ca)"),
  fakeCa: bool("FAKE_CA", "false", "self-signed workload certificates, no CA"),
  localXdsPath: str("LOCAL_XDS_PATH", "", "ztunnel local-config YAML instead of xDS (reloaded on change)"),
  clusterId: str("CLUSTER_ID", "Kubernetes", "cluster id (ISTIO_META_CLUSTER_ID wins when set)"),
  clusterDomain: str("CLUSTER_DOMAIN", "cluster.local", "DNS suffix of service hostnames"),
  trustDomain: str("TRUST_DOMAIN", "cluster.local", "SPIFFE trust domain of the mesh"),
  network: str("NETWORK", "", "network of this node"),
  nodeName: str("NODE_NAME", "", "Kubernetes node this proxy serves"),
  podName: str("POD_NAME", "", "this proxy's pod name"),
  podNamespace: str("POD_NAMESPACE", "", "this proxy's namespace"),
  instanceIp: str("INSTANCE_IP", "", "this proxy's pod IP"),
  serviceAccount: str("SERVICE_ACCOUNT", "ztunnel", "this proxy's service account"),
  workerThreadsSpec: {
    name: "ZTUNNEL_WORKER_THREADS",
    def: "",
    help: "proxy worker threads: N, N% of the CPUs (rounded up, at least 1) or 0 (all CPUs); default as ztunnel: ZTUNNEL_RESOURCE_CPU_LIMIT (at least the request), else a quarter of the CPUs, at least the request and 2",
    parse: parseWorkerThreads,
  } satisfies Setting<WorkerThreadsSpec | undefined>,
  cpuLimit: {
    name: "ZTUNNEL_CPU_LIMIT",
    def: "",
    help: "CPUs (downward API limits.cpu, whole) for N% and 0; default: the machine's cores",
    parse: (r, n) => {
      if (r.trim() === "") return undefined;
      if (!/^\d+$/.test(r.trim()) || Number(r) < 1) throw bad(n, r, "a whole number of CPUs");
      return Number(r);
    },
  } satisfies Setting<number | undefined>,
  resourceCpuLimit: {
    name: "ZTUNNEL_RESOURCE_CPU_LIMIT",
    def: "",
    help: "resources.limits.cpu (the chart sets it only when configured; 500m, 1.5, 2): the worker threads' default and the CPU count",
    parse: parseCpuQuantity,
  } satisfies Setting<number | undefined>,
  resourceCpuRequest: {
    name: "ZTUNNEL_RESOURCE_CPU_REQUEST",
    def: "",
    help: "resources.requests.cpu (set by the chart only when configured): raises the default worker threads to at least this",
    parse: parseCpuQuantity,
  } satisfies Setting<number | undefined>,
  poolMaxStreams: int("POOL_MAX_STREAMS_PER_CONNECTION", "100", "HBONE streams per pooled connection", 1, 10_000),
  maxStreamsPerPeer: int(
    "ZTS_MAX_STREAMS_PER_PEER",
    "2000",
    "inbound HBONE streams open at once per source identity, over all its connections (beyond: REFUSED_STREAM)",
    1,
    1_000_000,
  ),
  memoryShedPercent: int(
    "ZTS_MEMORY_SHED_PERCENT",
    "90",
    "refuse new connections while a worker's heap or the cgroup's memory is above this % of its limit (resume 10 points lower)",
    10,
    100,
  ),
  poolUnusedReleaseMs: duration("POOL_UNUSED_RELEASE_TIMEOUT", "5m", "idle HBONE connection release"),
  h2StreamWindow: size("HTTP2_STREAM_WINDOW_SIZE", "4Mi", "HBONE HTTP/2 stream window"),
  h2ConnectionWindow: size("HTTP2_CONNECTION_WINDOW_SIZE", "16Mi", "HBONE HTTP/2 connection window"),
  h2FrameSize: size("HTTP2_FRAME_SIZE", "1Mi", "HBONE HTTP/2 max frame size"),
  terminationDeadlineMs: optDuration(
    "CONNECTION_TERMINATION_DEADLINE",
    "drain deadline; default: TERMINATION_GRACE_PERIOD_SECONDS - 5s when above 10s, else - 1s (at least 1s), else 5s",
  ),
  terminationGraceMs: optDuration("TERMINATION_GRACE_PERIOD_SECONDS", "pod grace period"),
  // Below a minute, certificates would be renewed many times a second (renewal at half-life).
  secretTtlMs: duration("SECRET_TTL", "24h", "workload certificate lifetime requested (≥ 1m)", 60_000),
  keyProvider: choice(
    "ZTS_KEY_PROVIDER",
    "memory",
    "where workload private keys live: in the proxy's memory, or generated and used inside a PKCS#11 token (docs/PKCS11.md)",
    ["memory", "pkcs11"] as const,
  ),
  pkcs11Module: str("ZTS_PKCS11_MODULE", "", "pkcs11: path of the token's PKCS#11 module (.so)"),
  pkcs11Token: str("ZTS_PKCS11_TOKEN", "", "pkcs11: label of the token holding the workload keys"),
  pkcs11PinFile: str("ZTS_PKCS11_PIN_FILE", "", "pkcs11: file holding the token's user PIN"),
  pkcs11Engine: str(
    "ZTS_PKCS11_ENGINE",
    "/usr/lib/x86_64-linux-gnu/engines-3/pkcs11.so",
    "pkcs11: the OpenSSL engine TLS uses the token keys through (Debian libengine-pkcs11-openssl)",
  ),
  socks5: bool("UNSTABLE_ENABLE_SOCKS5", "false", "enable the SOCKS5 listener"),
  socks5Addr: addr("ZTS_SOCKS5_ADDR", "127.0.0.1:15080", "SOCKS5 listen address"),
  balance: choice("ZTS_BALANCE", "dlb", "accept balancing across workers", ["dlb", "exact", "rr", "kernel"] as const),
  balanceTies: choice(
    "ZTS_BALANCE_TIES",
    BALANCE_DEFAULTS.ties,
    "dlb/exact: which idle worker gets a connection when several are (rotate: the next in turn, so serial clients use every worker; lowest: worker 0 first); busy ties always go to the lowest",
    ["rotate", "lowest"] as const,
  ),
  dlbBackend: choice("ZTS_DLB_BACKEND", "auto", "DLB pick backend", ["software", "eventdev", "auto"] as const),
  dlbEventdevDevice: str(
    "ZTS_DLB_EVENTDEV_DEVICE",
    "",
    "DPDK event device of the eventdev backend; default dlb2_event with /dev/dlb0, else event_sw0",
  ),
  lb: choice(
    "ZTS_LB",
    "rr",
    "upstream pick: weighted round robin shared by all workers, ztunnel's weighted random, fewest open connections per capacity (exact, or power of two choices above 8 endpoints); a service's ztunnel-ts.io/lb wins",
    ["rr", "random", "least-conn", "least-conn-p2c"] as const,
  ),
  state: choice(
    "ZTS_STATE",
    "shared",
    "mesh state layout: a copy decoded and indexed by every thread, or one copy in SharedArrayBuffer tables written by the main thread and read in place by the workers (docs/SHARED-STATE.md)",
    ["copy", "shared"] as const,
  ),
  datapath: choice(
    "ZTS_DATAPATH",
    "native",
    "data phase of plain legs (passthrough, TCP upstreams, inbound plaintext, SOCKS5 to plain): splice(2) in the addon, or read and written by JavaScript; native falls back to js where the addon has no pump",
    ["native", "js"] as const,
  ),
  hboneDatapath: choice(
    "ZTS_HBONE_DATAPATH",
    "js",
    "HBONE, both ends (the inbound server on :15008 and the outbound tunnels with their pooled sessions): node:tls + node:http2, or the addon's OpenSSL + nghttp2 sessions with the tunnels' bytes moved natively (docs/NATIVE-HBONE.md); native falls back to js where the addon lacks it",
    ["native", "js"] as const,
  ),
  capture: choice("ZTS_CAPTURE", "auto", "traffic capture mode", ["inpod", "node", "auto"] as const),
  bindAddress: str("ZTS_BIND_ADDRESS", "0.0.0.0", "node-mode capture listeners' address"),
  captureMethod: choice(
    "ZTS_CAPTURE_METHOD",
    "redirect",
    "node mode: how iptables hands connections over (REDIRECT reads SO_ORIGINAL_DST; TPROXY needs transparent listeners)",
    ["redirect", "tproxy"] as const,
  ),
  passthrough: choice(
    "ZTS_PASSTHROUGH",
    "all",
    "where traffic to addresses outside the mesh may go (loopback: only 127.0.0.0/8 and ::1, as the demo sets)",
    ["all", "loopback", "none"] as const,
  ),
  podListeners: bool(
    "ZTS_POD_LISTENERS",
    "false",
    "node mode: also listen on each local pod IP's HBONE port (loopback meshes without iptables)",
  ),
  outboundPort: int("ZTS_OUTBOUND_PORT", "15001", "outbound capture port", 0, 65535),
  inboundPlaintextPort: int("ZTS_INBOUND_PLAINTEXT_PORT", "15006", "inbound plaintext capture port", 0, 65535),
  inboundPort: int("ZTS_INBOUND_PORT", "15008", "inbound HBONE port", 0, 65535),
  dnsCapture: bool(
    "ISTIO_META_DNS_CAPTURE",
    "true",
    "serve the DNS proxy (node: on ISTIO_META_DNS_PROXY_ADDR; in-pod: localhost:15053 in each pod)",
  ),
  dnsProxyAddr: addr(
    "ISTIO_META_DNS_PROXY_ADDR",
    "localhost:15053",
    "DNS proxy address; localhost = 127.0.0.1 and ::1 (in-pod: inside each pod's netns)",
  ),
  dnsUpstream: upstreamList(
    "ZTS_DNS_UPSTREAM",
    "",
    "DNS upstreams ip:port[,ip:port…] for names outside the mesh; default: the nameservers of /etc/resolv.conf. Also resolves workloads known by hostname only (ServiceEntry resolution DNS) when connecting to them, with no default: unset, such connections fail",
  ),
  preferedServiceNamespace: str(
    "PREFERED_SERVICE_NAMESPACE",
    "",
    "DNS: the namespace whose service answers a host several namespaces define, when none is the requester's and none is canonical (ztunnel's spelling)",
  ),
  dnsUpstreamTimeoutMs: duration(
    "ZTS_DNS_UPSTREAM_TIMEOUT",
    "5s",
    "how long a forwarded DNS query may take, all upstreams together (then SERVFAIL)",
  ),
  adminAddr: addr("ZTS_ADMIN_ADDR", "127.0.0.1:15000", "admin (config_dump, logging, debug)"),
  statsAddr: addr("ZTS_STATS_ADDR", "[::]:15020", "Prometheus /metrics"),
  readinessAddr: addr("ZTS_READINESS_ADDR", "[::]:15021", "readiness /healthz/ready"),
  inpodUds: str("INPOD_UDS", "/var/run/ztunnel/ztunnel.sock", "ZDS socket of the istio-cni agent"),
  inpodPortReuse: bool("INPOD_PORT_REUSE", "true", "SO_REUSEPORT on in-pod listeners"),
  inpodTcpMigrateReq: bool(
    "ZTS_INPOD_TCP_MIGRATE_REQ",
    "true",
    "set net.ipv4.tcp_migrate_req=1 in each pod netns, so connections queued on a draining proxy's in-pod listener move to its successor's instead of being reset (kernel 5.14+)",
  ),
  handoffSocket: str(
    "ZTS_HANDOFF_SOCKET",
    "auto",
    "upgrade: unix socket where the running proxy hands its listening sockets to its successor (auto: /var/run/ztunnel/ztunnel-ts-handoff.sock, else in the temp dir; off: disabled)",
  ),
  enableOrigSrc: bool("ENABLE_ORIG_SRC", "true", "keep the client's source IP on inbound (IP_TRANSPARENT)"),
  localhostAppTunnel: bool(
    "LOCALHOST_APP_TUNNEL",
    "true",
    "inbound to a workload with a PROXY application tunnel (sandwich waypoint): dial its loopback, from loopback, so only this proxy can reach the tunnel port (as ztunnel)",
  ),
  xdsMaxMessageBytes: size("ZTS_XDS_MAX_MESSAGE_SIZE", "200Mi", "largest xDS/CA message accepted"),
  logLevel: choice("LOG_LEVEL", "info", "log level", ["trace", "debug", "info", "warn", "error", "fatal"] as const),
  logFormat: choice(
    "LOG_FORMAT",
    "auto",
    "log format: plain text as ztunnel's unless json; auto = plain, coloured on a TTY",
    ["json", "plain", "auto"] as const,
  ),
  rustLog: str("RUST_LOG", "", "ztunnel's level syntax (e.g. info,xds=debug); overall level used"),
} as const;

type Settings = typeof SETTINGS;
type Parsed = { readonly [K in keyof Settings]: ReturnType<Settings[K]["parse"]> };

export type Config = Parsed & {
  /** Worker threads after ztunnel's rules (resolveWorkerThreads). */
  readonly workerThreads: number;
  /** CA endpoint after defaulting to XDS_ADDRESS. */
  readonly ca: Endpoint;
  /** Drain deadline after SPEC.md §5's fallbacks. */
  readonly drainDeadlineMs: number;
  /** ISTIO_META_* → node metadata; XDS_HEADER_* / CA_HEADER_* → gRPC metadata. */
  readonly istioMeta: Readonly<Record<string, string>>;
  readonly xdsHeaders: Readonly<Record<string, string>>;
  readonly caHeaders: Readonly<Record<string, string>>;
};

const RUST_LEVELS: Record<string, string> = {
  trace: "trace",
  debug: "debug",
  info: "info",
  warn: "warn",
  error: "error",
  off: "fatal",
};

function prefixed(env: Env, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) {
    if (k.startsWith(prefix) && v !== undefined && k.length > prefix.length) out[k.slice(prefix.length)] = v;
  }
  return out;
}

const ISTIOD_DEFAULT = SETTINGS.xdsAddress.def;

/**
 * Outside a Kubernetes pod (KUBERNETES_SERVICE_HOST unset, as kubelet sets it in every pod)
 * istiod's in-cluster default cannot be meant: it would be looked up through this
 * machine's resolver and dialled wherever that points. Whatever would use it — xDS unless
 * LOCAL_XDS_PATH, the CA unless FAKE_CA or CA_ADDRESS — must be named explicitly there.
 */
function checkControlPlane(p: Parsed, env: Env): void {
  if (env.KUBERNETES_SERVICE_HOST || env.XDS_ADDRESS) return;
  const outside = `this is not a Kubernetes pod (KUBERNETES_SERVICE_HOST is unset), so istiod's in-cluster default ${ISTIOD_DEFAULT} is not used`;
  if (!p.localXdsPath) {
    throw new ConfigError(
      "ZTS_CONFIG_NO_CONTROL_PLANE",
      `XDS_ADDRESS is not set and ${outside}: set XDS_ADDRESS, or LOCAL_XDS_PATH to run from a file`,
    );
  }
  if (!p.fakeCa && !p.caAddress) {
    throw new ConfigError(
      "ZTS_CONFIG_NO_CONTROL_PLANE",
      `CA_ADDRESS and XDS_ADDRESS are not set and ${outside}: set CA_ADDRESS, or FAKE_CA=true for local certificates`,
    );
  }
}

/** ZTS_KEY_PROVIDER=pkcs11 names its token in full; whether it is there is checked at start-up. */
function checkKeyProvider(p: Parsed): void {
  if (p.keyProvider !== "pkcs11") return;
  const missing = (
    [
      ["ZTS_PKCS11_MODULE", p.pkcs11Module],
      ["ZTS_PKCS11_TOKEN", p.pkcs11Token],
      ["ZTS_PKCS11_PIN_FILE", p.pkcs11PinFile],
    ] as const
  )
    .filter(([, v]) => v.trim() === "")
    .map(([n]) => n);
  if (missing.length > 0) {
    throw new ConfigError("ZTS_CONFIG_INVALID", `ZTS_KEY_PROVIDER=pkcs11 needs ${missing.join(", ")} set`);
  }
  // The native HBONE sessions (server and client) build their SSL_CTX from a PEM key; a token key reaches OpenSSL
  // only through node:tls's engine options (docs/PKCS11.md), so the two do not combine yet.
  if (p.hboneDatapath === "native") {
    throw new ConfigError(
      "ZTS_CONFIG_INVALID",
      "ZTS_KEY_PROVIDER=pkcs11 needs ZTS_HBONE_DATAPATH=js (the native HBONE sessions take PEM keys only)",
    );
  }
}

/** Reads and validates every setting; throws ConfigError naming the first bad variable. */
export function loadConfig(env: Env = process.env, host: { cpus?: number } = {}): Config {
  const out: Record<string, unknown> = {};
  for (const [key, s] of Object.entries(SETTINGS) as [string, Setting<unknown>][]) {
    const raw = env[s.name];
    out[key] = s.parse(raw === undefined || raw === "" ? s.def : raw, s.name);
  }
  const p = out as Parsed;
  checkControlPlane(p, env);
  checkKeyProvider(p);
  const clusterId = env.ISTIO_META_CLUSTER_ID || p.clusterId;
  const ca = p.caAddress ? parseEndpoint(p.caAddress, "CA_ADDRESS") : p.xdsAddress;
  const drainDeadlineMs = drainDeadline(p.terminationDeadlineMs, p.terminationGraceMs);
  const workerThreads = resolveWorkerThreads(p.workerThreadsSpec, {
    resourceLimit: p.resourceCpuLimit,
    resourceRequest: p.resourceCpuRequest,
    cpuLimit: p.cpuLimit,
    nodeCpus: host.cpus ?? availableParallelism(),
  });
  let logLevel: string = p.logLevel;
  if (p.rustLog && env.LOG_LEVEL === undefined) {
    // RUST_LOG is `level` or `target=level,...`; the bare level (or the first one) wins.
    const parts = p.rustLog.split(",").map((x) => x.trim());
    const bare = parts.find((x) => !x.includes("=")) ?? parts[0]?.split("=")[1] ?? "";
    const lvl = RUST_LEVELS[bare.toLowerCase()];
    if (!lvl) throw bad("RUST_LOG", p.rustLog, "a level (trace, debug, info, warn, error, off) or target=level list");
    logLevel = lvl;
  }
  return Object.freeze({
    ...p,
    clusterId,
    logLevel,
    ca,
    drainDeadlineMs,
    workerThreads,
    istioMeta: Object.freeze(prefixed(env, "ISTIO_META_")),
    xdsHeaders: Object.freeze(prefixed(env, "XDS_HEADER_")),
    caHeaders: Object.freeze(prefixed(env, "CA_HEADER_")),
  }) as Config;
}

/** The `--help` table: variable, default, meaning — straight from SETTINGS. */
export function settingsTable(): string[][] {
  return Object.values(SETTINGS).map((s: Setting<unknown>) => [s.name, s.def === "" ? "(unset)" : s.def, s.help]);
}

export function formatSettingsHelp(): string {
  const rows = [["VARIABLE", "DEFAULT", "MEANING"], ...settingsTable()];
  const w0 = Math.max(...rows.map((r) => r[0]!.length));
  const w1 = Math.max(...rows.map((r) => r[1]!.length));
  return rows.map((r) => `  ${r[0]!.padEnd(w0)}  ${r[1]!.padEnd(w1)}  ${r[2]}`).join("\n");
}
