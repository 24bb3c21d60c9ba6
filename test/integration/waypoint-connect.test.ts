// A plain waypoint (no application tunnel) as an independent HBONE server sees the CONNECT
// the outbound side sends it (python3 h2 + ssl, test/fixtures/hbone_server.py): dialled on
// the waypoint's HBONE port with the waypoint's identity, the :authority is the original
// destination the client asked for (the service VIP and port, not the waypoint), and the
// headers are ztunnel's (forwarded with the client and the service host, baggage of the
// source workload, a W3C traceparent).
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
if (!hasH2) console.log("skipping waypoint CONNECT: /usr/bin/python3 with h2 missing (apt-get install -y python3-h2)");

// Loopback addresses of this file only; the waypoint's HBONE port is the python server.
const CLIENT = "127.62.1.10";
const WAYPOINT = "127.62.2.10";
const BACKEND = "127.62.3.10";
const VIP = "127.62.9.1";
let clientCert: WorkloadCert;
let server: PythonHboneServer | undefined;
let serverCert: WorkloadCert;

beforeAll(async () => {
  const ca = await createLocalCa({ trustDomain: "cluster.local" });
  clientCert = await issue(ca, sid("default", "sleep"));
  serverCert = await issue(ca, sid("default", "waypoint"));
});
afterAll(() => {
  server?.stop();
});

describe.skipIf(!hasH2)("a plain waypoint's CONNECT, as an independent server sees it", () => {
  it("authority = the service VIP:port asked for, ztunnel's forwarded / baggage / traceparent", async () => {
    server = await startPythonHboneServer(WAYPOINT, 15008, serverCert);

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
        workload("Kubernetes//Pod/default/waypoint", { workloadIps: [WAYPOINT], serviceAccount: "waypoint" }),
        workload("Kubernetes//Pod/default/backend", {
          workloadIps: [BACKEND],
          serviceAccount: "backend",
          services: { "default/backend.default.svc.cluster.local": { 80: 8080 } },
        }),
      ],
      upsertServices: [
        service("backend.default.svc.cluster.local", {
          vips: [{ network: "net1", address: VIP }],
          waypoint: { destination: { address: { network: "net1", address: WAYPOINT } }, hboneMtlsPort: 15008 },
        }),
      ],
    });
    const req = outboundRequest(
      { srcIp: CLIENT, srcPort: 41000, dest: { ip: VIP, port: 80 } },
      state,
      { network: "net1", nodeName: "", passthrough: "none", selfPorts: new Set([15001, 15006, 15008]) },
      { cursors: createCursors(undefined, 64) },
    );
    if (!req.ok || !req.hbone) throw new Error(`no HBONE request: ${JSON.stringify(req)}`);
    expect(`${req.via} ${req.upstream.ip}:${req.upstream.port}`).toBe(`waypoint ${WAYPOINT}:15008`);
    const client = createHboneClient({ certFor: () => clientCert });
    try {
      // The client checks the server presents the waypoint's identity (the python server's cert).
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
    expect(headers.get(":method")).toBe("CONNECT");
    expect(headers.get(":authority")).toBe(`${VIP}:80`);
    expect(headers.get("forwarded")).toBe(`for="${CLIENT}:41000";host=backend.default.svc.cluster.local`);
    expect(headers.get("baggage")).toBe(
      "k8s.cluster.name=Kubernetes,k8s.namespace.name=default,k8s.deployment.name=sleep,service.name=sleep,service.version=v1,cloud.region=r1,cloud.availability_zone=z1",
    );
    expect(headers.get("traceparent")).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-00$/);
  }, 30_000);
});
