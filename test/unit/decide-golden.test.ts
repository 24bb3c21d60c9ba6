// The decide stage on the golden vectors (../shared/vectors/README.md): wds-response-1 and
// authz-response-1 decoded with the generated code and the state's own conversion, then
// decided on. Expected values follow from the vectors' facts. Addresses are data.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { policySourceFromList } from "../../src/decide/authz.ts";
import { inboundRequest } from "../../src/decide/inbound.ts";
import { outboundRequest } from "../../src/decide/outbound.ts";
import { createCursors } from "../../src/pick/cursors.ts";
import { decodeAuthorization } from "../../src/state/authz-from-proto.ts";
import { ADDRESS_TYPE_URL, decodeResource } from "../../src/state/from-proto.ts";

import type { Service, Workload } from "../../src/state/types.ts";
import { envoy } from "../../xds/gen/protos.js";
import { workload } from "./select-mesh.ts";
import { STATE_IMPLS } from "./state-impls.ts";

describe.each(STATE_IMPLS)("decide-golden (%s state)", (_impl, createState) => {
  const vector = (name: string) =>
    envoy.service.discovery.v3.DeltaDiscoveryResponse.decode(
      readFileSync(new URL(`../fixtures/vectors/${name}`, import.meta.url)),
    );

  // A client pod on node-a, network net1, us-east1/us-east1-b (as in select-golden).
  const client = workload("Kubernetes//Pod/default/client", {
    workloadIps: ["10.0.1.99"],
    network: "net1",
    node: "node-a",
    locality: { region: "us-east1", zone: "us-east1-b", subzone: "" },
  });

  function load() {
    const upsertWorkloads: Workload[] = [client];
    const upsertServices: Service[] = [];
    for (const r of vector("wds-response-1.bin").resources) {
      const d = decodeResource(r.resource ?? {}, ADDRESS_TYPE_URL);
      if (d.kind === "workload") upsertWorkloads.push(d.workload);
      else if (d.kind === "service") upsertServices.push(d.service);
    }
    const state = createState();
    state.apply({ upsertWorkloads, upsertServices });
    return state;
  }
  const state = load();
  const policies = policySourceFromList(
    vector("authz-response-1.bin").resources.map((r) => decodeAuthorization(r.resource!.value!)),
  );
  const NODE_A = {
    network: "net1",
    nodeName: "node-a",
    passthrough: "all" as const,
    selfPorts: new Set([15001, 15006, 15008]),
  };
  const ECHO = "spiffe://cluster.local/ns/default/sa/echo";

  describe("decide on golden vectors", () => {
    it("echo's VIP from node-a: HBONE to echo-a1 (same zone, PreferClose) on :15008, authority its target port", () => {
      const d = outboundRequest(
        { srcIp: "10.0.1.99", srcPort: 5000, dest: { ip: "10.96.0.10", port: 80 } },
        state,
        NODE_A,
        {
          cursors: createCursors(undefined, 64),
        },
      );
      if (!d.ok) throw new Error(d.code);
      expect({
        protocol: d.protocol,
        upstream: d.upstream,
        destination: d.destination?.name,
        authority: d.hbone?.authority,
        dstIdentity: d.hbone?.dstIdentity,
        service: d.service?.hostname,
      }).toEqual({
        protocol: "HBONE",
        upstream: { ip: "10.0.1.11", port: 15008 },
        destination: "echo-a1",
        authority: "10.0.1.11:8080",
        dstIdentity: ECHO,
        service: "echo.default.svc.cluster.local",
      });
      // The service's subjectAltNames are accepted too (here the same identity).
      expect(d.hbone?.dstIdentities).toContain(ECHO);
    });

    it("local-only's waypoint (10.96.0.99) is in no resource: refused, never sent around it", () => {
      const d = outboundRequest(
        { srcIp: "10.0.1.99", srcPort: 5000, dest: { ip: "10.96.0.11", port: 80 } },
        state,
        NODE_A,
        {
          cursors: createCursors(undefined, 64),
        },
      );
      expect(d.ok ? d.via : d.code).toBe("no-upstream");
    });

    it("inbound to legacy/plain-1 (no network in the vector: the default one) from a default-namespace identity: denied by legacy/deny-all", () => {
      const d = inboundRequest(
        {
          srcIp: "10.0.1.99",
          srcIdentity: "spiffe://cluster.local/ns/default/sa/sleep",
          dst: { ip: "10.0.4.14", port: 8080 },
        },
        state,
        { ...NODE_A, network: "" },
        policies,
      );
      if (!d.ok) throw new Error(d.code);
      expect(d.destination.name).toBe("plain-1");
      expect(d.verdict).toEqual({ allow: false, policy: "legacy/deny-all", reason: "deny-match" });
    });

    it("inbound to echo-a1:8080: the echo service, no policy selects it, allowed", () => {
      const d = inboundRequest({ srcIp: "10.0.1.99", dst: { ip: "10.0.1.11", port: 8080 } }, state, NODE_A, policies);
      if (!d.ok) throw new Error(d.code);
      expect([d.service?.hostname, d.verdict.allow, d.source?.name]).toEqual([
        "echo.default.svc.cluster.local",
        true,
        "client",
      ]);
    });

    it("inbound to echo-b1 (node-b) on node-a: unknown-destination", () => {
      const d = inboundRequest({ srcIp: "10.0.1.99", dst: { ip: "10.0.2.12", port: 8080 } }, state, NODE_A, policies);
      expect(d.ok ? "request" : d.code).toBe("unknown-destination");
    });
  });
});
