// The control plane's update path at scale: the real embedded control plane
// (xds/controlplane/server.ts) serves a mesh directory of one object per file
// (./mesh-dir.ts), watched with no debounce; a delta ADS subscriber on raw grpc-js holds the
// full mesh. Each edit replaces one file (write + rename) and is timed from the control plane's fs.watch
// event for that file to the moment its delta response was written on the stream
// (ControlPlane.onUpdate: seenAt → writtenAt), and the subscriber must then receive exactly
// the one resource the edit changed. With `profileDir`, a V8 CPU profile of the edit loop
// alone (not of the start-up) is written there.
import { mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { Session } from "node:inspector/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import * as grpc from "@grpc/grpc-js";
import { ADS_SERVICE } from "../../xds/controlplane/ads-server.ts";
import { type ControlPlane, startControlPlane, type UpdateEvent } from "../../xds/controlplane/server.ts";
import { ADDRESS_TYPE_URL, AUTHORIZATION_TYPE_URL } from "../../xds/controlplane/to-proto.ts";
import type { envoy } from "../../xds/gen/protos.js";
import type { MeshSize } from "./mesh.ts";
import {
  NAMESPACES,
  namespaceFile,
  namespaceText,
  podFile,
  podText,
  podUid,
  policyFile,
  policyName,
  policyText,
  serviceFile,
  serviceName,
  serviceText,
  writeMeshDir,
  YAML_PODS,
} from "./mesh-dir.ts";

type Req = envoy.service.discovery.v3.DeltaDiscoveryRequest.$Properties;
type Resp = envoy.service.discovery.v3.DeltaDiscoveryResponse;

export interface UpdateFigures {
  /** Start-up: read + parse every file, translate, encode (s). */
  loadSeconds: number;
  files: number;
  /** One pod (JSON file) edited: fs.watch event → delta response written (ms, one per edit). */
  podMs: number[];
  /** The same for a pod kept in a YAML file (the YAML parser on the path). */
  podYamlMs: number[];
  /** One AuthorizationPolicy's rule edited (ms). */
  policyMs: number[];
  /** One Service's target port edited: the Service and the pods it selects pushed (ms). */
  serviceMs: number[];
  /** One Namespace's dataplane mode flipped: every pod of the namespace re-pushed (ms). */
  namespaceMs: number[];
}

/** A subscriber that ACKs every response and hands them out in order. */
function subscriber(address: string, token: string) {
  const Client = grpc.makeGenericClientConstructor(ADS_SERVICE, "BenchSubscriber");
  const client = new Client(address, grpc.credentials.createInsecure(), {
    "grpc.max_receive_message_length": 256 * 1024 * 1024,
  });
  const md = new grpc.Metadata();
  md.set("authorization", `Bearer ${token}`);
  const call = (
    client as unknown as { DeltaAggregatedResources(md: grpc.Metadata): grpc.ClientDuplexStream<Req, Resp> }
  ).DeltaAggregatedResources(md);
  const queue: Resp[] = [];
  const waiters: ((r: Resp) => void)[] = [];
  call.on("data", (r: Resp) => {
    call.write({ typeUrl: r.typeUrl, responseNonce: r.nonce });
    const w = waiters.shift();
    if (w) w(r);
    else queue.push(r);
  });
  call.on("error", () => {});
  for (const typeUrl of [ADDRESS_TYPE_URL, AUTHORIZATION_TYPE_URL]) call.write({ typeUrl, node: { id: "bench" } });
  return {
    next(timeoutMs: number): Promise<Resp> {
      const r = queue.shift();
      if (r) return Promise.resolve(r);
      return new Promise((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`subscriber: no response in ${timeoutMs} ms`)), timeoutMs);
        waiters.push((x) => {
          clearTimeout(t);
          resolve(x);
        });
      });
    },
    close() {
      call.cancel();
      client.close();
    },
  };
}

/** The next update event for `file` with something pushed. */
function updateFor(cp: ControlPlane, file: string, timeoutMs: number): Promise<UpdateEvent> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => {
      off();
      reject(new Error(`control plane: no update for ${file} in ${timeoutMs} ms`));
    }, timeoutMs);
    const off = cp.onUpdate((e) => {
      if (!e.files?.includes(file) || e.upserts + e.removed === 0) return;
      clearTimeout(t);
      off();
      resolve(e);
    });
  });
}

