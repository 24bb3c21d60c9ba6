// Service fields 13 (weighted_waypoints) and 14 (visibility), decoded and used as ztunnel
// does: a service's weighted waypoints are sampled per connection by weight (none, or no
// weight above 0: the single waypoint); a Namespace-visible service's VIP is no service to a
// client in another namespace (passthrough), as ztunnel's get_best_by_vip.
import { describe, expect, it } from "vitest";
import { dumpService } from "../../src/admin/config-dump.ts";
import { outboundRequest } from "../../src/decide/outbound.ts";
import { createCursors } from "../../src/pick/cursors.ts";
import { type Pick, SelectError, select } from "../../src/pick/select.ts";
import { type ResourceError, serviceFromProto } from "../../src/state/from-proto.ts";
import { parseLocalConfig } from "../../src/state/local-config.ts";
import { createState } from "../../src/state/store.ts";
import type { GatewayAddress, Service } from "../../src/state/types.ts";
import { istio } from "../../xds/gen/protos.js";
import { service, workload } from "./select-mesh.ts";

const byHost = (hostname: string): GatewayAddress => ({
  destination: { hostname: { namespace: "default", hostname } },
  hboneMtlsPort: 15008,
});

describe("decoding weighted_waypoints (field 13)", () => {
  const base = { name: "echo", namespace: "default", hostname: "echo.default.svc.cluster.local" };
  it("each waypoint with its weight, next to the single waypoint", () => {
    const s = serviceFromProto(
      istio.workload.Service.decode(
        istio.workload.Service.encode({
          ...base,
          waypoint: { hostname: { namespace: "default", hostname: "wp-a" }, hboneMtlsPort: 15008 },
          weightedWaypoints: [
            { destination: { hostname: { namespace: "default", hostname: "wp-a" }, hboneMtlsPort: 15008 }, weight: 90 },
            { destination: { address: { network: "", address: Uint8Array.of(10, 0, 7, 9) }, hboneMtlsPort: 15008 } },
          ],
        }).finish(),
      ),
    );
    expect(s.weightedWaypoints).toEqual([
      { destination: byHost("wp-a"), weight: 90 },
      {
        destination: { destination: { address: { network: "", address: "10.0.7.9" } }, hboneMtlsPort: 15008 },
        weight: 0,
      },
    ]);
  });
  it("an entry without a destination refuses the service (ztunnel's MissingGatewayAddress)", () => {
    let err: ResourceError | undefined;
    try {
      serviceFromProto({ ...base, weightedWaypoints: [{ weight: 1 }] });
    } catch (e) {
      err = e as ResourceError;
    }
    expect(err?.code).toBe("ZTS_XDS_INVALID");
    expect(err?.message).toMatch(/weighted_waypoints\[0\]: missing destination/);
  });
  it("the local config's camelCase form", () => {
    const cfg = parseLocalConfig(`services:
- name: echo
  namespace: default
  hostname: echo.default.svc.cluster.local
  vips: []
  ports: {}
  weightedWaypoints:
  - destination: { destination: default/wp-b, hboneMtlsPort: 15008 }
    weight: 10
`);
    expect(cfg.services[0]?.weightedWaypoints).toEqual([{ destination: byHost("wp-b"), weight: 10 }]);
  });
});

