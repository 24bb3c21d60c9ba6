// onAddressBytes: each Address response reaches it as packed bytes before onDelta, and a
// worker decoding those bytes ends with the state the main thread applied.
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { ADDRESS_TYPE_URL, AUTHORIZATION_TYPE_URL, decodeAddress } from "../../src/state/from-proto.ts";
import { createState } from "../../src/state/store.ts";
import { type PackedResources, unpackResources } from "../../src/state/wire.ts";
import { createXdsClient } from "../../xds/client/client.ts";
import { addrResource, startFakeAds, testConfig, wl } from "./xds-client-fake-server.ts";

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe("xds client: Address responses as bytes", () => {
  it("hands each Address response over before onDelta; a worker's state from the bytes equals the main one", async () => {
    const ads = await startFakeAds();
    cleanups.push(() => ads.close());
    const main = createState();
    const worker = createState();
    const events: string[] = [];
    const client = createXdsClient({
      config: testConfig(ads.port),
      onAddressBytes: ({ packed, removed }: { packed: PackedResources; removed: string[] }) => {
        events.push(`bytes:${packed.count}:${removed.join(",")}`);
        worker.apply({ ...unpackResources(packed, decodeAddress), removeAddresses: removed });
      },
      onDelta: (delta, typeUrl) => {
        events.push(`delta:${typeUrl === ADDRESS_TYPE_URL ? "address" : "authz"}`);
        main.apply(delta);
      },
      log: pino({ level: "silent" }),
    });
    cleanups.push(() => client.stop());
    client.start();
    const s = await ads.stream(0);
    await s.request((r) => r.typeUrl === AUTHORIZATION_TYPE_URL);
    s.sendResponse({
      typeUrl: ADDRESS_TYPE_URL,
      nonce: "1",
      resources: [
        addrResource("K//Pod/default/a", "v1", { workload: wl("K//Pod/default/a", [127, 0, 0, 10]) }),
        addrResource("K//Pod/default/b", "v1", { workload: wl("K//Pod/default/b", [127, 0, 0, 11]) }),
        addrResource("mismatch", "v1", { workload: wl("K//Pod/default/c", [127, 0, 0, 12]) }),
      ],
    });
    await s.request((r) => r.responseNonce === "1");
    s.sendResponse({ typeUrl: ADDRESS_TYPE_URL, nonce: "2", removedResources: ["K//Pod/default/a"] });
    await s.request((r) => r.responseNonce === "2");
    s.sendResponse({ typeUrl: AUTHORIZATION_TYPE_URL, nonce: "3" });
    await s.request((r) => r.responseNonce === "3");
    expect(events).toEqual(["bytes:3:", "delta:address", "bytes:0:K//Pod/default/a", "delta:address", "delta:authz"]);
    expect([...worker.workloads()]).toEqual([...main.workloads()]);
    expect([...main.workloads()].map((w) => w.uid)).toEqual(["K//Pod/default/b"]);
  });
});
