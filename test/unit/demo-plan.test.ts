// What the demo decides to run from its mesh, beyond nodes and pods: the waypoint stand-in's
// routes (the bound service's VIP:port → its ready endpoints, over HBONE as their identity),
// the ServiceEntry's endpoint server, and which node enforces which policy. Read from the
// default demo mesh (deploy/demo/mesh.yaml) and small edits of it; nothing is started.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DEMO_AUTO_ALLOCATE_V4, DemoError, planDemo } from "../../src/demo/plan.ts";
import { parseMeshText } from "../../xds/controlplane/mesh-files.ts";
import { translate } from "../../xds/controlplane/translate.ts";

const MESH = fileURLToPath(new URL("../../deploy/demo/mesh.yaml", import.meta.url));
const OPTS = {
  clusterId: "Kubernetes",
  trustDomain: "cluster.local",
  clusterDomain: "cluster.local",
  network: "",
  autoAllocateV4: DEMO_AUTO_ALLOCATE_V4,
};
const plan = async (edit: (m: string) => string = (m) => m) => {
  const docs = parseMeshText(edit(await readFile(MESH, "utf8")), "mesh.yaml");
  return planDemo(docs, translate(docs, OPTS));
};

describe("demo plan", () => {
  it("the waypoint stand-in runs on its pod's address, port 15008, as the waypoint's service account", async () => {
    const [wp, ...more] = (await plan()).waypoints;
    expect(more).toEqual([]);
    expect(wp).toMatchObject({
      name: "default/waypoint",
      pod: { name: "waypoint-a", ip: "127.0.1.40", node: "node-a" },
      port: 15008,
      identity: "spiffe://cluster.local/ns/default/sa/waypoint",
      services: ["echo-waypoint.default.svc.cluster.local"],
    });
  });

  it("its one route is the bound service's VIP:port to the ready echo pods, over HBONE as service account echo", async () => {
    const [wp] = (await plan()).waypoints;
    expect([...wp!.routes.keys()]).toEqual(["127.10.0.7:80"]);
    const echo = "spiffe://cluster.local/ns/default/sa/echo";
    expect(wp!.routes.get("127.10.0.7:80")).toEqual([
      { ip: "127.0.1.11", port: 8080, identity: echo },
      { ip: "127.0.1.21", port: 8080, identity: echo },
      { ip: "127.0.1.31", port: 8080, identity: echo },
    ]);
  });

  it("the waypoint's pod gets no echo server: its port is the stand-in's", async () => {
    const p = await plan();
    expect(p.pods.find((x) => x.name === "waypoint-a")).toMatchObject({ waypoint: "default/waypoint", hbone: false });
  });

  it("the ServiceEntry's endpoint is served on its target port, and is not a pod", async () => {
    const p = await plan();
    expect(p.externals).toEqual([
      { entry: "default/external", ip: "127.0.3.1", ports: [8080], hostnames: ["api.external.example"] },
    ]);
    expect(p.pods.map((x) => x.ip)).not.toContain("127.0.3.1");
  });

  it("the ServiceEntry's VIP comes from the demo's allocation range", async () => {
    const p = await plan();
    expect(p.services.find((s) => s.hostname === "api.external.example")?.vip).toBe("127.240.0.1");
  });

  it("the DENY policy applies to the private service's pod, on node-c", async () => {
    const p = await plan();
    expect(p.policies.find((x) => x.name === "deny-clients")).toEqual({
      name: "deny-clients",
      namespace: "default",
      action: "Deny",
      services: [{ hostname: "private.default.svc.cluster.local", nodes: ["node-c"] }],
    });
  });

  it("a waypoint pod that does not declare port 15008 is one clear error", async () => {
    const e = await plan((m) => m.replace("containerPort: 15008", "containerPort: 15009")).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DemoError);
    expect((e as DemoError).message).toBe("Pod default/waypoint-a: a waypoint pod must declare containerPort 15008");
  });
});