describe("selection with weighted waypoints", () => {
  const client = workload("Kubernetes//Pod/default/client", { workloadIps: ["10.0.0.1"] });
  const wp = (name: string, ip: string) =>
    workload(`Kubernetes//Pod/default/${name}`, {
      workloadIps: [ip],
      services: { [`default/${name}`]: { 15008: 15008 } },
    });
  const wpSvc = (name: string) => service(name, { ports: { 15008: 15008 } });
  function picks(over: Partial<Service>, randoms: number[]): string[] {
    const state = createState();
    state.apply({
      upsertWorkloads: [client, wp("wp-a", "10.0.7.1"), wp("wp-b", "10.0.7.2")],
      upsertServices: [
        wpSvc("wp-a"),
        wpSvc("wp-b"),
        service("echo.default.svc.cluster.local", { vips: [{ network: "net1", address: "10.96.0.10" }], ...over }),
      ],
    });
    const cursors = createCursors(undefined, 8);
    return randoms.map((r) => {
      const p = select({ ip: "10.96.0.10", port: 80 }, client, state, cursors, { random: () => r });
      if (p instanceof SelectError) return p.code;
      return `${p.via} ${(p as Pick).workload?.name}`;
    });
  }

  it("samples by weight (90 / 10): below 0.9 the first, above it the second", () => {
    const over = {
      waypoint: byHost("wp-a"),
      weightedWaypoints: [
        { destination: byHost("wp-a"), weight: 90 },
        { destination: byHost("wp-b"), weight: 10 },
      ],
    };
    expect(picks(over, [0, 0.5, 0.899, 0.9, 0.99])).toEqual([
      "waypoint wp-a",
      "waypoint wp-a",
      "waypoint wp-a",
      "waypoint wp-b",
      "waypoint wp-b",
    ]);
  });
  it("weight 0 gets nothing", () => {
    const over = {
      weightedWaypoints: [
        { destination: byHost("wp-a"), weight: 0 },
        { destination: byHost("wp-b"), weight: 5 },
      ],
    };
    expect(picks(over, [0, 0.5, 0.999])).toEqual(["waypoint wp-b", "waypoint wp-b", "waypoint wp-b"]);
  });
  it("every weight 0: the single waypoint", () => {
    const over = { waypoint: byHost("wp-a"), weightedWaypoints: [{ destination: byHost("wp-b"), weight: 0 }] };
    expect(picks(over, [0.5])).toEqual(["waypoint wp-a"]);
  });
});

describe("selection with visibility Namespace (field 14)", () => {
  const scoped = service("internal.team-a.svc.cluster.local", {
    namespace: "team-a",
    vips: [{ network: "net1", address: "10.96.1.1" }],
    visibility: "Namespace",
  });
  const ep = workload("Kubernetes//Pod/team-a/internal-1", {
    namespace: "team-a",
    workloadIps: ["10.0.8.1"],
    services: { "team-a/internal.team-a.svc.cluster.local": { 80: 8080 } },
  });
  const inA = workload("Kubernetes//Pod/team-a/client", { namespace: "team-a", workloadIps: ["10.0.0.2"] });
  const inB = workload("Kubernetes//Pod/team-b/client", { namespace: "team-b", workloadIps: ["10.0.0.3"] });
  const state = createState();
  state.apply({ upsertWorkloads: [ep, inA, inB], upsertServices: [scoped] });
  const from = (src: typeof inA) => select({ ip: "10.96.1.1", port: 80 }, src, state, createCursors(undefined, 8));

  it("a client in the service's namespace gets its endpoints", () => {
    expect(from(inA)).toMatchObject({ via: "endpoint", address: { ip: "10.0.8.1", port: 8080 } });
  });
  it("a client in another namespace: the VIP is no mesh destination", () => {
    const p = from(inB);
    expect(p instanceof SelectError && p.code).toBe("ZTS_SELECT_UNKNOWN_DESTINATION");
  });
  it("…so its connection passes through to the VIP, as ztunnel's", () => {
    const d = outboundRequest(
      { srcIp: "10.0.0.3", srcPort: 40000, dest: { ip: "10.96.1.1", port: 80 } },
      state,
      { network: "net1", nodeName: "", passthrough: "all", selfPorts: new Set() },
      { cursors: createCursors(undefined, 8) },
    );
    expect(d.ok && `${d.via} ${d.protocol} ${d.upstream.ip}:${d.upstream.port}`).toBe("passthrough TCP 10.96.1.1:80");
  });
});

describe("config_dump (ztunnel's shape)", () => {
  const svc = service("echo.default.svc.cluster.local", {
    weightedWaypoints: [{ destination: byHost("wp-a"), weight: 90 }],
  });
  const state = createState();
  state.apply({ upsertServices: [svc] });
  it("weightedWaypoints as waypoints are dumped, with their weight", () => {
    expect(dumpService(svc, state).weightedWaypoints).toEqual([
      { destination: { destination: "default/wp-a", hboneMtlsPort: 15008 }, weight: 90 },
    ]);
  });
  it("visibility always, Public by default", () => {
    expect(dumpService(svc, state).visibility).toBe("Public");
    expect(dumpService({ ...svc, visibility: "Namespace" }, state).visibility).toBe("Namespace");
  });
});
