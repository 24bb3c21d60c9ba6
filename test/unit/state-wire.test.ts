// Address upserts handed to workers as bytes (src/state/wire.ts): what a worker decodes
// from the packed buffer is what the main thread accepted from the response, no more.
import { describe, expect, it } from "vitest";
import { ADDRESS_TYPE_URL, decodeAddress } from "../../src/state/from-proto.ts";
import { packAddresses, unpackAddresses } from "../../src/state/wire.ts";
import { handleResponse } from "../../xds/client/response.ts";
import { istio } from "../../xds/gen/protos.js";

const W = istio.workload;
const workload = (uid: string, ip: number) =>
  W.Address.encode({ workload: { uid, addresses: [Uint8Array.of(10, 0, 0, ip)] } }).finish();
const service = (ns: string, hostname: string) =>
  W.Address.encode({ service: { namespace: ns, hostname, addresses: [] } }).finish();
const any = (value: Uint8Array) => ({ type_url: ADDRESS_TYPE_URL, value });

describe("packed Address upserts", () => {
  it("round-trips workloads and services through one shared buffer", () => {
    const packed = packAddresses([workload("c//Pod/ns/a", 1), service("ns", "s.ns"), workload("c//Pod/ns/b", 2)]);
    expect(packed.bytes.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(packed.count).toBe(3);
    const up = unpackAddresses(packed, decodeAddress);
    expect(up.upsertWorkloads?.map((w) => [w.uid, w.workloadIps])).toEqual([
      ["c//Pod/ns/a", ["10.0.0.1"]],
      ["c//Pod/ns/b", ["10.0.0.2"]],
    ]);
    expect(up.upsertServices?.map((s) => `${s.namespace}/${s.hostname}`)).toEqual(["ns/s.ns"]);
  });

  it("an empty list packs to an empty buffer", () => {
    expect(unpackAddresses(packAddresses([]), decodeAddress)).toEqual({ upsertWorkloads: [], upsertServices: [] });
  });

  it("a response's packed bytes hold only the accepted resources, decoding to its Delta's upserts", () => {
    const h = handleResponse({
      typeUrl: ADDRESS_TYPE_URL,
      nonce: "n",
      resources: [
        { name: "c//Pod/ns/a", resource: any(workload("c//Pod/ns/a", 1)) },
        { name: "wrong-name", resource: any(workload("c//Pod/ns/x", 9)) },
        { name: "c//Pod/ns/a", resource: any(workload("c//Pod/ns/a", 7)) },
        { name: "bad", resource: any(Uint8Array.of(0xff)) },
        { name: "ns/s.ns", resource: any(service("ns", "s.ns")) },
      ],
    });
    expect(h.rejected).toHaveLength(3);
    expect(h.packed?.count).toBe(2);
    const up = unpackAddresses(h.packed!, decodeAddress);
    expect(up.upsertWorkloads).toEqual(h.delta?.upsertWorkloads);
    expect(up.upsertServices).toEqual(h.delta?.upsertServices);
  });

  it("an Authorization response has no packed bytes", () => {
    const h = handleResponse({ typeUrl: "type.googleapis.com/istio.security.Authorization", nonce: "n" });
    expect(h.packed).toBeUndefined();
  });
});
