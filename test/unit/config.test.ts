import { describe, expect, it } from "vitest";
import { type ConfigError, loadConfig, parseDuration, settingsTable } from "../../src/config.ts";

/** kubelet sets this in every pod; outside one the in-cluster istiod default is refused. */
const IN_POD = { KUBERNETES_SERVICE_HOST: "10.96.0.1" };

describe("config", () => {
  it("defaults match ztunnel's", () => {
    const c = loadConfig(IN_POD, { cpus: 4 });
    expect(c.workerThreads).toBe(2);
    expect(c.poolMaxStreams).toBe(100);
    expect(c.h2StreamWindow).toBe(4 * 1024 * 1024);
    expect(c.h2ConnectionWindow).toBe(16 * 1024 * 1024);
    expect(c.h2FrameSize).toBe(1024 * 1024);
    expect(c.poolUnusedReleaseMs).toBe(5 * 60_000);
    expect(c.xdsAddress).toMatchObject({ tls: true, host: "istiod.istio-system.svc", port: 15012 });
    expect(c.balance).toBe("dlb");
    expect(c.socks5).toBe(false);
    expect(c.drainDeadlineMs).toBe(5000);
  });

  it("an address without a scheme means TLS, http:// means plaintext", () => {
    expect(loadConfig({ XDS_ADDRESS: "istiod.istio-system.svc:15012" }).xdsAddress.tls).toBe(true);
    expect(loadConfig({ XDS_ADDRESS: "http://127.0.0.1:15010" }).xdsAddress).toMatchObject({
      tls: false,
      target: "127.0.0.1:15010",
    });
  });

  it("CA_ADDRESS defaults to XDS_ADDRESS", () => {
    expect(loadConfig({ XDS_ADDRESS: "http://127.0.0.1:1" }).ca.target).toBe("127.0.0.1:1");
  });

  it("a bad value names the variable and the choices", () => {
    expect(() => loadConfig({ ...IN_POD, ZTS_BALANCE: "bogus" })).toThrow(/ZTS_BALANCE.*dlb, exact, rr, kernel/);
    expect(() => loadConfig({ ...IN_POD, ZTUNNEL_WORKER_THREADS: "two" })).toThrow(/ZTUNNEL_WORKER_THREADS/);
    expect(() => loadConfig({ ...IN_POD, POOL_UNUSED_RELEASE_TIMEOUT: "soon" })).toThrow(/POOL_UNUSED_RELEASE_TIMEOUT/);
  });

  it("durations accept ms, s, m, h and plain seconds", () => {
    expect(parseDuration("500ms", "X")).toBe(500);
    expect(parseDuration("5s", "X")).toBe(5000);
    expect(parseDuration("5m", "X")).toBe(300_000);
    expect(parseDuration("1h", "X")).toBe(3_600_000);
    expect(parseDuration("7", "X")).toBe(7000);
  });

  it("drain deadline: CONNECTION_TERMINATION_DEADLINE wins over the grace period", () => {
    expect(
      loadConfig({ ...IN_POD, CONNECTION_TERMINATION_DEADLINE: "2s", TERMINATION_GRACE_PERIOD_SECONDS: "30" })
        .drainDeadlineMs,
    ).toBe(2000);
  });
  it("drain deadline: a grace period above 10 s loses 5 s (30 → 25 s, 11 → 6 s)", () => {
    expect(loadConfig({ ...IN_POD, TERMINATION_GRACE_PERIOD_SECONDS: "30" }).drainDeadlineMs).toBe(25_000);
    expect(loadConfig({ ...IN_POD, TERMINATION_GRACE_PERIOD_SECONDS: "11" }).drainDeadlineMs).toBe(6000);
  });
  it("drain deadline: a grace period of 10 s or less loses 1 s (10 → 9 s, 2 → 1 s)", () => {
    expect(loadConfig({ ...IN_POD, TERMINATION_GRACE_PERIOD_SECONDS: "10" }).drainDeadlineMs).toBe(9000);
    expect(loadConfig({ ...IN_POD, TERMINATION_GRACE_PERIOD_SECONDS: "2" }).drainDeadlineMs).toBe(1000);
  });
  it("drain deadline: never below 1 s (grace 1 s and 0 s → 1 s)", () => {
    expect(loadConfig({ ...IN_POD, TERMINATION_GRACE_PERIOD_SECONDS: "1" }).drainDeadlineMs).toBe(1000);
    expect(loadConfig({ ...IN_POD, TERMINATION_GRACE_PERIOD_SECONDS: "0" }).drainDeadlineMs).toBe(1000);
  });
  it("drain deadline: 5 s when neither is set", () => {
    expect(loadConfig(IN_POD).drainDeadlineMs).toBe(5000);
  });

  it("ISTIO_META_CLUSTER_ID wins over CLUSTER_ID and is node metadata", () => {
    const c = loadConfig({ ...IN_POD, CLUSTER_ID: "a", ISTIO_META_CLUSTER_ID: "b" });
    expect(c.clusterId).toBe("b");
    expect(c.istioMeta).toEqual({ CLUSTER_ID: "b" });
  });

  it("RUST_LOG's level syntax sets the level", () => {
    expect(loadConfig({ ...IN_POD, RUST_LOG: "debug" }).logLevel).toBe("debug");
    expect(loadConfig({ ...IN_POD, RUST_LOG: "warn,xds=debug" }).logLevel).toBe("warn");
    expect(() => loadConfig({ ...IN_POD, RUST_LOG: "loud" })).toThrow(/RUST_LOG/);
  });

  it("SECRET_TTL of zero or under a minute is refused, naming the variable", () => {
    expect(() => loadConfig({ ...IN_POD, SECRET_TTL: "0" })).toThrow(
      /SECRET_TTL="0" is invalid: expected a duration of at least 60 s/,
    );
    expect(() => loadConfig({ ...IN_POD, SECRET_TTL: "59s" })).toThrow(/SECRET_TTL/);
    expect(loadConfig({ ...IN_POD, SECRET_TTL: "1m" }).secretTtlMs).toBe(60_000);
  });

  it("outside a pod, an unset XDS_ADDRESS is a start-up error, not istiod's in-cluster name", () => {
    expect(() => loadConfig({})).toThrow(/XDS_ADDRESS is not set and this is not a Kubernetes pod/);
    try {
      loadConfig({});
    } catch (e) {
      expect((e as ConfigError).code).toBe("ZTS_CONFIG_NO_CONTROL_PLANE");
    }
  });

  it("outside a pod, LOCAL_XDS_PATH still needs a CA unless FAKE_CA", () => {
    expect(() => loadConfig({ LOCAL_XDS_PATH: "/x.yaml" })).toThrow(/CA_ADDRESS and XDS_ADDRESS are not set/);
    expect(loadConfig({ LOCAL_XDS_PATH: "/x.yaml", FAKE_CA: "true" }).fakeCa).toBe(true);
    expect(loadConfig({ LOCAL_XDS_PATH: "/x.yaml", CA_ADDRESS: "http://127.0.0.1:1" }).ca.target).toBe("127.0.0.1:1");
  });

  it("in a pod the in-cluster default stands", () => {
    expect(loadConfig(IN_POD).ca.host).toBe("istiod.istio-system.svc");
  });

  it("the help table lists every variable once", () => {
    const names = settingsTable().map((r) => r[0]);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain("ZTS_BALANCE");
    expect(names).toContain("XDS_ADDRESS");
  });
});

