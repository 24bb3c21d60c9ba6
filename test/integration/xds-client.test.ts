// The delta ADS client against a real grpc-js server on loopback: what it sends, how it
// answers bad input (NACK or error, never a crash, never lost state) and how it reconnects.
import * as http2 from "node:http2";
import type { AddressInfo } from "node:net";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { ADDRESS_TYPE_URL, AUTHORIZATION_TYPE_URL } from "../../src/state/from-proto.ts";
import { createState, type Delta } from "../../src/state/store.ts";
import { createXdsClient, type XdsClient, type XdsClientOptions } from "../../xds/client/client.ts";
import type { XdsError } from "../../xds/client/errors.ts";
import { istio } from "../../xds/gen/protos.js";
import { addrResource, type FakeAds, type FakeStream, startFakeAds, testConfig, wl } from "./xds-client-fake-server.ts";

const quiet = pino({ level: "silent" });
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setup(opts: Partial<XdsClientOptions> & { env?: Record<string, string> } = {}) {
  const ads = await startFakeAds();
  cleanups.push(() => ads.close());
  return connectTo(ads, opts);
}

async function connectTo(ads: FakeAds, opts: Partial<XdsClientOptions> & { env?: Record<string, string> } = {}) {
  const state = createState();
  const deltas: Array<{ delta: Delta; typeUrl: string }> = [];
  const errors: XdsError[] = [];
  const client = createXdsClient({
    config: testConfig(ads.port, opts.env),
    onDelta: (delta, typeUrl) => {
      deltas.push({ delta, typeUrl });
      state.apply(delta);
    },
    onError: (e) => errors.push(e),
    log: quiet,
    ...opts,
  });
  cleanups.push(() => client.stop());
  client.start();
  const s = await ads.stream(0);
  await s.request((r) => r.typeUrl === AUTHORIZATION_TYPE_URL);
  return { ads, state, deltas, errors, client, s };
}

const until = async (cond: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 5));
  }
};

/** Seeds one good workload (ACKed) so each bad-input test can check nothing is lost. */
async function seed(s: FakeStream, client: XdsClient) {
  s.sendResponse({
    typeUrl: ADDRESS_TYPE_URL,
    nonce: "seed",
    resources: [addrResource("K//Pod/default/keep", "v1", { workload: wl("K//Pod/default/keep", [127, 0, 0, 10]) })],
  });
  await s.request((r) => r.responseNonce === "seed");
  expect(client.status()[ADDRESS_TYPE_URL]!.resources).toBe(1);
}

describe("xds client: what it sends", () => {
  it("initial wildcard requests with node id, metadata and no initial versions", async () => {
    const { s } = await setup({ env: { ISTIO_META_FOO: "bar" } });
    expect(s.requests.map((r) => r.typeUrl)).toEqual([ADDRESS_TYPE_URL, AUTHORIZATION_TYPE_URL]);
    for (const r of s.requests) {
      expect(r.resourceNamesSubscribe).toEqual([]);
      expect(r.initialResourceVersions).toEqual({});
      expect(r.node?.id).toBe("ztunnel~127.0.0.5~ztunnel-abc.istio-system~istio-system.svc.cluster.local");
      const f = r.node?.metadata?.fields ?? {};
      const get = (k: string) => f[k]?.stringValue;
      expect([
        get("NAMESPACE"),
        get("INSTANCE_IPS"),
        get("NODE_NAME"),
        get("CLUSTER_ID"),
        get("SERVICE_ACCOUNT"),
      ]).toEqual(["istio-system", "127.0.0.5", "node-a", "cluster-test", "ztunnel"]);
      expect(get("FOO")).toBe("bar");
    }
  });

  it("gRPC metadata: bearer token from the AUTH_TOKEN file, clusterid, XDS_HEADER_*", async () => {
    const { s } = await setup({ env: { XDS_HEADER_X_TENANT: "t1" } });
    expect(s.metadata.get("authorization")).toEqual(["Bearer test-token-123"]);
    expect(s.metadata.get("clusterid")).toEqual(["cluster-test"]);
    expect(s.metadata.get("x_tenant")).toEqual(["t1"]);
  });

  it("no authorization header when the token file does not exist", async () => {
    const { s } = await setup({ env: { AUTH_TOKEN: "/nonexistent/zts-token" } });
    expect(s.metadata.get("authorization")).toEqual([]);
  });
});

