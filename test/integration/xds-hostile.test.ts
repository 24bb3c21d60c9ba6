// The xDS client and the embedded ADS server against hostile or broken peers, as the probes
// that found #22's defects tried them by hand: a server that never answers, one that floods
// responses without waiting for ACKs, one that stalls half-way through a message, and
// clients that send the embedded server garbage. Nothing may crash, hang or lose state.

import { mkdtemp, writeFile } from "node:fs/promises";
import * as http2 from "node:http2";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import * as grpc from "@grpc/grpc-js";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { ADDRESS_TYPE_URL, AUTHORIZATION_TYPE_URL } from "../../src/state/from-proto.ts";
import { createState } from "../../src/state/store.ts";
import { ADS_METHOD, createXdsClient } from "../../xds/client/client.ts";
import { startControlPlane } from "../../xds/controlplane/server.ts";
import { envoy } from "../../xds/gen/protos.js";
import { until } from "../fixtures/proxy-harness.ts";
import { addrResource, startFakeAds, testConfig, wl } from "./xds-client-fake-server.ts";

const quiet = pino({ level: "silent" });
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function client(port: number) {
  const state = createState();
  const c = createXdsClient({ config: testConfig(port), onDelta: (d) => state.apply(d), log: quiet });
  cleanups.push(() => c.stop());
  c.start();
  return { c, state };
}

describe("hostile ADS servers", () => {
  it("a server that never answers: the client waits (not ready, nothing applied) and is ready once answers come", async () => {
    const ads = await startFakeAds();
    cleanups.push(() => ads.close());
    const { c, state } = client(ads.port);
    const s = await ads.stream(0);
    await new Promise((r) => setTimeout(r, 1500));
    expect(c.isReady()).toBe(false);
    expect(state.counts().workloads).toBe(0);
    expect(ads.streams.length).toBe(1); // it did not give up and storm reconnects
    s.sendResponse({ typeUrl: ADDRESS_TYPE_URL, nonce: "a", resources: [] });
    s.sendResponse({ typeUrl: AUTHORIZATION_TYPE_URL, nonce: "b", resources: [] });
    await until(() => c.isReady(), 3000, "ready");
  });

  it("a server that floods 2,000 responses without waiting for ACKs: every one ACKed, the last state kept", async () => {
    const ads = await startFakeAds();
    cleanups.push(() => ads.close());
    const { c, state } = client(ads.port);
    const s = await ads.stream(0);
    const N = 2000;
    for (let i = 0; i < N; i++) {
      const uid = `K//Pod/default/w${i % 50}`;
      s.sendResponse({
        typeUrl: ADDRESS_TYPE_URL,
        nonce: `n${i}`,
        resources: [addrResource(uid, `v${i}`, { workload: wl(uid, [127, 0, 1 + (i % 50), i % 250]) })],
      });
    }
    await until(() => s.requests.some((r) => r.responseNonce === `n${N - 1}`), 20_000, "the last ACK");
    const acks = s.requests.filter((r) => r.responseNonce?.startsWith("n"));
    expect(acks.length).toBe(N);
    expect(acks.every((r) => !r.errorDetail?.message)).toBe(true);
    expect(state.counts().workloads).toBe(50);
    // The last write of w49 (i = 1999) is what the state holds.
    expect(state.workload("K//Pod/default/w49")?.workloadIps).toEqual([`127.0.50.${1999 % 250}`]);
    expect(c.status()[ADDRESS_TYPE_URL]!.resources).toBe(50);
  }, 30_000);

  it("a server that stalls half-way through a message: no crash, and a reset stream is followed by a reconnect", async () => {
    let streams = 0;
    const server = http2.createServer();
    const open: http2.ServerHttp2Stream[] = [];
    server.on("stream", (st) => {
      streams++;
      st.on("error", () => {});
      st.respond({ ":status": 200, "content-type": "application/grpc" });
      // A frame header announcing 1000 bytes, then 10 of them, then nothing.
      st.write(Buffer.concat([Buffer.from([0, 0, 0, 0x03, 0xe8]), Buffer.alloc(10, 1)]));
      open.push(st);
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    cleanups.push(() => new Promise<void>((r) => server.close(() => r())));
    cleanups.push(() => {
      for (const st of open) st.destroy();
    });
    const { c } = client((server.address() as AddressInfo).port);
    await until(() => streams === 1, 3000, "the first stream");
    await new Promise((r) => setTimeout(r, 1000));
    expect(c.isReady()).toBe(false);
    open[0]!.close(http2.constants.NGHTTP2_INTERNAL_ERROR);
    await until(() => streams >= 2, 5000, "a reconnect after the reset");
    expect(c.counters().terminations.Reconnect + c.counters().terminations.Error).toBeGreaterThanOrEqual(1);
  });
});

describe("the embedded ADS server against bad clients", () => {
  const passthrough: grpc.ServiceDefinition = {
    delta: {
      path: ADS_METHOD,
      requestStream: true,
      responseStream: true,
      requestSerialize: (b: Buffer) => b,
      requestDeserialize: (b: Buffer) => b,
      responseSerialize: (b: Buffer) => b,
      responseDeserialize: (b: Buffer) => b,
    },
  };
  const Raw = grpc.makeGenericClientConstructor(passthrough, "RawAds");

  it("garbage request bytes from a token holder end that stream with an error; other proxies are still served", async () => {
    const mesh = new URL("../fixtures/mesh-basic/mesh.yaml", import.meta.url).pathname;
    const cp = await startControlPlane({ mesh, host: "127.0.0.1", port: 0, watch: false });
    cleanups.push(() => cp.close());
    const raw = new Raw(cp.address, grpc.credentials.createInsecure());
    cleanups.push(() => raw.close());
    const md = new grpc.Metadata();
    md.set("authorization", `Bearer ${cp.tokenFor("node-a")}`);
    const call = (raw as unknown as { delta(md: grpc.Metadata): grpc.ClientDuplexStream<Buffer, Buffer> }).delta(md);
    const status = new Promise<grpc.StatusObject>((r) => call.on("status", r));
    call.on("error", () => {});
    call.write(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f, 0x12, 0x34]));
    expect((await status).code).not.toBe(grpc.status.OK);
    // A request with an unknown type URL is answered (empty), not fatal to the server.
    const call2 = (raw as unknown as { delta(md: grpc.Metadata): grpc.ClientDuplexStream<Buffer, Buffer> }).delta(md);
    call2.on("error", () => {});
    const first = new Promise<Buffer>((r) => call2.once("data", r));
    call2.write(
      Buffer.from(envoy.service.discovery.v3.DeltaDiscoveryRequest.encode({ typeUrl: "type.example/Nope" }).finish()),
    );
    const resp = envoy.service.discovery.v3.DeltaDiscoveryResponse.decode(await first);
    expect(resp.typeUrl).toBe("type.example/Nope");
    expect(resp.resources).toEqual([]);
    call2.cancel();
    // A proper client still gets the whole mesh.
    const tmp = await mkdtemp(`${tmpdir()}/zts-hostile-`);
    await writeFile(`${tmp}/token`, cp.tokenFor("node-a"));
    const state = createState();
    const good = createXdsClient({
      config: testConfig(cp.port, { AUTH_TOKEN: `${tmp}/token` }),
      onDelta: (d) => state.apply(d),
      log: quiet,
    });
    cleanups.push(() => good.stop());
    good.start();
    await good.ready;
    expect(state.counts().workloads).toBeGreaterThan(0);
  });
});
