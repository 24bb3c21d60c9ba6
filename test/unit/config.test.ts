import { describe, expect, it } from "vitest";
import { loadConfig, parseDuration, settingsTable } from "../../src/config.ts";

describe("config", () => {
  it("defaults match ztunnel's", () => {
    const c = loadConfig({});
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
    expect(() => loadConfig({ ZTS_BALANCE: "bogus" })).toThrow(/ZTS_BALANCE.*dlb, exact, rr, kernel/);
    expect(() => loadConfig({ ZTUNNEL_WORKER_THREADS: "two" })).toThrow(/ZTUNNEL_WORKER_THREADS/);
    expect(() => loadConfig({ POOL_UNUSED_RELEASE_TIMEOUT: "soon" })).toThrow(/POOL_UNUSED_RELEASE_TIMEOUT/);
  });

  it("durations accept ms, s, m, h and plain seconds", () => {
    expect(parseDuration("500ms", "X")).toBe(500);
    expect(parseDuration("5s", "X")).toBe(5000);
    expect(parseDuration("5m", "X")).toBe(300_000);
    expect(parseDuration("1h", "X")).toBe(3_600_000);
    expect(parseDuration("7", "X")).toBe(7000);
  });

  it("drain deadline falls back to the grace period minus 1 s", () => {
    expect(loadConfig({ TERMINATION_GRACE_PERIOD_SECONDS: "30" }).drainDeadlineMs).toBe(29_000);
    expect(loadConfig({ CONNECTION_TERMINATION_DEADLINE: "2s" }).drainDeadlineMs).toBe(2000);
  });

  it("ISTIO_META_CLUSTER_ID wins over CLUSTER_ID and is node metadata", () => {
    const c = loadConfig({ CLUSTER_ID: "a", ISTIO_META_CLUSTER_ID: "b" });
    expect(c.clusterId).toBe("b");
    expect(c.istioMeta).toEqual({ CLUSTER_ID: "b" });
  });

  it("RUST_LOG's level syntax sets the level", () => {
    expect(loadConfig({ RUST_LOG: "debug" }).logLevel).toBe("debug");
    expect(loadConfig({ RUST_LOG: "warn,xds=debug" }).logLevel).toBe("warn");
    expect(() => loadConfig({ RUST_LOG: "loud" })).toThrow(/RUST_LOG/);
  });

  it("the help table lists every variable once", () => {
    const names = settingsTable().map((r) => r[0]);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain("ZTS_BALANCE");
    expect(names).toContain("XDS_ADDRESS");
  });
});
