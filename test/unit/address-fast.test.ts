// The direct Workload decoder (src/state/address-fast.ts) is a fast path only: for any
// bytes, decodeAddress must give what protobufjs + from-proto give — the same Workload or
// Service, or the same error.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fastWorkload } from "../../src/state/address-fast.ts";
import { addressFromProto, decodeAddress } from "../../src/state/from-proto.ts";
import { istio } from "../../xds/gen/protos.js";

const W = istio.workload;

/** The ordinary path: protobufjs decode, then from-proto. */
function slow(bytes: Uint8Array): unknown {
  try {
    return addressFromProto(W.Address.decode(bytes));
  } catch (e) {
    return { error: (e as Error).message };
  }
}
function viaDecodeAddress(bytes: Uint8Array): unknown {
  try {
    return decodeAddress(bytes);
  } catch (e) {
    return { error: (e as Error).message.replace(/^cannot decode istio.workload.Address: /, "") };
  }
}

const hooks = {
  gateway: () => {
    throw new Error("unused");
  },
  applicationTunnel: () => undefined,
};

const small = fc.constantFrom("", "ns-1", "a/b", "ünï", "\uFEFFbom", "cluster.local", "x".repeat(40));
const ip = fc.oneof(
  fc.uint8Array({ minLength: 4, maxLength: 4 }),
  fc.uint8Array({ minLength: 16, maxLength: 16 }),
  fc.uint8Array({ minLength: 0, maxLength: 5 }),
);
const portArb = fc.record(
  { servicePort: fc.integer({ min: 0, max: 70000 }), targetPort: fc.integer({ min: 0, max: 70000 }) },
  { requiredKeys: [] },
);
const gatewayArb = fc.oneof(
  fc.record({ address: fc.record({ network: small, address: ip }), hboneMtlsPort: fc.integer({ min: 0, max: 70000 }) }),
  fc.record({ hostname: fc.record({ namespace: small, hostname: small }), hboneMtlsPort: fc.constant(15008) }),
  fc.constant({}),
);
const workloadArb = fc.record(
  {
    uid: fc.constantFrom("", "c//Pod/ns/a", "c//Pod/ns/b"),
    name: small,
    namespace: small,
    addresses: fc.array(ip, { maxLength: 3 }),
    network: small,
    tunnelProtocol: fc.integer({ min: 0, max: 3 }),
    trustDomain: small,
    serviceAccount: small,
    waypoint: gatewayArb,
    node: small,
    canonicalName: small,
    canonicalRevision: small,
    workloadType: fc.integer({ min: 0, max: 5 }),
    workloadName: small,
    nativeTunnel: fc.boolean(),
    authorizationPolicies: fc.array(small, { maxLength: 3 }),
    status: fc.integer({ min: 0, max: 2 }),
    clusterId: small,
    networkGateway: gatewayArb,
    hostname: small,
    services: fc.dictionary(
      fc.constantFrom("ns/a.svc", "ns/b.svc", "noslash", "x/y"),
      fc.record({ ports: fc.array(portArb, { maxLength: 3 }) }),
    ),
    applicationTunnel: fc.record({
      protocol: fc.integer({ min: 0, max: 2 }),
      port: fc.integer({ min: 0, max: 70000 }),
    }),
    locality: fc.record({ region: small, zone: small, subzone: small }, { requiredKeys: [] }),
    networkMode: fc.integer({ min: 0, max: 2 }),
    capacity: fc.oneof(fc.constant({}), fc.record({ value: fc.integer({ min: 0, max: 10 }) })),
  },
  { requiredKeys: [] },
);

describe("fast Workload decoding", () => {
  it("takes the fast path for a plain workload", () => {
    const bytes = W.Address.encode({
      workload: {
        uid: "c//Pod/ns/a",
        namespace: "ns",
        addresses: [Uint8Array.of(10, 0, 0, 1)],
        services: { "ns/a.svc": { ports: [{ servicePort: 80, targetPort: 8080 }] } },
        locality: { region: "r" },
        capacity: { value: 3 },
      },
    }).finish();
    const w = fastWorkload(bytes, hooks);
    expect(w).toEqual(slow(bytes) && (slow(bytes) as { workload: unknown }).workload);
  });

  it("equals protobufjs + from-proto for generated workloads (result or error)", () => {
    fc.assert(
      fc.property(workloadArb, (p) => {
        const bytes = W.Address.encode({ workload: p as istio.workload.Workload.$Properties }).finish();
        expect(viaDecodeAddress(bytes)).toEqual(slow(bytes));
      }),
      { numRuns: 2000 },
    );
  });

  it("a field number 0 inside a services entry is refused as protobufjs refuses it (a property-test counterexample)", () => {
    const bytes = W.Address.encode({
      workload: {
        uid: "c//Pod/ns/a",
        name: "a",
        namespace: "ns",
        addresses: [Uint8Array.of(10, 0, 0, 1)],
        services: { "ns/a.svc": { ports: [{ servicePort: 80, targetPort: 8080 }] } },
        locality: { region: "r", zone: "z" },
        capacity: { value: 2 },
        status: 1,
      },
    })
      .finish()
      .slice(0, 68);
    bytes[51] = 0;
    expect(viaDecodeAddress(bytes)).toEqual(slow(bytes));
  });

  it("equals protobufjs + from-proto for mangled bytes (result or error)", () => {
    const base = W.Address.encode({
      workload: {
        uid: "c//Pod/ns/a",
        name: "a",
        namespace: "ns",
        addresses: [Uint8Array.of(10, 0, 0, 1)],
        services: { "ns/a.svc": { ports: [{ servicePort: 80, targetPort: 8080 }] } },
        locality: { region: "r", zone: "z" },
        capacity: { value: 2 },
        status: 1,
      },
    }).finish();
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(base.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 3 }),
        fc.nat(base.length),
        (edits, cut) => {
          const bytes = Uint8Array.from(base.subarray(0, Math.max(cut, 1)));
          for (const [i, v] of edits) if (i < bytes.length) bytes[i] = v;
          expect(viaDecodeAddress(bytes)).toEqual(slow(bytes));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
