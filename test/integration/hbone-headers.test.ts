// The CONNECT's headers on the wire, read by an independent HBONE server (python3 h2 + ssl):
// what the decide stage put there for a service VIP (forwarded with the service host,
// baggage of the source workload) and the tunnel stage's traceparent.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outboundRequest } from "../../src/decide/outbound.ts";
import type { WorkloadCert } from "../../src/identity/workload-cert.ts";
import { createCursors } from "../../src/pick/cursors.ts";
import { createState } from "../../src/state/store.ts";
import { createHboneClient } from "../../src/tunnel/client.ts";
import { createLocalCa, issue, sid } from "../fixtures/hbone-mesh.ts";
import { hasPythonH2, type PythonHboneServer, startPythonHboneServer } from "../fixtures/python-hbone.ts";
import { service, workload } from "../unit/select-mesh.ts";

const hasH2 = await hasPythonH2();
if (!hasH2) console.log("skipping HBONE headers: /usr/bin/python3 with h2 missing (apt-get install -y python3-h2)");

// Loopback addresses of this file only; the pod's HBONE port is the python server.
const CLIENT = "127.0.9.1";
const POD = "127.0.9.2";
const VIP = "127.0.9.100";
let clientCert: WorkloadCert;
let server: PythonHboneServer | undefined;
let serverCert: WorkloadCert;

beforeAll(async () => {
  const ca = await createLocalCa({ trustDomain: "cluster.local" });
  clientCert = await issue(ca, sid("default", "sleep"));
  serverCert = await issue(ca, sid("default", "echo"));
});
afterAll(() => {
  server?.stop();
});

describe.skipIf(!hasH2)("HBONE request headers, as an independent server sees them", () => {
  it("forwarded for the client with the service host, baggage of the source, a W3C traceparent", async () => {
    server = await startPythonHboneServer(POD, 15008, serverCert);

    const state = createState();
    state.apply({
      upsertWorkloads: [
        workload("Kubernetes//Pod/default/sleep", {
          workloadIps: [CLIENT],
          serviceAccount: "sleep",
          clusterId: "Kubernetes",
          workloadType: "deployment",
          workloadName: "sleep",
          canonicalName: "sleep",
          canonicalRevision: "v1",
          locality: { region: "r1", zone: "z1", subzone: "" },
        }),
        workload("Kubernetes//Pod/default/echo", {
          workloadIps: [POD],
          serviceAccount: "echo",
          services: { "default/echo.default.svc.cluster.local": { 80: 8080 } },
        }),
      ],
      upsertServices: [service("echo.default.svc.cluster.local", { vips: [{ network: "net1", address: VIP }] })],
    });
    const req = outboundRequest(
      { srcIp: CLIENT, srcPort: 41000, dest: { ip: VIP, port: 80 } },
      state,
      { network: "net1", nodeName: "", passthrough: "none", selfPorts: new Set([15001, 15006, 15008]) },
      { cursors: createCursors(undefined, 64) },
    );
    if (!req.ok || !req.hbone) throw new Error(`no HBONE request: ${JSON.stringify(req)}`);
    const client = createHboneClient({ certFor: () => clientCert });
    try {
      const stream = await client.connect({
        srcIdentity: req.hbone.srcIdentity,
        dstIdentities: req.hbone.dstIdentities,
        dstAddr: { host: req.upstream.ip, port: req.upstream.port },
        srcIp: "",
        authority: req.hbone.authority,
        headers: req.hbone.headers,
      });
      const echoed = new Promise<string>((resolve) => {
        let got = "";
        stream.on("data", (d: Buffer) => {
          got += d;
        });
        stream.on("end", () => resolve(got));
      });
      stream.end("ping");
      expect(await echoed).toBe("ping");
    } finally {
      client.close();
    }
    const headers = await server.headers();
    expect(headers.get(":authority")).toBe(`${POD}:8080`);
    expect(headers.get("forwarded")).toBe(`for="${CLIENT}:41000";host=echo.default.svc.cluster.local`);
    expect(headers.get("baggage")).toBe(
      "k8s.cluster.name=Kubernetes,k8s.namespace.name=default,k8s.deployment.name=sleep,service.name=sleep,service.version=v1,cloud.region=r1,cloud.availability_zone=z1",
    );
    expect(headers.get("traceparent")).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-00$/);
  }, 30_000);
});
