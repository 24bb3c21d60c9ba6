// The delta ADS client against the embedded control plane over real gRPC on loopback:
// initial sync, deltas for added / changed / removed workloads and services, and a server
// restart with a changed mesh on the same port (reconnect with initial_resource_versions,
// so only what changed is resent; the state is served throughout).
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADDRESS_TYPE_URL, AUTHORIZATION_TYPE_URL } from "../../src/state/from-proto.ts";
import { createState, type Delta } from "../../src/state/store.ts";
import { createXdsClient, type XdsClient } from "../../xds/client/client.ts";
import { type ControlPlane, startControlPlane } from "../../xds/controlplane/server.ts";
import { testConfig } from "./xds-client-fake-server.ts";

const FIXTURE = new URL("../fixtures/mesh-basic/mesh.yaml", import.meta.url).pathname;
const uid = (name: string) => `Kubernetes//Pod/default/${name}`;
const ECHO = "default/echo.default.svc.cluster.local";
const WEB = "default/web.default.svc.cluster.local";

const pod = (name: string, app: string, node: string, ip: string) => `---
apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  namespace: default
  labels:
    app: ${app}
spec:
  nodeName: ${node}
  serviceAccountName: ${app}
status:
  podIP: ${ip}
  conditions:
    - type: Ready
      status: "True"
`;

const webService = (port: number) => `---
apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: default
spec:
  clusterIP: 127.0.10.2
  selector:
    app: web
  ports:
    - name: http
      port: ${port}
      targetPort: 8080
`;

const until = async (cond: () => boolean, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe("xds client ↔ embedded control plane", () => {
  let dir: string;
  let meshFile: string;
  let base: string;
  let cp: ControlPlane;
  let client: XdsClient;
  const state = createState();
  let tokenFile = "";
  const deltas: Delta[] = [];
  const addressDeltas = () => deltas.length;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "zts-xds-cp-"));
    meshFile = join(dir, "mesh.yaml");
    base = await readFile(FIXTURE, "utf8");
    await writeFile(meshFile, base);
    cp = await startControlPlane({ mesh: meshFile, watch: false });
    // The proxy's AUTH_TOKEN file holds node-a's token from this control plane, as the demo writes it.
    tokenFile = join(dir, "node-a.token");
    await writeFile(tokenFile, cp.tokenFor("node-a"));
    client = createXdsClient({
      config: testConfig(cp.port, { AUTH_TOKEN: tokenFile }),
      onDelta: (d, typeUrl) => {
        if (typeUrl === ADDRESS_TYPE_URL) deltas.push(d);
        state.apply(d);
      },
      log: pino({ level: "silent" }),
    });
    client.start();
    await client.ready;
  });

  afterAll(async () => {
    await client?.stop();
    await cp?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("initial sync: every workload and service of the mesh", () => {
    expect(client.isReady()).toBe(true);
    expect([...state.workloads()].map((w) => w.uid).sort()).toEqual([uid("client-b"), uid("echo-a"), uid("echo-b")]);
    expect(state.service(ECHO)?.vips).toEqual([{ network: "", address: "127.0.10.1" }]);
    expect(state.workload(uid("echo-a"))?.protocol).toBe("HBONE");
    expect([...state.endpoints(ECHO).keys()].sort()).toEqual([uid("echo-a"), uid("echo-b")]);
    expect(client.status()[ADDRESS_TYPE_URL]).toMatchObject({ connected: true, resources: 4 });
    expect(client.status()[AUTHORIZATION_TYPE_URL]).toMatchObject({ connected: true });
  });

  it("an added workload and service arrive as one delta with only them", async () => {
    const before = addressDeltas();
    await writeFile(meshFile, base + webService(80) + pod("web-a", "web", "node-a", "127.0.20.4"));
    await cp.reload();
    await until(() => state.workload(uid("web-a")) !== undefined && state.service(WEB) !== undefined);
    const added = deltas.slice(before);
    expect(added.flatMap((d) => d.upsertWorkloads ?? []).map((w) => w.uid)).toEqual([uid("web-a")]);
    expect(added.flatMap((d) => d.upsertServices ?? []).map((s) => `${s.namespace}/${s.hostname}`)).toEqual([WEB]);
    expect(state.workload(uid("web-a"))?.services).toEqual({ [WEB]: { 80: 8080 } });
  });

  it("a changed service and a removed workload arrive as deltas", async () => {
    const before = addressDeltas();
    // web's port changes 80 → 8081; client-b goes away.
    const withoutClient = base.replace(/---\napiVersion: v1\nkind: Pod\nmetadata:\n {2}name: client-b[\s\S]*$/, "");
    expect(withoutClient).not.toContain("client-b");
    await writeFile(meshFile, withoutClient + webService(8081) + pod("web-a", "web", "node-a", "127.0.20.4"));
    await cp.reload();
    await until(() => state.workload(uid("client-b")) === undefined && state.service(WEB)?.ports[8081] === 8080);
    const got = deltas.slice(before);
    expect(got.flatMap((d) => d.removeAddresses ?? [])).toContain(uid("client-b"));
    expect(got.flatMap((d) => d.upsertServices ?? []).map((s) => s.hostname)).toContain(
      "web.default.svc.cluster.local",
    );
    expect(state.workload(uid("echo-a"))).toBeDefined();
  });

  it("server killed, mesh changed, restarted on the same port: reconnect resends only the difference", async () => {
    const port = cp.port;
    await cp.close();
    await until(() => !client.status()[ADDRESS_TYPE_URL]!.connected);
    // Served throughout: the disconnected client's state is untouched.
    expect(state.counts().workloads).toBe(3);
    expect(state.service(ECHO)).toBeDefined();

    const before = addressDeltas();
    // echo-b moves to a new IP, web-a is gone, echo-a / echo / web unchanged.
    const changed = base
      .replace(/---\napiVersion: v1\nkind: Pod\nmetadata:\n {2}name: client-b[\s\S]*$/, "")
      .replace("podIP: 127.0.20.2", "podIP: 127.0.20.12");
    await writeFile(meshFile, changed + webService(8081));
    cp = await startControlPlane({ mesh: meshFile, watch: false, port });
    expect(cp.port).toBe(port);
    // A new control plane issues new node tokens; the proxy reads its token file at every connect.
    await writeFile(tokenFile, cp.tokenFor("node-a"));
    await until(() => state.workload(uid("echo-b"))?.workloadIps[0] === "127.0.20.12" && !state.workload(uid("web-a")));
    await until(() => client.status()[ADDRESS_TYPE_URL]!.connected);

    const after = deltas.slice(before);
    // The client sent initial_resource_versions, so the server skipped what it already had:
    // only echo-b is upserted, web-a removed; echo-a and both services are not resent.
    expect(after.flatMap((d) => d.upsertWorkloads ?? []).map((w) => w.uid)).toEqual([uid("echo-b")]);
    expect(after.flatMap((d) => d.upsertServices ?? [])).toEqual([]);
    expect(after.flatMap((d) => d.removeAddresses ?? [])).toEqual([uid("web-a")]);
    expect([...state.workloads()].map((w) => w.uid).sort()).toEqual([uid("echo-a"), uid("echo-b")]);
    expect(state.service(WEB)?.ports).toEqual({ 8081: 8080 });
    expect(client.status()[ADDRESS_TYPE_URL]!.resources).toBe(4);
  });
});
