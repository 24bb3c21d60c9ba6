// What `istioctl ztunnel-config workloads|services|policies|certificates|connections|all`
// reads from a real node proxy's /config_dump: every view decodes into istioctl's Go types
// (test/fixtures/istioctl/dump-shape.ts, transcribed from istio/istio
// istioctl/pkg/writer/ztunnel/configdump/api.go and configdump.go), and `connections` shows the
// open connection on both nodes as ztunnel lists it.
import type { Server, Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CERTS, check, DUMP, POLICY, SERVICE, WORKLOAD, WORKLOAD_STATE } from "../fixtures/istioctl/dump-shape.ts";
import {
  closeServer,
  type LoopbackMesh,
  listen,
  PORTS,
  pipeServer,
  socksFromClient,
  startLoopbackMesh,
} from "../fixtures/proxy-harness.ts";

let mesh: LoopbackMesh;
let server: Server;
let held: Socket;
type Dump = Record<string, unknown> & {
  workloads: { uid: string; name: string }[];
  workloadState: Record<
    string,
    { state: string; connections: { inbound: unknown[]; outbound: unknown[] }; info: { name: string } }
  >;
};
const dump = async (ip: string) => (await (await fetch(`http://${ip}:${PORTS.admin}/config_dump`)).json()) as Dump;

beforeAll(async () => {
  mesh = await startLoopbackMesh("127.58");
  server = await listen(pipeServer(), mesh.addr.drain, 9000);
  held = await socksFromClient(mesh);
  held.write("hold");
  await new Promise((r) => held.once("data", r));
}, 40_000);

afterAll(async () => {
  held?.destroy();
  await closeServer(server);
  await mesh?.close();
});

describe("config_dump as istioctl decodes it", () => {
  it.each([
    ["workloads", WORKLOAD],
    ["services", SERVICE],
    ["policies", POLICY],
    ["certificates", CERTS],
  ] as const)("%s: every entry decodes into istioctl's type", async (view, type) => {
    for (const ip of [mesh.addr.nodeA, mesh.addr.nodeB]) {
      const d = await dump(ip);
      expect(Array.isArray(d[view])).toBe(true);
      expect(check(d[view], { slice: type }, view)).toEqual([]);
    }
  });

  it("all: the whole dump decodes (ZtunnelDump), workloadState included", async () => {
    const d = await dump(mesh.addr.nodeA);
    expect(check(d, DUMP)).toEqual([]);
    expect(Object.keys(d.workloadState).length).toBeGreaterThan(0);
    for (const w of Object.values(d.workloadState)) expect(check(w, WORKLOAD_STATE)).toEqual([]);
  });

  it("the checker itself refuses a value of the wrong type (so the checks above can fail)", async () => {
    const d = await dump(mesh.addr.nodeA);
    const bad = { ...d, workloads: [{ ...d.workloads[0], capacity: "1" }] };
    expect(check(bad, DUMP)).toEqual([expect.stringContaining("$.workloads[0].capacity")]);
  });
});

describe("istioctl ztunnel-config connections", () => {
  it("the client's node lists the open connection as outbound from the client pod", async () => {
    const d = await dump(mesh.addr.nodeA);
    const client = Object.values(d.workloadState).find((w) => w.info.name.startsWith("client-"));
    expect(client?.state).toBe("Up");
    expect(client?.connections.outbound).toEqual([
      {
        src: expect.stringMatching(new RegExp(`^${mesh.addr.client.replaceAll(".", "\\.")}:\\d+$`)),
        originalDst: "drain.default.svc.cluster.local:80",
        actualDst: `${mesh.addr.drain}:15008`,
        protocol: "HBONE",
      },
    ]);
  });

  it("the server's node lists it as inbound to the drain pod", async () => {
    const d = await dump(mesh.addr.nodeB);
    const drain = Object.values(d.workloadState).find((w) => w.info.name.startsWith("drain-"));
    expect(drain?.connections.inbound).toEqual([
      expect.objectContaining({ actualDst: `${mesh.addr.drain}:9000`, protocol: "HBONE" }),
    ]);
  });
});
