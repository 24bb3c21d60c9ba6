// The CONNECT on the wire, read by an independent HBONE server (python3 h2 + ssl): what the
// decide stage put there and the tunnel stage's traceparent — for a service VIP straight to
// its pod (the pod ip:targetPort as authority), and for a service behind a plain waypoint (no
// application tunnel: dialled on the waypoint's HBONE port with the waypoint's identity, the
// authority is the original destination, not the waypoint). Forwarded names the client and
// the service asked for, baggage the source workload, as ztunnel writes them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outboundRequest } from "../../src/decide/outbound.ts";
import type { WorkloadCert } from "../../src/identity/workload-cert.ts";
import { createCursors } from "../../src/pick/cursors.ts";
import { createState } from "../../src/state/store.ts";
import type { Service, Workload } from "../../src/state/types.ts";
import { createLocalCa, hboneClient, issue, sid } from "../fixtures/hbone-mesh.ts";
import { hasPythonH2, type PythonHboneServer, startPythonHboneServer } from "../fixtures/python-hbone.ts";
import { service, workload } from "../unit/select-mesh.ts";

const hasH2 = await hasPythonH2();
if (!hasH2) console.log("skipping HBONE headers: /usr/bin/python3 with h2 missing (apt-get install -y python3-h2)");

// Loopback addresses of this file only; the destination's HBONE port is the python server.
const CLIENT = "127.0.9.1";
const POD = "127.0.9.2";
const VIP = "127.0.9.100";
const WAYPOINT = "127.0.9.3";
const BACKEND = "127.0.9.4";
const GUARDED_VIP = "127.0.9.101";
const BAGGAGE =
  "k8s.cluster.name=Kubernetes,k8s.namespace.name=default,k8s.deployment.name=sleep,service.name=sleep,service.version=v1,cloud.region=r1,cloud.availability_zone=z1";

let ca: Awaited<ReturnType<typeof createLocalCa>>;
let clientCert: WorkloadCert;
const servers: PythonHboneServer[] = [];

const sleep = workload("Kubernetes//Pod/default/sleep", {
  workloadIps: [CLIENT],
  serviceAccount: "sleep",
  clusterId: "Kubernetes",
  workloadType: "deployment",
  workloadName: "sleep",
  canonicalName: "sleep",
  canonicalRevision: "v1",
  locality: { region: "r1", zone: "z1", subzone: "" },
});

beforeAll(async () => {
  ca = await createLocalCa({ trustDomain: "cluster.local" });
  clientCert = await issue(ca, sid("default", "sleep"));
});
afterAll(() => {
  for (const s of servers) s.stop();
});

/**
 * Decides the client's connection to `vip`:80 in a mesh of `workloads` and `services`, opens
 * that tunnel to the python server standing at the upstream (with `serverSa`'s certificate),
 * echoes once, and returns the decision and the CONNECT's headers as the server saw them.
 */
async function tunnelTo(vip: string, serverIp: string, serverSa: string, workloads: Workload[], services: Service[]) {
  const server = await startPythonHboneServer(serverIp, 15008, await issue(ca, sid("default", serverSa)));
  servers.push(server);
  const state = createState();
  state.apply({ upsertWorkloads: [sleep, ...workloads], upsertServices: services });
  const req = outboundRequest(
    { srcIp: CLIENT, srcPort: 41000, dest: { ip: vip, port: 80 } },
    state,
    { network: "net1", nodeName: "", passthrough: "none", selfPorts: new Set([15001, 15006, 15008]) },
    { cursors: createCursors(undefined, 64) },
  );
  if (!req.ok || !req.hbone) throw new Error(`no HBONE request: ${JSON.stringify(req)}`);
  const client = hboneClient({ certFor: () => clientCert });
  try {
    // The client checks the server presents the destination's identity (the python server's cert).
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
  return { req, headers: await server.headers() };
}

describe.skipIf(!hasH2)("HBONE request headers, as an independent server sees them", () => {
  it("to a pod: forwarded for the client with the service host, baggage of the source, a W3C traceparent", async () => {
    const { headers } = await tunnelTo(
      VIP,
      POD,
      "echo",
      [
        workload("Kubernetes//Pod/default/echo", {
          workloadIps: [POD],
          serviceAccount: "echo",
          services: { "default/echo.default.svc.cluster.local": { 80: 8080 } },
        }),
      ],
      [service("echo.default.svc.cluster.local", { vips: [{ network: "net1", address: VIP }] })],
    );
    expect(headers.get(":authority")).toBe(`${POD}:8080`);
    expect(headers.get("forwarded")).toBe(`for="${CLIENT}:41000";host=echo.default.svc.cluster.local`);
    expect(headers.get("baggage")).toBe(BAGGAGE);
    expect(headers.get("traceparent")).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-00$/);
  }, 30_000);

  it("to a plain waypoint: its HBONE port, authority = the service VIP:port asked for, the same headers", async () => {
    const { req, headers } = await tunnelTo(
      GUARDED_VIP,
      WAYPOINT,
      "waypoint",
      [
        workload("Kubernetes//Pod/default/waypoint", { workloadIps: [WAYPOINT], serviceAccount: "waypoint" }),
        workload("Kubernetes//Pod/default/backend", {
          workloadIps: [BACKEND],
          serviceAccount: "backend",
          services: { "default/backend.default.svc.cluster.local": { 80: 8080 } },
        }),
      ],
      [
        service("backend.default.svc.cluster.local", {
          vips: [{ network: "net1", address: GUARDED_VIP }],
          waypoint: { destination: { address: { network: "net1", address: WAYPOINT } }, hboneMtlsPort: 15008 },
        }),
      ],
    );
    expect(`${req.via} ${req.upstream.ip}:${req.upstream.port}`).toBe(`waypoint ${WAYPOINT}:15008`);
    expect(headers.get(":method")).toBe("CONNECT");
    expect(headers.get(":authority")).toBe(`${GUARDED_VIP}:80`);
    expect(headers.get("forwarded")).toBe(`for="${CLIENT}:41000";host=backend.default.svc.cluster.local`);
    expect(headers.get("baggage")).toBe(BAGGAGE);
    expect(headers.get("traceparent")).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-00$/);
  }, 30_000);
});
