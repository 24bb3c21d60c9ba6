// Least connections through a real node proxy (child process, 2 worker threads, embedded
// control plane; HBONE to the pods' own :15008 on the same proxy, as the demo runs): the service picks its policy with the `ztunnel-ts.io/lb` annotation, which
// travels as the Service extension. e1 is the only ready endpoint while a client opens 10
// long connections; then e2 and e3 turn ready, and the next connections go to them until
// all three hold the same number — what a scale-up should do, and what round robin does not.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type Server, type Socket, type SocketConnectOpts } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SocksClient } from "socks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ControlPlane, startControlPlane } from "../../xds/controlplane/server.ts";
import {
  closeServer,
  listen,
  nodeEnv,
  PORTS,
  type RunningProxy,
  spawnProxy,
  stopProxy,
  until,
  waitProxyReady,
} from "../fixtures/proxy-harness.ts";

const NODE = "127.88.0.1";
const CLIENT = "127.88.1.10";
const EPS = ["e1", "e2", "e3"].map((name, i) => ({ name, ip: `127.88.2.${i + 1}` }));
const VIP = "127.88.9.1";

const pod = (name: string, ip: string, app: string, ready: boolean) => `---
apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  namespace: default
  labels: { app: ${app} }
spec:
  nodeName: node-a
  containers: [{ name: c, ports: [{ containerPort: 8080 }] }]
status:
  podIP: ${ip}
  conditions: [{ type: Ready, status: "${ready ? "True" : "False"}" }]
`;

const meshYaml = (othersReady: boolean) => `apiVersion: v1
kind: Namespace
metadata:
  name: default
  labels:
    istio.io/dataplane-mode: ambient
---
apiVersion: v1
kind: Node
metadata:
  name: node-a
status:
  addresses: [{ type: InternalIP, address: ${NODE} }]
---
apiVersion: v1
kind: Service
metadata:
  name: lc
  namespace: default
  annotations:
    ztunnel-ts.io/lb: least-conn
spec:
  clusterIP: ${VIP}
  selector: { app: lc }
  ports: [{ port: 80, targetPort: 8080 }]
${pod("client", CLIENT, "client", true)}${EPS.map((e, i) => pod(e.name, e.ip, "lc", i === 0 || othersReady)).join("")}`;

let dir = "";
let cp: ControlPlane;
let proxy: RunningProxy;
const servers: Server[] = [];
const held: Socket[] = [];

/** Says which pod it is, then holds the connection open. */
const namedServer = (name: string) =>
  createServer((s) => {
    s.on("error", () => s.destroy());
    s.write(`${name}\n`);
  });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ztslb-"));
  await writeFile(join(dir, "mesh.yaml"), meshYaml(false));
  for (const e of EPS) servers.push(await listen(namedServer(e.name), e.ip, 8080));
  cp = await startControlPlane({ mesh: join(dir, "mesh.yaml"), host: "127.0.0.1", port: 0, watch: false });
  const tokens = await cp.writeTokens(dir);
  await writeFile(join(dir, "root.pem"), cp.rootPem);
  proxy = spawnProxy(
    "node-a",
    NODE,
    nodeEnv({ name: "node-a", ip: NODE }, cp.address, tokens["node-a"]!, join(dir, "root.pem")),
  );
  await waitProxyReady(proxy);
}, 30_000);

afterAll(async () => {
  for (const s of held) s.destroy();
  if (proxy) await stopProxy(proxy);
  await Promise.all(servers.map(closeServer));
  await cp?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** One connection to the VIP through SOCKS5 from the client pod; resolves with the pod that answered. */
async function open(): Promise<string> {
  const { socket } = await SocksClient.createConnection({
    proxy: { host: NODE, port: PORTS.socks5, type: 5 },
    command: "connect",
    destination: { host: VIP, port: 80 },
    socket_options: { localAddress: CLIENT } as unknown as SocketConnectOpts,
  });
  held.push(socket);
  return new Promise((resolve) => socket.once("data", (d) => resolve(d.toString().trim())));
}

const countOf = (names: string[]) => EPS.map((e) => names.filter((n) => n === e.name).length);

describe("least-conn through the proxy (per-service annotation)", () => {
  it("after e2 and e3 join next to e1's 10 connections, new connections go to them until all hold 10", async () => {
    const before: string[] = [];
    for (let i = 0; i < 10; i++) before.push(await open());
    expect(countOf(before)).toEqual([10, 0, 0]);

    await writeFile(join(dir, "mesh.yaml"), meshYaml(true));
    await cp.reload();
    const dump = async () =>
      (await (await fetch(`http://${NODE}:${PORTS.admin}/config_dump`)).json()) as {
        workloads: { name: string; status: string }[];
      };
    await until(async () => (await dump()).workloads.filter((w) => w.status === "Healthy").length === 4);

    const after: string[] = [];
    for (let i = 0; i < 20; i++) after.push(await open());
    expect(countOf(after)).toEqual([0, 10, 10]);
    // Even now: the next three go one to each.
    const next: string[] = [];
    for (let i = 0; i < 3; i++) next.push(await open());
    expect(countOf(next)).toEqual([1, 1, 1]);
  });

  it("config_dump shows each endpoint's open connections, and they drop when the clients close", async () => {
    const svcDump = async () => {
      const d = (await (await fetch(`http://${NODE}:${PORTS.admin}/config_dump`)).json()) as {
        services: { name: string; lbPolicy?: string; endpoints: Record<string, { openConnections?: number }> }[];
      };
      const svc = d.services.find((s) => s.name === "lc");
      return { policy: svc?.lbPolicy, open: Object.values(svc?.endpoints ?? {}).map((e) => e.openConnections) };
    };
    // The 33 connections of the test before, still held.
    expect(await svcDump()).toEqual({ policy: "least-conn", open: [11, 11, 11] });
    for (const s of held.splice(0)) s.destroy();
    await until(async () => (await svcDump()).open.every((n) => n === 0), 10_000, "counts back to 0");
  });
});
