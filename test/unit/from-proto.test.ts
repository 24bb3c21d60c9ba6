// Address protobuf → state: ztunnel's edge rules (defaults, refusals) and ours (uid and
// namespace/hostname required), and the per-response rules of the xDS client.
import { describe, expect, it } from "vitest";
import {
  ADDRESS_TYPE_URL,
  AUTHORIZATION_TYPE_URL,
  decodeAddress,
  decodeResource,
  type ResourceError,
  serviceFromProto,
  workloadFromProto,
} from "../../src/state/from-proto.ts";
import { handleResponse } from "../../xds/client/response.ts";
import { istio } from "../../xds/gen/protos.js";

const W = istio.workload;
const enc = (a: istio.workload.Address.$Properties) => W.Address.encode(a).finish();
const errOf = (f: () => unknown): ResourceError => {
  try {
    f();
  } catch (e) {
    return e as ResourceError;
  }
  throw new Error("expected an error");
};

describe("workloadFromProto", () => {
  const min = { uid: "c//Pod/ns/a", addresses: [Uint8Array.of(127, 0, 0, 1)] };

  it("applies ztunnel's defaults to an almost empty workload", () => {
    expect(workloadFromProto(min)).toEqual({
      uid: "c//Pod/ns/a",
      name: "",
      namespace: "",
      workloadIps: ["127.0.0.1"],
      hostname: "",
      network: "",
      protocol: "TCP",
      trustDomain: "cluster.local",
      serviceAccount: "default",
      node: "",
      canonicalName: "",
      canonicalRevision: "",
      workloadType: "deployment",
      workloadName: "",
      nativeTunnel: false,
      services: {},
      authorizationPolicies: [],
      status: "Healthy",
      clusterId: "Kubernetes",
      locality: { region: "", zone: "", subzone: "" },
      networkMode: "Standard",
      capacity: 1,
    });
  });

  it("workload type names as ztunnel prints them", () => {
    const t = (workloadType: number) => workloadFromProto({ ...min, workloadType }).workloadType;
    expect([
      t(W.WorkloadType.DEPLOYMENT),
      t(W.WorkloadType.CRONJOB),
      t(W.WorkloadType.POD),
      t(W.WorkloadType.JOB),
    ]).toEqual(["deployment", "cronjob", "pod", "job"]);
  });

  it("capacity: absent = 1, explicit 0 stays 0", () => {
    expect(workloadFromProto({ ...min, capacity: { value: 0 } }).capacity).toBe(0);
    expect(workloadFromProto({ ...min, capacity: {} }).capacity).toBe(0);
    expect(workloadFromProto({ ...min, capacity: { value: 7 } }).capacity).toBe(7);
  });

  it("no uid → error", () => {
    expect(errOf(() => workloadFromProto({ addresses: [] })).message).toBe("workload has no uid");
  });

  it("LEGACY_ISTIO_MTLS and unknown enum values are refused", () => {
    expect(errOf(() => workloadFromProto({ ...min, tunnelProtocol: W.TunnelProtocol.LEGACY_ISTIO_MTLS })).message).toBe(
      "tunnel_protocol: unsupported value 2",
    );
    expect(errOf(() => workloadFromProto({ ...min, status: 9 as istio.workload.WorkloadStatus })).code).toBe(
      "ZTS_XDS_INVALID",
    );
  });

  it("a waypoint with neither address nor hostname is refused; a bad waypoint address too", () => {
    expect(errOf(() => workloadFromProto({ ...min, waypoint: { hboneMtlsPort: 15008 } })).message).toMatch(
      /^waypoint:/,
    );
    expect(
      errOf(() => workloadFromProto({ ...min, waypoint: { address: { address: Uint8Array.of(1, 2) } } })).message,
    ).toBe("waypoint.address: address must be 4 or 16 bytes, got 2");
  });

  it("a services key that is not namespace/hostname is refused", () => {
    expect(errOf(() => workloadFromProto({ ...min, services: { nope: { ports: [] } } })).message).toMatch(
      /not namespace\/hostname/,
    );
  });

  it("application tunnel port 0 = no port", () => {
    expect(workloadFromProto({ ...min, applicationTunnel: { protocol: 1 } }).applicationTunnel).toEqual({
      protocol: "PROXY",
    });
  });
});

