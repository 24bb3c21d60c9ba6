// The control plane's encoders are the exact inverse of the client's decoders: translating
// the fixture mesh, encoding it and decoding it with src/state/from-proto.ts gives the model back.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeAuthorization } from "../../src/state/authz-from-proto.ts";
import { decodeAddress } from "../../src/state/from-proto.ts";
import type { Authorization, Service, Workload } from "../../src/state/types.ts";
import { parseMeshText } from "../../xds/controlplane/mesh-files.ts";
import { encodeAuthorization, encodeService, encodeWorkload } from "../../xds/controlplane/to-proto.ts";
import { translate } from "../../xds/controlplane/translate.ts";
import { rbacMatch } from "../fixtures/mesh-model.ts";

const FIXTURE = new URL("../fixtures/mesh-basic/mesh.yaml", import.meta.url).pathname;
const OPTS = { clusterId: "Kubernetes", trustDomain: "cluster.local", clusterDomain: "cluster.local", network: "" };

describe("model → protobuf → model", () => {
  const mesh = translate(parseMeshText(readFileSync(FIXTURE, "utf8"), FIXTURE), OPTS);

  it("every fixture workload round-trips unchanged", () => {
    expect(mesh.workloads.length).toBe(3);
    for (const w of mesh.workloads) {
      const d = decodeAddress(encodeWorkload(w).bytes);
      expect(d).toEqual({ kind: "workload", workload: w });
    }
  });

  it("a service with load balancing, dual VIPs and IPv6 round-trips unchanged", () => {
    const s: Service = {
      ...(mesh.services[0] as Service),
      vips: [
        { network: "", address: "127.0.10.1" },
        { network: "net1", address: "::1" },
      ],
      ports: { 80: 8080, 90: 0 },
      ipFamilies: "Dual",
      loadBalancer: { routingPreferences: ["Network", "Region", "Zone"], mode: "Failover", healthPolicy: "AllowAll" },
    };
    expect(decodeAddress(encodeService(s).bytes)).toEqual({ kind: "service", service: s });
  });

  it("a workload with HostNetwork, capacity 0 and an IPv6 address round-trips unchanged", () => {
    const w: Workload = {
      ...(mesh.workloads[0] as Workload),
      workloadIps: ["::1", "127.0.20.9"],
      networkMode: "HostNetwork",
      capacity: 0,
      protocol: "TCP",
      status: "Unhealthy",
    };
    expect(decodeAddress(encodeWorkload(w).bytes)).toEqual({ kind: "workload", workload: w });
  });

  it("an authorization policy round-trips unchanged", () => {
    const a: Authorization = {
      name: "allow-client",
      namespace: "default",
      scope: "Namespace",
      action: "Deny",
      dryRun: false,
      rules: [
        [
          [
            rbacMatch({
              principals: [{ exact: "spiffe://cluster.local/ns/default/sa/client" }, { presence: true }],
              sourceIps: [{ address: "127.0.0.0", prefixLen: 8 }],
              serviceAccounts: [{ namespace: "default", serviceAccount: "client" }],
              destinationPorts: [80],
            }),
          ],
        ],
      ],
    };
    expect(decodeAuthorization(encodeAuthorization(a).bytes)).toEqual(a);
  });
});