describe("xds client: bad input", () => {
  it("unknown type URL: NACK naming it, nothing applied", async () => {
    const { s, deltas, client, errors } = await setup();
    await seed(s, client);
    s.sendResponse({
      typeUrl: "type.googleapis.com/envoy.config.cluster.v3.Cluster",
      nonce: "u-1",
      resources: [addrResource("K//Pod/default/x", "v1", { workload: wl("K//Pod/default/x", [127, 0, 0, 11]) })],
    });
    const nack = await s.request((r) => r.responseNonce === "u-1");
    expect(nack.typeUrl).toBe("type.googleapis.com/envoy.config.cluster.v3.Cluster");
    expect(nack.errorDetail?.message).toContain("unknown type URL type.googleapis.com/envoy.config.cluster.v3.Cluster");
    expect(deltas).toHaveLength(1); // only the seed
    expect(errors.map((e) => e.code)).toContain("ZTS_XDS_UNKNOWN_TYPE");
  });

  it("duplicate names in one response: first applied, later ones NACKed", async () => {
    const { s, state } = await setup();
    const uid = "K//Pod/default/dup";
    s.sendResponse({
      typeUrl: ADDRESS_TYPE_URL,
      nonce: "d-1",
      resources: [
        addrResource(uid, "v1", { workload: wl(uid, [127, 0, 0, 12]) }),
        addrResource(uid, "v2", { workload: wl(uid, [127, 0, 0, 13]) }),
      ],
    });
    const nack = await s.request((r) => r.responseNonce === "d-1");
    expect(nack.errorDetail?.message).toBe(`${uid}: duplicate name in one response (the first one was applied)`);
    expect(state.workload(uid)?.workloadIps).toEqual(["127.0.0.12"]);
  });

  it("wrong-length address: NACK naming the resource and the length, the rest applied, nothing lost", async () => {
    const { s, state, client } = await setup();
    await seed(s, client);
    s.sendResponse({
      typeUrl: ADDRESS_TYPE_URL,
      nonce: "w-1",
      resources: [
        addrResource("K//Pod/default/bad3", "v1", { workload: wl("K//Pod/default/bad3", [127, 0, 0]) }),
        addrResource("K//Pod/default/ok", "v1", { workload: wl("K//Pod/default/ok", [127, 0, 0, 14]) }),
        addrResource("default/s.default.svc", "v1", {
          service: { namespace: "default", hostname: "s.default.svc", addresses: [{ address: new Uint8Array(17) }] },
        }),
      ],
    });
    const nack = await s.request((r) => r.responseNonce === "w-1");
    expect(nack.errorDetail?.message).toBe(
      "K//Pod/default/bad3: addresses[0]: address must be 4 or 16 bytes, got 3; " +
        "default/s.default.svc: addresses[0]: address must be 4 or 16 bytes, got 17",
    );
    expect(state.workload("K//Pod/default/ok")).toBeDefined();
    expect(state.workload("K//Pod/default/keep")).toBeDefined();
    expect(client.status()[ADDRESS_TYPE_URL]!.resources).toBe(2);
  });

  it("undecodable response message: ZTS_XDS_DECODE, reconnect, state kept, next stream works", async () => {
    const { s, state, client, errors, ads } = await setup();
    await seed(s, client);
    s.send(Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f])); // a length prefix far past the end
    await until(() => errors.some((e) => e.code === "ZTS_XDS_DECODE"));
    expect(state.workload("K//Pod/default/keep")).toBeDefined();
    const s2 = await ads.stream(1);
    const init = await s2.request((r) => r.typeUrl === ADDRESS_TYPE_URL);
    expect(init.initialResourceVersions).toEqual({ "K//Pod/default/keep": "v1" });
    s2.sendResponse({ typeUrl: ADDRESS_TYPE_URL, nonce: "after", removedResources: ["K//Pod/default/keep"] });
    await s2.request((r) => r.responseNonce === "after");
    expect(state.workload("K//Pod/default/keep")).toBeUndefined();
  });

  it("message above the configured limit: ZTS_XDS_TOO_LARGE, state kept, client reconnects", async () => {
    const { s, state, client, errors, ads } = await setup({ env: { ZTS_XDS_MAX_MESSAGE_SIZE: "16Ki" } });
    await seed(s, client);
    const big = Array.from({ length: 400 }, (_, i) =>
      addrResource(`K//Pod/default/big-${i}`, "v1", {
        workload: wl(`K//Pod/default/big-${i}`, [127, 0, 1 + (i >> 8), i & 255]),
      }),
    );
    s.sendResponse({ typeUrl: ADDRESS_TYPE_URL, nonce: "big", resources: big });
    await until(() => errors.some((e) => e.code === "ZTS_XDS_TOO_LARGE"));
    expect(errors.find((e) => e.code === "ZTS_XDS_TOO_LARGE")?.message).toContain("16384");
    expect(state.counts().workloads).toBe(1);
    const s2 = await ads.stream(1);
    await s2.request((r) => r.typeUrl === AUTHORIZATION_TYPE_URL);
    expect(s.requests.some((r) => r.responseNonce === "big")).toBe(false);
  });

  it("malformed gRPC frame (length prefix past the end): stream error, no crash, reconnects", async () => {
    // Raw HTTP/2 speaking just enough gRPC to send a broken frame, then a trailer.
    let streams = 0;
    const server = http2.createServer();
    server.on("stream", (st) => {
      streams++;
      st.respond({ ":status": 200, "content-type": "application/grpc" }, { waitForTrailers: true });
      st.on("wantTrailers", () => st.sendTrailers({ "grpc-status": "0" }));
      st.end(Buffer.from([0, 0, 0, 0x10, 0, 1, 2])); // claims 4096 bytes, carries 2
      st.on("error", () => {});
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    cleanups.push(() => new Promise<void>((r) => server.close(() => r())));
    const port = (server.address() as AddressInfo).port;
    const errors: XdsError[] = [];
    const client = createXdsClient({
      config: testConfig(port),
      onDelta: () => {},
      onError: (e) => errors.push(e),
      log: quiet,
    });
    cleanups.push(() => client.stop());
    client.start();
    await until(() => streams >= 2 && errors.length >= 1);
    expect(errors[0]!.code).toBe("ZTS_XDS_CONNECT");
    expect(client.isReady()).toBe(false);
  });
});

