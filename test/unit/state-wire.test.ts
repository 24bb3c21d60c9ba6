// Address responses handed to workers as bytes before the main thread decodes them
// (src/state/wire.ts): what a worker keeps from the packed resources is exactly what the
// main thread's rules (xds/client/response.ts) accept, no more.
import { describe, expect, it } from "vitest";
import { ADDRESS_TYPE_URL, AUTHORIZATION_TYPE_URL, decodeAddress } from "../../src/state/from-proto.ts";
import { packResources, unpackResources } from "../../src/state/wire.ts";
import { handleResponse } from "../../xds/client/response.ts";
import { istio } from "../../xds/gen/protos.js";

const W = istio.workload;
const workload = (uid: string, ip: number) =>
  W.Address.encode({ workload: { uid, addresses: [Uint8Array.of(10, 0, 0, ip)] } }).finish();
const service = (ns: string, hostname: string) =>
  W.Address.encode({ service: { namespace: ns, hostname, addresses: [] } }).finish();
const any = (value: Uint8Array, type_url = ADDRESS_TYPE_URL) => ({ type_url, value });

describe("packed Address resources", () => {
  it("round-trips workloads and services through one shared buffer", () => {
    const packed = packResources([
      { name: "c//Pod/ns/a", resource: any(workload("c//Pod/ns/a", 1)) },
      { name: "ns/s.ns", resource: any(service("ns", "s.ns")) },
      { name: "c//Pod/ns/b", resource: any(workload("c//Pod/ns/b", 2)) },
    ]);
    expect(packed.bytes.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(packed.count).toBe(3);
    const up = unpackResources(packed, decodeAddress);
    expect(up.upsertWorkloads?.map((w) => [w.uid, w.workloadIps])).toEqual([
      ["c//Pod/ns/a", ["10.0.0.1"]],
      ["c//Pod/ns/b", ["10.0.0.2"]],
    ]);
    expect(up.upsertServices?.map((s) => `${s.namespace}/${s.hostname}`)).toEqual(["ns/s.ns"]);
  });

  it("an empty response packs to an empty buffer", () => {
    expect(unpackResources(packResources([]), decodeAddress)).toEqual({ upsertWorkloads: [], upsertServices: [] });
  });

  it("keeps what the main thread accepts, and nothing it rejects", () => {
    const resources = [
      { name: "c//Pod/ns/a", resource: any(workload("c//Pod/ns/a", 1)) },
      { name: "wrong-name", resource: any(workload("c//Pod/ns/x", 9)) },
      { name: "c//Pod/ns/a", resource: any(workload("c//Pod/ns/a", 7)) },
      { name: "bad", resource: any(Uint8Array.of(0xff)) },
      { name: "", resource: any(workload("c//Pod/ns/e", 5)) },
      { name: "no-body" },
      { name: "c//Pod/ns/t", resource: any(workload("c//Pod/ns/t", 3), AUTHORIZATION_TYPE_URL) },
      { name: "c//Pod/ns/v", resource: any(W.Address.encode({ workload: { uid: "c//Pod/ns/v" } }).finish()) },
      { name: "c//Pod/ns/ü", resource: any(workload("c//Pod/ns/ü", 4)) },
      { name: "ns/s.ns", resource: any(service("ns", "s.ns")) },
    ];
    const h = handleResponse({ typeUrl: ADDRESS_TYPE_URL, nonce: "n", resources });
    expect(h.rejected).toHaveLength(6);
    const up = unpackResources(packResources(resources), decodeAddress);
    expect(up.upsertWorkloads).toEqual(h.delta?.upsertWorkloads);
    expect(up.upsertServices).toEqual(h.delta?.upsertServices);
    expect(up.upsertWorkloads?.map((w) => w.uid)).toEqual(["c//Pod/ns/a", "c//Pod/ns/v", "c//Pod/ns/ü"]);
  });
});
