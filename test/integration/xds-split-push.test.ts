// A push larger than the client's receive limit (ZTS_XDS_MAX_MESSAGE_SIZE): the embedded
// control plane's ADS server splits it into responses no larger than its own limit, and
// the real delta ADS client applies every one and ACKs each with its own nonce. Scaled
// down: a 200-workload push of ≈ 40 KB against a 16 KiB client limit and an 8 KiB server
// limit (the same ratio as a 1M-workload push of ≈ 320 MB against 200 MiB / 64 MiB).
import * as grpc from "@grpc/grpc-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { service, workload } from "../../bench/controlplane/mesh.ts";
import { ADDRESS_TYPE_URL } from "../../src/state/from-proto.ts";
import { createState } from "../../src/state/store.ts";
import { createXdsClient, type XdsClient } from "../../xds/client/client.ts";
import { type AckEvent, type AdsServer, createAdsServer, versioned } from "../../xds/controlplane/ads-server.ts";
import { AUTHORIZATION_TYPE_URL, encodeService, encodeWorkload } from "../../xds/controlplane/to-proto.ts";
import { testConfig } from "./xds-client-fake-server.ts";

const SIZE = { workloads: 200, services: 20, nodes: 4 };
const CLIENT_LIMIT = 16 * 1024;
const SERVER_LIMIT = 8 * 1024;
const SNAPSHOT = () => [
  ...Array.from({ length: SIZE.workloads }, (_, i) => encodeWorkload(workload(i, SIZE))),
  ...Array.from({ length: SIZE.services }, (_, j) => encodeService(service(j))),
];

describe("a full push over the client's message limit", () => {
  let server: grpc.Server;
  let ads: AdsServer;
  let client: XdsClient;
  const state = createState();
  const acks: AckEvent[] = [];
  const responses: number[] = []; // upserts per Address response, as the client saw them
  let pushBytes = 0;

  beforeAll(async () => {
    const res = SNAPSHOT();
    pushBytes = res.reduce((a, r) => a + r.bytes.length + r.name.length, 0);
    ads = createAdsServer(
      new Map([
        [ADDRESS_TYPE_URL, versioned(res)],
        [AUTHORIZATION_TYPE_URL, versioned([])],
      ]),
      { maxResponseBytes: SERVER_LIMIT },
    );
    ads.onAck((e) => acks.push(e));
    server = new grpc.Server();
    server.addService(ads.service, ads.handlers);
    const port = await new Promise<number>((resolve, reject) =>
      server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (e, p) => (e ? reject(e) : resolve(p))),
    );
    client = createXdsClient({
      config: testConfig(port, { ZTS_XDS_MAX_MESSAGE_SIZE: String(CLIENT_LIMIT) }),
      onDelta: (delta, typeUrl) => {
        if (typeUrl === ADDRESS_TYPE_URL)
          responses.push((delta.upsertWorkloads?.length ?? 0) + (delta.upsertServices?.length ?? 0));
        state.apply(delta);
      },
    });
    client.start();
    const end = Date.now() + 10_000;
    while (state.counts().workloads < SIZE.workloads || state.counts().services < SIZE.services) {
      if (Date.now() > end) throw new Error(`push not applied: ${JSON.stringify(state.counts())}`);
      await new Promise((r) => setTimeout(r, 10));
    }
    // The last ACK follows the last apply on the same stream write; give it time to arrive.
    while (acks.filter((a) => a.typeUrl === ADDRESS_TYPE_URL).length < responses.length) {
      if (Date.now() > end) throw new Error("ACKs missing");
      await new Promise((r) => setTimeout(r, 10));
    }
  });

  afterAll(async () => {
    await client?.stop();
    ads?.closeAll();
    await new Promise<void>((r) => server?.tryShutdown(() => r()) ?? r());
  });

  it("arrives whole over several responses, none above the server's limit", () => {
    expect(pushBytes).toBeGreaterThan(CLIENT_LIMIT);
    expect(state.counts()).toEqual({ workloads: SIZE.workloads, services: SIZE.services, policies: 0 });
    expect(responses.length).toBeGreaterThanOrEqual(Math.ceil(pushBytes / SERVER_LIMIT));
    expect(responses.reduce((a, n) => a + n, 0)).toBe(SIZE.workloads + SIZE.services);
    expect(client.counters().messages[ADDRESS_TYPE_URL]).toBe(responses.length);
  });

  it("is ACKed once per response, each echoing its own nonce, with no NACK", () => {
    const address = acks.filter((a) => a.typeUrl === ADDRESS_TYPE_URL);
    expect(address).toHaveLength(responses.length);
    expect(new Set(address.map((a) => a.nonce)).size).toBe(address.length);
    expect(address.every((a) => a.nack === undefined)).toBe(true);
    expect(ads.nacks()).toEqual([]);
    expect(client.status()[ADDRESS_TYPE_URL]?.resources).toBe(SIZE.workloads + SIZE.services);
  });

  it("would be refused by the client as one response (the limit is real)", async () => {
    const one = createAdsServer(
      new Map([
        [ADDRESS_TYPE_URL, versioned(SNAPSHOT())],
        [AUTHORIZATION_TYPE_URL, versioned([])],
      ]),
      { maxResponseBytes: 1 << 30 },
    );
    const s = new grpc.Server();
    s.addService(one.service, one.handlers);
    const port = await new Promise<number>((resolve, reject) =>
      s.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (e, p) => (e ? reject(e) : resolve(p))),
    );
    const codes: string[] = [];
    const c = createXdsClient({
      config: testConfig(port, { ZTS_XDS_MAX_MESSAGE_SIZE: String(CLIENT_LIMIT) }),
      onDelta: () => {},
      onError: (e) => codes.push(e.code),
    });
    c.start();
    try {
      const end = Date.now() + 10_000;
      while (!codes.includes("ZTS_XDS_TOO_LARGE") && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
      expect(codes).toContain("ZTS_XDS_TOO_LARGE");
    } finally {
      await c.stop();
      one.closeAll();
      await new Promise<void>((r) => s.tryShutdown(() => r()));
    }
  });
});
