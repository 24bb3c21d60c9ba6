// The incremental control plane (xds/controlplane/incremental.ts) serves exactly what a full
// translation of the files on disk serves, after every edit: random sequences of object edits
// (pods, policies, PeerAuthentications, Services, Namespace labels, two objects in one file,
// broken files) are applied to a mesh directory, each followed by change(file), and compared
// with translate(loadMeshDocs(dir)) — resource names → bytes — and the returned delta with
// the difference between the snapshots before and after.
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import type { Snapshot, SnapshotDelta } from "../../xds/controlplane/ads-server.ts";
import { createMeshEngine, type MeshEngine, type UpdatePath } from "../../xds/controlplane/incremental.ts";
import { loadMeshDocs } from "../../xds/controlplane/mesh-files.ts";
import { snapshotOf } from "../../xds/controlplane/server.ts";
import { ADDRESS_TYPE_URL, AUTHORIZATION_TYPE_URL } from "../../xds/controlplane/to-proto.ts";
import { type TranslateOptions, translate } from "../../xds/controlplane/translate.ts";

const OPTS: TranslateOptions = {
  clusterId: "Kubernetes",
  trustDomain: "cluster.local",
  clusterDomain: "cluster.local",
  network: "",
};
const NS = ["ns-a", "ns-b", "istio-system"];
const APPS = ["web", "db", "cache"];

const namespace = (name: string, ambient: boolean, preferClose = false) => ({
  apiVersion: "v1",
  kind: "Namespace",
  metadata: {
    name,
    labels: ambient ? { "istio.io/dataplane-mode": "ambient" } : {},
    annotations: preferClose ? { "networking.istio.io/traffic-distribution": "PreferClose" } : {},
  },
});
const node = (name: string, zone: string) => ({
  apiVersion: "v1",
  kind: "Node",
  metadata: { name, labels: { "topology.kubernetes.io/zone": zone } },
});

interface PodEdit {
  op: "pod";
  i: number;
  ns: number;
  app: number;
  ip: number;
  node: number;
  phase: number;
  ready: boolean;
}
const pod = (e: PodEdit) => ({
  apiVersion: "v1",
  kind: "Pod",
  metadata: { name: `pod-${e.i}`, namespace: NS[e.ns % 2], labels: { app: APPS[e.app] } },
  spec: {
    nodeName: ["node-1", "node-2", "node-unknown"][e.node],
    serviceAccountName: `sa-${e.app}`,
    containers: [{ ports: [{ containerPort: 8080, name: "http" }] }],
  },
  status: {
    phase: ["Running", "Running", "Succeeded"][e.phase],
    podIP: `10.0.0.${e.ip + 1}`,
    conditions: [{ type: "Ready", status: e.ready ? "True" : "False" }],
  },
});

interface AuthzEdit {
  op: "authz";
  i: number;
  ns: number;
  sel: number;
  deny: boolean;
  principal: number;
}
const authz = (e: AuthzEdit) => ({
  apiVersion: "security.istio.io/v1",
  kind: "AuthorizationPolicy",
  metadata: { name: `policy-${e.i}`, namespace: NS[e.ns] },
  spec: {
    ...(e.sel < APPS.length ? { selector: { matchLabels: { app: APPS[e.sel] } } } : {}),
    action: e.deny ? "DENY" : "ALLOW",
    rules: [{ from: [{ source: { principals: [`cluster.local/ns/ns-a/sa/sa-${e.principal}`] } }] }],
  },
});

interface PeerEdit {
  op: "peer";
  i: number;
  ns: number;
  mode: number;
  sel: number;
}
const peer = (e: PeerEdit) => ({
  apiVersion: "security.istio.io/v1",
  kind: "PeerAuthentication",
  metadata: { name: `peer-${e.i}`, namespace: NS[e.ns], creationTimestamp: `2026-01-0${e.i + 1}T00:00:00Z` },
  spec: {
    ...(e.sel < APPS.length ? { selector: { matchLabels: { app: APPS[e.sel] } } } : {}),
    mtls: { mode: ["STRICT", "PERMISSIVE", "DISABLE", "UNSET"][e.mode] },
  },
});

interface SvcEdit {
  op: "svc";
  i: number;
  sel: number;
  target: number;
}
const service = (e: SvcEdit) => ({
  apiVersion: "v1",
  kind: "Service",
  metadata: { name: `svc-${e.i}`, namespace: "ns-a" },
  spec: {
    clusterIP: `10.96.0.${e.i + 1}`,
    ...(e.sel < APPS.length ? { selector: { app: APPS[e.sel] } } : {}),
    ports: [{ name: "http", port: 80, targetPort: e.target === 0 ? "http" : 8000 + e.target }],
  },
});