export async function measureUpdates(
  size: MeshSize,
  edits: number,
  log: (m: string) => void,
  profileDir?: string,
): Promise<UpdateFigures> {
  const dir = await mkdtemp(join(tmpdir(), "zts-bench-cpinc-"));
  let cp: ControlPlane | undefined;
  let sub: ReturnType<typeof subscriber> | undefined;
  try {
    const files = writeMeshDir(dir, size);
    const t0 = performance.now();
    cp = await startControlPlane({ mesh: dir, debounceMs: 0 });
    const loadSeconds = (performance.now() - t0) / 1000;
    log(`  update path: ${files} files loaded in ${loadSeconds.toFixed(1)} s`);
    sub = subscriber(cp.address, cp.tokenFor("scale-node-0"));
    await sub.next(120_000);
    await sub.next(120_000);

    const session = profileDir ? new Session() : undefined;
    if (session) {
      session.connect();
      await session.post("Profiler.enable");
      await session.post("Profiler.start");
    }
    const one = async (file: string, text: string, expect: string[], type: string): Promise<number> => {
      const seen = updateFor(cp!, file, 30_000);
      // As editors and GitOps tools do: a complete new file renamed over the old one (a
      // plain rewrite shows the watch an empty file first). The dotfile is not a mesh file.
      const tmp = join(dir, `.${basename(file)}.tmp`);
      await writeFile(tmp, text);
      await rename(tmp, file);
      const e = await seen;
      const r = await sub!.next(30_000);
      const got = r.resources.map((x) => x.name).sort();
      const want = [...expect].sort();
      if (r.typeUrl !== type || got.join() !== want.join() || r.removedResources.length > 0)
        throw new Error(
          `edit of ${file}: expected ${JSON.stringify(want)} pushed, got ${JSON.stringify(got)} (${r.typeUrl})`,
        );
      return e.writtenAt - e.seenAt;
    };
    const podMs: number[] = [];
    const podYamlMs: number[] = [];
    const policyMs: number[] = [];
    const serviceMs: number[] = [];
    const targets = new Map<number, number>(); // service → http target port as last written
    const namespaceMs: number[] = [];
    const ambient = new Map<number, boolean>(); // namespace → ambient as last written
    const ready = new Map<number, boolean>(); // as last written (all start ready)
    const flip = (i: number) => {
      const next = !(ready.get(i) ?? true);
      ready.set(i, next);
      return next;
    };
    for (let k = 0; k < edits; k++) {
      // JSON pods spread over the mesh; each edit flips readiness (a new workload status).
      const i = YAML_PODS + ((k * 7919) % (size.workloads - YAML_PODS));
      podMs.push(await one(podFile(dir, i), podText(i, size, flip(i)), [podUid(i)], ADDRESS_TYPE_URL));
      const y = k % YAML_PODS;
      podYamlMs.push(await one(podFile(dir, y), podText(y, size, flip(y)), [podUid(y)], ADDRESS_TYPE_URL));
      const n = k % NAMESPACES;
      policyMs.push(await one(policyFile(dir, n), policyText(n, 9000 + k), [policyName(n)], AUTHORIZATION_TYPE_URL));
      // A Service's target port: the Service and the W/S pods it selects.
      const j = (k * 104729) % size.services;
      const selected = Array.from({ length: Math.ceil((size.workloads - j) / size.services) }, (_, m) =>
        podUid(j + m * size.services),
      );
      const port = (targets.get(j) ?? 8080) === 8080 ? 8081 : 8080;
      targets.set(j, port);
      serviceMs.push(
        await one(serviceFile(dir, j), serviceText(j, port), [serviceName(j), ...selected], ADDRESS_TYPE_URL),
      );
      // A Namespace leaving (or joining) ambient: all its pods, and nothing else.
      const ns = (k * 37) % NAMESPACES;
      const on = !(ambient.get(ns) ?? true);
      ambient.set(ns, on);
      const inNs = Array.from({ length: Math.ceil((size.workloads - ns) / NAMESPACES) }, (_, m) =>
        podUid(ns + m * NAMESPACES),
      );
      namespaceMs.push(await one(namespaceFile(dir, ns), namespaceText(ns, on), inNs, ADDRESS_TYPE_URL));
    }
    if (session && profileDir) {
      const { profile } = await session.post("Profiler.stop");
      const out = join(profileDir, `controlplane-updates-${Date.now()}.cpuprofile`);
      await writeFile(out, JSON.stringify(profile));
      session.disconnect();
      log(`  update path profile: ${out}`);
    }
    return { loadSeconds, files, podMs, podYamlMs, policyMs, serviceMs, namespaceMs };
  } finally {
    sub?.close();
    await cp?.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** The p-th percentile (nearest rank) of `xs`. */
export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}