// ZTUNNEL_WORKER_THREADS and its CPU-derived default, as ztunnel's config.rs.
describe("worker threads", () => {
  const threads = (env: Record<string, string>, cpus = 8) => loadConfig({ ...IN_POD, ...env }, { cpus }).workerThreads;
  it("N is used as given", () => {
    expect(threads({ ZTUNNEL_WORKER_THREADS: "4" })).toBe(4);
  });
  it("N% of ZTUNNEL_CPU_LIMIT, rounded up (30% of 16 → 5)", () => {
    expect(threads({ ZTUNNEL_WORKER_THREADS: "30%", ZTUNNEL_CPU_LIMIT: "16" })).toBe(5);
  });
  it("N% is at least 1 (10% of 4 → 1)", () => {
    expect(threads({ ZTUNNEL_WORKER_THREADS: "10%", ZTUNNEL_CPU_LIMIT: "4" })).toBe(1);
  });
  it("N% without a CPU limit counts the machine's cores (50% of 6 → 3)", () => {
    expect(threads({ ZTUNNEL_WORKER_THREADS: "50%" }, 6)).toBe(3);
  });
  it("N% prefers ZTUNNEL_RESOURCE_CPU_LIMIT over ZTUNNEL_CPU_LIMIT (50% of 3 → 2)", () => {
    expect(threads({ ZTUNNEL_WORKER_THREADS: "50%", ZTUNNEL_CPU_LIMIT: "12", ZTUNNEL_RESOURCE_CPU_LIMIT: "3" })).toBe(
      2,
    );
  });
  it("0 means every CPU (ZTUNNEL_CPU_LIMIT=12 → 12)", () => {
    expect(threads({ ZTUNNEL_WORKER_THREADS: "0", ZTUNNEL_CPU_LIMIT: "12" })).toBe(12);
  });
  it("0 without a CPU limit is the machine's cores", () => {
    expect(threads({ ZTUNNEL_WORKER_THREADS: "0" }, 6)).toBe(6);
  });
  it("bad forms name the variable: 0%, 101%, %, -1, 2.5, 257", () => {
    for (const v of ["0%", "101%", "%", "-1", "2.5", "257"]) {
      expect(() => loadConfig({ ZTUNNEL_WORKER_THREADS: v })).toThrow(/ZTUNNEL_WORKER_THREADS/);
    }
  });
  it("default: an explicit resource limit wins, even below 2 (1 → 1, 16 → 16)", () => {
    expect(threads({ ZTUNNEL_RESOURCE_CPU_LIMIT: "1" })).toBe(1);
    expect(threads({ ZTUNNEL_RESOURCE_CPU_LIMIT: "16" })).toBe(16);
  });
  it("default: CPU quantities round up (500m → 1, 2500m → 3, 1.5 → 2)", () => {
    expect(threads({ ZTUNNEL_RESOURCE_CPU_LIMIT: "500m" })).toBe(1);
    expect(threads({ ZTUNNEL_RESOURCE_CPU_LIMIT: "2500m" })).toBe(3);
    expect(threads({ ZTUNNEL_RESOURCE_CPU_LIMIT: "1.5" })).toBe(2);
  });
  it("default: the request raises an explicit limit (limit 2, request 4 → 4)", () => {
    expect(threads({ ZTUNNEL_RESOURCE_CPU_LIMIT: "2", ZTUNNEL_RESOURCE_CPU_REQUEST: "4" })).toBe(4);
  });
  it("default without a resource limit: a quarter of ZTUNNEL_CPU_LIMIT (32 → 8)", () => {
    expect(threads({ ZTUNNEL_CPU_LIMIT: "32" })).toBe(8);
  });
  it("default without any limit: a quarter of the cores, at least 2 (8 → 2, 40 → 10)", () => {
    expect(threads({}, 8)).toBe(2);
    expect(threads({}, 40)).toBe(10);
  });
  it("default: a CPU request raises the quarter (request 8 on 8 cores → 8)", () => {
    expect(threads({ ZTUNNEL_RESOURCE_CPU_REQUEST: "8" }, 8)).toBe(8);
  });
  it("bad CPU quantities name the variable", () => {
    expect(() => loadConfig({ ZTUNNEL_RESOURCE_CPU_LIMIT: "0" })).toThrow(/ZTUNNEL_RESOURCE_CPU_LIMIT/);
    expect(() => loadConfig({ ZTUNNEL_RESOURCE_CPU_REQUEST: "lots" })).toThrow(/ZTUNNEL_RESOURCE_CPU_REQUEST/);
    expect(() => loadConfig({ ZTUNNEL_CPU_LIMIT: "1.5" })).toThrow(/ZTUNNEL_CPU_LIMIT/);
  });
});
