import { describe, expect, it } from "vitest";
import { type ConfigError, loadConfig, parseDuration, settingsTable } from "../../src/config.ts";

/** kubelet sets this in every pod; outside one the in-cluster istiod default is refused. */
const IN_POD = { KUBERNETES_SERVICE_HOST: "10.96.0.1" };

describe("config", () => {
  it("defaults match ztunnel's (in a pod)", () => {
    const c = loadConfig(IN_POD);
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

  it("drain deadline falls back to the grace period minus 1 s", () => {
    expect(loadConfig({ ...IN_POD, TERMINATION_GRACE_PERIOD_SECONDS: "30" }).drainDeadlineMs).toBe(29_000);
    expect(loadConfig({ ...IN_POD, CONNECTION_TERMINATION_DEADLINE: "2s" }).drainDeadlineMs).toBe(2000);
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