describe("xds client: reconnect", () => {
  it("server killed and restarted with changed resources: initial_resource_versions, new state, served throughout", async () => {
    const first = await startFakeAds();
    const port = first.port;
    const { state, client, s } = await connectTo(first);
    s.sendResponse({
      typeUrl: ADDRESS_TYPE_URL,
      nonce: "r-1",
      resources: [
        addrResource("K//Pod/default/a", "v1", { workload: wl("K//Pod/default/a", [127, 0, 0, 21]) }),
        addrResource("K//Pod/default/b", "v1", { workload: wl("K//Pod/default/b", [127, 0, 0, 22]) }),
      ],
    });
    s.sendResponse({ typeUrl: AUTHORIZATION_TYPE_URL, nonce: "p-1" });
    await client.ready;
    await first.close();
    await until(() => !client.status()[ADDRESS_TYPE_URL]!.connected);
    // Disconnected: the last good state is still there for the proxy to serve from.
    expect(state.counts().workloads).toBe(2);
    await new Promise((r) => setTimeout(r, 50));
    expect(state.workload("K//Pod/default/a")).toBeDefined();

    const second = await startFakeAds(port);
    cleanups.push(() => second.close());
    const s2 = await second.stream(0);
    const init = await s2.request((r) => r.typeUrl === ADDRESS_TYPE_URL);
    expect(init.initialResourceVersions).toEqual({ "K//Pod/default/a": "v1", "K//Pod/default/b": "v1" });
    const initP = await s2.request((r) => r.typeUrl === AUTHORIZATION_TYPE_URL);
    expect(initP.initialResourceVersions).toEqual({});
    // The server skips a (unchanged), changes b, removes nothing else, adds c.
    s2.sendResponse({
      typeUrl: ADDRESS_TYPE_URL,
      nonce: "r-2",
      resources: [
        addrResource("K//Pod/default/b", "v2", { workload: wl("K//Pod/default/b", [127, 0, 0, 23]) }),
        addrResource("K//Pod/default/c", "v1", { workload: wl("K//Pod/default/c", [127, 0, 0, 24]) }),
      ],
      removedResources: ["K//Pod/default/a"],
    });
    await s2.request((r) => r.responseNonce === "r-2");
    expect(state.workload("K//Pod/default/a")).toBeUndefined();
    expect(state.workload("K//Pod/default/b")?.workloadIps).toEqual(["127.0.0.23"]);
    expect(state.workload("K//Pod/default/c")).toBeDefined();
    expect(client.status()[ADDRESS_TYPE_URL]).toMatchObject({
      connected: true,
      resources: 2,
      lastAck: { nonce: "r-2" },
    });
  });

  it("initialVersions option seeds the first request", async () => {
    const { s } = await setup({ initialVersions: { [ADDRESS_TYPE_URL]: { "K//Pod/default/z": "v9" } } });
    expect(s.requests[0]!.initialResourceVersions).toEqual({ "K//Pod/default/z": "v9" });
  });

  it("a NACKed resource keeps its previous version and state", async () => {
    const { s, state, client } = await setup();
    await seed(s, client);
    s.sendResponse({
      typeUrl: ADDRESS_TYPE_URL,
      nonce: "k-2",
      resources: [
        addrResource("K//Pod/default/keep", "v2", {
          workload: {
            ...wl("K//Pod/default/keep", [127, 0, 0, 10]),
            tunnelProtocol: istio.workload.TunnelProtocol.LEGACY_ISTIO_MTLS,
          },
        }),
      ],
    });
    const nack = await s.request((r) => r.responseNonce === "k-2");
    expect(nack.errorDetail?.message).toMatch(/^K\/\/Pod\/default\/keep: tunnel_protocol: unsupported value 2/);
    expect(state.workload("K//Pod/default/keep")?.protocol).toBe("HBONE");
    await client.stop();
  });
});