describe("serviceFromProto", () => {
  const min = { namespace: "ns", hostname: "s.ns.svc.cluster.local" };

  it("needs namespace and hostname", () => {
    expect(errOf(() => serviceFromProto({ hostname: "h" })).message).toBe("service needs both namespace and hostname");
  });

  it("ip families and modes map to the state spellings", () => {
    const fam = (ipFamilies: number) => serviceFromProto({ ...min, ipFamilies }).ipFamilies;
    expect([fam(0), fam(1), fam(2), fam(3)]).toEqual([undefined, "IPv4", "IPv6", "Dual"]);
    const lb = serviceFromProto({ ...min, loadBalancing: { mode: 0, routingPreference: [3, 5] } }).loadBalancer;
    expect(lb).toEqual({ routingPreferences: ["Subzone", "Cluster"], mode: "Standard", healthPolicy: "OnlyHealthy" });
    expect(serviceFromProto({ ...min, loadBalancing: { mode: 3 } }).loadBalancer?.mode).toBe("Passthrough");
  });

  it("visibility NAMESPACE is kept, PUBLIC (the default) leaves the field out", () => {
    expect(serviceFromProto({ ...min, visibility: 1 }).visibility).toBe("Namespace");
    expect("visibility" in serviceFromProto({ ...min, visibility: 0 })).toBe(false);
  });

  it("UNSPECIFIED routing scope is refused (as ztunnel does)", () => {
    expect(errOf(() => serviceFromProto({ ...min, loadBalancing: { routingPreference: [0] } })).message).toBe(
      "load_balancing.routing_preference[0]: unsupported value 0",
    );
  });

  it("a full-length prefix is a VIP; a CIDR VIP is skipped, not treated as one address", () => {
    const s = serviceFromProto({
      ...min,
      addresses: [
        { network: "n", address: Uint8Array.of(127, 0, 10, 1), length: 32 },
        { network: "n", address: Uint8Array.of(127, 0, 11, 0), length: 24 },
      ],
    });
    expect(s.vips).toEqual([{ network: "n", address: "127.0.10.1" }]);
  });

  it("ports above 65535 are refused", () => {
    expect(errOf(() => serviceFromProto({ ...min, ports: [{ servicePort: 70000, targetPort: 1 }] })).message).toBe(
      "ports[0].service_port: port 70000 out of range",
    );
  });
});

describe("decodeAddress / decodeResource", () => {
  it("garbage bytes → ZTS_XDS_DECODE", () => {
    expect(errOf(() => decodeAddress(Uint8Array.of(0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f))).code).toBe("ZTS_XDS_DECODE");
  });

  it("an Address with neither workload nor service is refused", () => {
    expect(errOf(() => decodeAddress(new Uint8Array())).message).toMatch(/neither a workload nor a service/);
  });

  it("unknown type URL → ZTS_XDS_UNKNOWN_TYPE; a type other than the response's is refused", () => {
    expect(errOf(() => decodeResource({ type_url: "type.googleapis.com/x.Y", value: new Uint8Array() })).code).toBe(
      "ZTS_XDS_UNKNOWN_TYPE",
    );
    const any = { type_url: ADDRESS_TYPE_URL, value: enc({ service: { namespace: "a", hostname: "b" } }) };
    expect(errOf(() => decodeResource(any, AUTHORIZATION_TYPE_URL)).code).toBe("ZTS_XDS_UNKNOWN_TYPE");
    expect(decodeResource(any, ADDRESS_TYPE_URL).kind).toBe("service");
  });
});

describe("handleResponse", () => {
  const res = (name: string, a: istio.workload.Address.$Properties) => ({
    name,
    version: "v",
    resource: { type_url: ADDRESS_TYPE_URL, value: enc(a) },
  });

  it("a resource whose name is not its key is refused", () => {
    const h = handleResponse({
      typeUrl: ADDRESS_TYPE_URL,
      nonce: "1",
      resources: [res("other", { workload: { uid: "c//Pod/ns/a" } })],
    });
    expect(h.rejected).toEqual(["other: resource name does not match its key c//Pod/ns/a"]);
    expect(h.delta?.upsertWorkloads).toEqual([]);
  });

  it("removals go to removeAddresses for Address, removePolicies for Authorization", () => {
    expect(handleResponse({ typeUrl: ADDRESS_TYPE_URL, removedResources: ["x"] }).delta?.removeAddresses).toEqual([
      "x",
    ]);
    expect(
      handleResponse({ typeUrl: AUTHORIZATION_TYPE_URL, removedResources: ["ns/p"] }).delta?.removePolicies,
    ).toEqual(["ns/p"]);
  });

  it("unknown type: no delta, one rejection naming the type", () => {
    const h = handleResponse({ typeUrl: "type.googleapis.com/foo", nonce: "9", removedResources: ["x"] });
    expect(h.delta).toBeUndefined();
    expect(h.rejected).toEqual(["unknown type URL type.googleapis.com/foo"]);
  });
});
