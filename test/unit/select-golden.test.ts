// Golden vector wds-response-1.bin (../shared/vectors/README.md): decoded with the generated
// code and the state's own conversion, then selected on. Addresses are data, never dialled.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createCursors } from "../../src/pick/cursors.ts";
import { SelectError, select } from "../../src/pick/select.ts";
import { ADDRESS_TYPE_URL, decodeResource } from "../../src/state/from-proto.ts";

import type { Service, Workload } from "../../src/state/types.ts";
import { envoy } from "../../xds/gen/protos.js";
import { workload } from "./select-mesh.ts";
import { STATE_IMPLS } from "./state-impls.ts";

describe.each(STATE_IMPLS)("select-golden (%s state)", (_impl, createState) => {
  const VECTOR = new URL("../fixtures/vectors/wds-response-1.bin", import.meta.url);

  function load() {
    const res = envoy.service.discovery.v3.DeltaDiscoveryResponse.decode(readFileSync(VECTOR));
    const upsertWorkloads: Workload[] = [];
    const upsertServices: Service[] = [];
    for (const r of res.resources) {
      const d = decodeResource(r.resource ?? {}, ADDRESS_TYPE_URL);
      if (d.kind === "workload") upsertWorkloads.push(d.workload);
      else if (d.kind === "service") upsertServices.push(d.service);
    }
    const state = createState();
    state.apply({ upsertWorkloads, upsertServices });
    return state;
  }

  // A client pod on node-a, network net1, us-east1/us-east1-b.
  const client = workload("Kubernetes//Pod/default/client", {
    workloadIps: ["10.0.1.99"],
    network: "net1",
    node: "node-a",
    locality: { region: "us-east1", zone: "us-east1-b", subzone: "" },
  });

  describe("golden vector wds-response-1", () => {
    it("every pick for 10.96.0.10:80 from node-a is echo-a1:8080", () => {
      const state = load();
      const cursors = createCursors(undefined, 64);
      for (let i = 0; i < 50; i++) {
        const p = select({ ip: "10.96.0.10", port: 80 }, client, state, cursors);
        if (p instanceof SelectError) throw p;
        expect(p.workload?.uid).toBe("Kubernetes//Pod/default/echo-a1");
        expect(p.address).toEqual({ ip: "10.0.1.11", port: 8080 });
      }
    });

    it("without echo-a1 every pick is echo-b1 (IPv4 for the IPv4 VIP, IPv6 for the IPv6 VIP); echo-c1 never", () => {
      const state = load();
      state.apply({ removeAddresses: ["Kubernetes//Pod/default/echo-a1"] });
      const cursors = createCursors(undefined, 64);
      for (let i = 0; i < 50; i++) {
        const p = select({ ip: "10.96.0.10", port: 80 }, client, state, cursors);
        if (p instanceof SelectError) throw p;
        expect(p.workload?.uid).toBe("Kubernetes//Pod/default/echo-b1");
        expect(p.address).toEqual({ ip: "10.0.2.12", port: 8080 });
      }
      const p6 = select({ ip: "fd00::60:a", port: 80 }, client, state, cursors);
      if (p6 instanceof SelectError) throw p6;
      expect(p6.address).toEqual({ ip: "fd00::2:c", port: 8080 });
    });

    it("without echo-a1 and echo-b1 there is no upstream: unhealthy echo-c1 is never picked", () => {
      const state = load();
      state.apply({ removeAddresses: ["Kubernetes//Pod/default/echo-a1", "Kubernetes//Pod/default/echo-b1"] });
      const p = select({ ip: "10.96.0.10", port: 80 }, client, state, createCursors(undefined, 8));
      expect(p).toBeInstanceOf(SelectError);
      expect((p as SelectError).code).toBe("ZTS_NO_HEALTHY_UPSTREAM");
    });

    it("local-only (waypoint 10.96.0.99 not in the vector) → ZTS_SELECT_UNKNOWN_WAYPOINT", () => {
      const p = select({ ip: "10.96.0.11", port: 80 }, client, load(), createCursors(undefined, 8));
      expect((p as SelectError).code).toBe("ZTS_SELECT_UNKNOWN_WAYPOINT");
    });
  });
});
