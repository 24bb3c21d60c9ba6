// Outbound toward a waypoint whose endpoints have an application tunnel (a sandwich
// waypoint), as ztunnel's find_upstream_from_service in Waypoint mode: the waypoint service
// need not list the HBONE port when the endpoint's tunnel names its own port; the pick is
// still the waypoint's HBONE port (the tunnel port is the destination proxy's business).
import { describe, expect, it } from "vitest";
import { createCursors } from "../../src/pick/cursors.ts";
import { type Pick, SelectError, select } from "../../src/pick/select.ts";
import { createState } from "../../src/state/store.ts";
import type { Workload } from "../../src/state/types.ts";
import { service, workload } from "./select-mesh.ts";

const WP_HOST = "waypoint.default.svc.cluster.local";
const client = workload("Kubernetes//Pod/default/client", { workloadIps: ["10.0.0.1"] });

function pickVia(tunnel: Workload["applicationTunnel"]): Pick | SelectError {
  const wp = workload("Kubernetes//Pod/default/waypoint-1", {
    workloadIps: ["10.0.7.1"],
    applicationTunnel: tunnel,
    // Backs the waypoint service with no port mapping at all.
    services: { [`default/${WP_HOST}`]: {} },
  });
  const state = createState();
  state.apply({
    upsertWorkloads: [client, wp],
    upsertServices: [
      // The waypoint service lists only its status port, not 15008.
      service(WP_HOST, { vips: [{ network: "net1", address: "10.96.0.99" }], ports: { 15021: 15021 } }),
      service("echo.default.svc.cluster.local", {
        vips: [{ network: "net1", address: "10.96.0.10" }],
        waypoint: { destination: { hostname: { namespace: "default", hostname: WP_HOST } }, hboneMtlsPort: 15008 },
      }),
    ],
  });
  return select({ ip: "10.96.0.10", port: 80 }, client, state, createCursors(undefined, 8));
}

describe("a waypoint with an application tunnel", () => {
  it("a tunnel with a port: picked on the HBONE port though the service lacks it", () => {
    const p = pickVia({ protocol: "PROXY", port: 15088 });
    expect(p).toMatchObject({ via: "waypoint", address: { ip: "10.0.7.1", port: 15008 } });
  });
  it("a tunnel without a port: not a candidate (ztunnel finds no target port for it)", () => {
    const p = pickVia({ protocol: "PROXY" });
    expect(p instanceof SelectError && p.code).toBe("ZTS_NO_HEALTHY_UPSTREAM");
  });
  it("no tunnel: not a candidate", () => {
    const p = pickVia(undefined);
    expect(p instanceof SelectError && p.code).toBe("ZTS_NO_HEALTHY_UPSTREAM");
  });
});
