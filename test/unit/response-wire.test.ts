// The control plane's directly written DeltaDiscoveryResponse (xds/controlplane/response-wire.ts)
// decodes with the generated protobufjs codec to exactly what was meant, and a split push
// keeps every resource once, in order, each part within the limit.
import { describe, expect, it } from "vitest";
import type { VersionedResource } from "../../xds/controlplane/ads-server.ts";
import { encodeResponse, resourceWireBytes, splitPush } from "../../xds/controlplane/response-wire.ts";
import { envoy } from "../../xds/gen/protos.js";

const TYPE = "type.googleapis.com/istio.workload.Address";
const res = (n: number): Array<[string, VersionedResource]> =>
  Array.from({ length: n }, (_, i) => [
    `Kubernetes//Pod/ns-é/pod-${i}`,
    { version: `v${i}`, bytes: Uint8Array.from({ length: 50 + (i % 7) * 40 }, (_, k) => (k * 7 + i) & 255) },
  ]);

describe("response-wire", () => {
  it("encodes what protobufjs decodes back: names, versions, Any bytes, removals, nonce, type", () => {
    const resources = res(5);
    const buf = encodeResponse({ typeUrl: TYPE, nonce: "n-1", resources, removed: ["gone-ü", "gone-2"] });
    const d = envoy.service.discovery.v3.DeltaDiscoveryResponse.decode(buf);
    expect(d.typeUrl).toBe(TYPE);
    expect(d.nonce).toBe("n-1");
    expect(d.removedResources).toEqual(["gone-ü", "gone-2"]);
    expect(
      d.resources.map((r) => [r.name, r.version, r.resource?.type_url, Buffer.from(r.resource?.value ?? [])]),
    ).toEqual(resources.map(([n, r]) => [n, r.version, TYPE, Buffer.from(r.bytes)]));
  });

  it("splits a push into parts within the limit, every resource once and in order, removals first", () => {
    const resources = res(300);
    const max = 4096;
    const parts = splitPush(TYPE, resources, ["gone"], max);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.flatMap((p) => p.resources)).toEqual(resources);
    expect(parts.map((p) => p.removed.length)).toEqual([1, ...parts.slice(1).map(() => 0)]);
    for (const p of parts) {
      const bytes = encodeResponse({ typeUrl: TYPE, nonce: "0123456789abcdef0123456789abcdef0123", ...p }).length;
      expect(bytes).toBeLessThanOrEqual(max);
    }
    expect(resourceWireBytes(TYPE, resources[0]![0], resources[0]![1])).toBeGreaterThan(50);
  });
});