type Edit =
  | PodEdit
  | AuthzEdit
  | PeerEdit
  | SvcEdit
  | { op: "rm"; kind: "pod" | "authz" | "peer" | "svc"; i: number }
  | { op: "ns"; ns: number; ambient: boolean; prefer: boolean }
  | { op: "pair"; a: PodEdit; b: AuthzEdit }
  | { op: "bad"; i: number; yaml: boolean }
  | { op: "move"; kind: "pod" | "authz"; i: number };

const podEdit = fc.record({
  op: fc.constant("pod" as const),
  i: fc.integer({ min: 0, max: 5 }),
  ns: fc.integer({ min: 0, max: 1 }),
  app: fc.integer({ min: 0, max: 2 }),
  // Few addresses and one unknown node in ten: clashes and refusals happen.
  ip: fc.integer({ min: 0, max: 9 }),
  node: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 0, max: 1 }) }, { weight: 1, arbitrary: fc.constant(2) }),
  phase: fc.integer({ min: 0, max: 2 }),
  ready: fc.boolean(),
});
const authzEdit = fc.record({
  op: fc.constant("authz" as const),
  i: fc.integer({ min: 0, max: 3 }),
  ns: fc.integer({ min: 0, max: 2 }),
  sel: fc.integer({ min: 0, max: 3 }),
  deny: fc.boolean(),
  principal: fc.integer({ min: 0, max: 2 }),
});
const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 5, arbitrary: podEdit },
  { weight: 4, arbitrary: authzEdit },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant("peer" as const),
      i: fc.integer({ min: 0, max: 2 }),
      ns: fc.integer({ min: 0, max: 2 }),
      mode: fc.integer({ min: 0, max: 3 }),
      sel: fc.integer({ min: 0, max: 3 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant("svc" as const),
      i: fc.integer({ min: 0, max: 2 }),
      sel: fc.integer({ min: 0, max: 3 }),
      target: fc.integer({ min: 0, max: 2 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant("rm" as const),
      kind: fc.constantFrom("pod" as const, "authz" as const, "peer" as const, "svc" as const),
      i: fc.integer({ min: 0, max: 5 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant("ns" as const),
      ns: fc.integer({ min: 0, max: 2 }),
      ambient: fc.boolean(),
      prefer: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("pair" as const), a: podEdit, b: authzEdit }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant("move" as const),
      kind: fc.constantFrom("pod" as const, "authz" as const),
      i: fc.integer({ min: 0, max: 3 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant("bad" as const), i: fc.integer({ min: 0, max: 5 }), yaml: fc.boolean() }),
  },
);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "zts-cpinc-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A fresh mesh directory: one object per file, as the edits then rewrite them. */
function seed(sub: string): string {
  const d = join(dir, sub);
  rmSync(d, { recursive: true, force: true });
  const write = (f: string, o: unknown) => writeMesh(d, f, [o]);
  write("ns-a.yaml", namespace("ns-a", true));
  write("ns-b.yaml", namespace("ns-b", false));
  write("istio-system.yaml", namespace("istio-system", false));
  write("node-1.yaml", node("node-1", "z1"));
  write("node-2.yaml", node("node-2", "z2"));
  for (let i = 0; i < 3; i++) write(`svc-${i}.yaml`, service({ op: "svc", i, sel: i, target: i }));
  for (let i = 0; i < 4; i++)
    write(`pod-${i}.yaml`, pod({ op: "pod", i, ns: i % 2, app: i % 3, ip: i, node: i % 2, phase: 0, ready: true }));
  write("authz-0.yaml", authz({ op: "authz", i: 0, ns: 0, sel: 0, deny: false, principal: 0 }));
  return d;
}

function writeMesh(d: string, f: string, objects: unknown[]): string {
  mkdirSync(d, { recursive: true });
  const p = join(d, f);
  writeFileSync(p, objects.map((o) => stringify(o)).join("---\n"));
  return p;
}

/** Applies one edit to the files; returns the changed files (one change). */
function applyEdit(d: string, e: Edit): string[] {
  if (e.op === "move") {
    // The object's file renamed to another name: both names change at once.
    const from = join(d, `${e.kind}-${e.i}.yaml`);
    const to = join(d, `moved-${e.kind}-${e.i}.yaml`);
    if (existsSync(from)) renameSync(from, to);
    return [from, to];
  }
  return [applyOne(d, e)];
}

function applyOne(d: string, e: Exclude<Edit, { op: "move" }>): string {
  switch (e.op) {
    case "pod":
      return writeMesh(d, `pod-${e.i}.yaml`, [pod(e)]);
    case "authz":
      return writeMesh(d, `authz-${e.i}.yaml`, [authz(e)]);
    case "peer":
      return writeMesh(d, `peer-${e.i}.yaml`, [peer(e)]);
    case "svc":
      return writeMesh(d, `svc-${e.i}.yaml`, [service(e)]);
    case "ns":
      return writeMesh(d, `${NS[e.ns]}.yaml`, [namespace(NS[e.ns]!, e.ambient, e.prefer)]);
    case "pair":
      return writeMesh(d, "pair.yaml", [pod({ ...e.a, i: 9 }), authz({ ...e.b, i: 9 })]);
    case "bad": {
      const p = join(d, `pod-${e.i}.yaml`);
      writeFileSync(
        p,
        e.yaml
          ? "kind: [\n"
          : stringify({
              ...pod({ op: "pod", i: e.i, ns: 0, app: 0, ip: 30, node: 0, phase: 0, ready: true }),
              status: { podIP: "not-an-ip" },
            }),
      );
      return p;
    }
    case "rm": {
      const p = join(d, `${e.kind}-${e.i}.yaml`);
      try {
        unlinkSync(p);
      } catch {
        // not there: the change is a no-op
      }
      return p;
    }
  }
}

type Flat = Record<string, Record<string, string>>;
const flat = (s: Snapshot): Flat =>
  Object.fromEntries(
    [ADDRESS_TYPE_URL, AUTHORIZATION_TYPE_URL].map((t) => [
      t,
      Object.fromEntries(
        [...(s.get(t) ?? new Map())]
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([n, r]) => [n, Buffer.from(r.bytes).toString("hex")]),
      ),
    ]),
  );

/** `before` + `delta`, as a client holding `before` ends up. */
function patched(before: Flat, delta: SnapshotDelta): Flat {
  const out: Flat = structuredClone(before);
  for (const [t, c] of delta) {
    const m = out[t] ?? {};
    out[t] = m;
    for (const [n, r] of c.upserts) m[n] = Buffer.from(r.bytes).toString("hex");
    for (const n of c.removed) delete m[n];
  }
  for (const t of Object.keys(out))
    out[t] = Object.fromEntries(Object.entries(out[t]!).sort(([a], [b]) => (a < b ? -1 : 1)));
  return out;
}

async function expected(d: string): Promise<Flat | Error> {
  try {
    return flat(snapshotOf(translate(await loadMeshDocs(d), OPTS)));
  } catch (e) {
    return e as Error;
  }
}

describe("incremental control plane = full translation", () => {
  it("serves, after every random edit, exactly what a full translation of the files serves, and pushes only what changed", async () => {
    const paths = new Map<UpdatePath, number>();
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 14 }), async (edits) => {
        const d = seed(`run-${run++}`);
        const engine: MeshEngine = await createMeshEngine(d, OPTS);
        let served = flat(engine.snapshot());
        expect(served).toEqual(await expected(d));
        for (const e of edits) {
          const changed = applyEdit(d, e);
          const want = await expected(d);
          let delta: SnapshotDelta | Error;
          try {
            delta = await engine.change(changed);
          } catch (err) {
            delta = err as Error;
          }
          if (want instanceof Error) {
            expect(delta).toBeInstanceOf(Error);
            expect((delta as Error & { code?: string }).code).toBe((want as Error & { code?: string }).code);
            expect(flat(engine.snapshot())).toEqual(served); // the last good mesh stays served
            continue;
          }
          if (delta instanceof Error) throw delta;
          paths.set(engine.lastPath(), (paths.get(engine.lastPath()) ?? 0) + 1);
          expect(flat(engine.snapshot())).toEqual(want);
          expect(patched(served, delta)).toEqual(want);
          // Only what differs is pushed: no upsert re-sends the bytes the client holds.
          for (const [t, c] of delta)
            for (const [n, r] of c.upserts) expect(Buffer.from(r.bytes).toString("hex")).not.toBe(served[t]?.[n]);
          served = want;
        }
      }),
      { numRuns: 60 },
    );
    // The fast paths were taken, not only the full translation.
    expect(paths.get("pods") ?? 0).toBeGreaterThan(20);
    expect(paths.get("policies") ?? 0).toBeGreaterThan(20);
    expect(paths.get("services") ?? 0).toBeGreaterThan(3);
    expect(paths.get("namespaces") ?? 0).toBeGreaterThan(3);
    expect(paths.get("full") ?? 0).toBeGreaterThan(5);
  }, 60_000);
});
