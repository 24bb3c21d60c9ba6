// The embedded control plane: one plaintext gRPC server on loopback serving delta ADS and the
// Istio CA from a mesh described in Kubernetes-style YAML. It watches the mesh files and pushes
// only what changed; a bad edit is logged and the last good mesh stays served.
import { randomBytes } from "node:crypto";
import { type FSWatcher, watch } from "node:fs";
import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import * as grpc from "@grpc/grpc-js";
import { createLocalCa } from "../../src/identity/local-ca.ts";
import { splitPem } from "../../src/identity/pem.ts";
import { logger } from "../../src/log.ts";
import { type AdsServer, createAdsServer, type Nack, type Snapshot, versioned } from "./ads-server.ts";
import { createCaServer } from "./ca-server.ts";
import { ControlPlaneError } from "./errors.ts";
import { createMeshEngine, type UpdatePath } from "./incremental.ts";
import { isMeshFileName } from "./mesh-files.ts";
import {
  ADDRESS_TYPE_URL,
  AUTHORIZATION_TYPE_URL,
  encodeAuthorization,
  encodeService,
  encodeWorkload,
} from "./to-proto.ts";
import type { Mesh, TranslateOptions } from "./translate.ts";

export interface ControlPlaneOptions {
  /** A YAML file or a directory of them (multi-document allowed). */
  mesh: string;
  /** Default 127.0.0.1. */
  host?: string;
  /** 0 (default) = any free port. */
  port?: number;
  clusterId?: string;
  trustDomain?: string;
  clusterDomain?: string;
  network?: string;
  /** istiod's root namespace (mesh-wide policies); default istio-system. */
  rootNamespace?: string;
  /** Serve dry-run AuthorizationPolicies (istiod's AMBIENT_ENABLE_DRY_RUN_AUTHORIZATION_POLICY); default false. */
  dryRunPolicies?: boolean;
  /** ServiceEntry VIP auto-allocation ranges (istiod's PILOT_IP_AUTOALLOCATE_IPV4_PREFIX / _IPV6_PREFIX). */
  autoAllocateV4?: string;
  autoAllocateV6?: string;
  /** Debounce for file changes; default 100 ms. */
  debounceMs?: number;
  /** Watch the mesh files (default true). */
  watch?: boolean;
  /**
   * Extra roots to announce with every certificate (each `*.pem` file, possibly several
   * certificates each), read at every request: adding a file adds a root to the clients'
   * trust, removing it retires that root — how a mesh moves to a new CA without restarts.
   */
  rootsDir?: string;
  /** Cap on workload certificate lifetimes, below SECRET_TTL's minute (tests of renewal). */
  maxCertTtlMs?: number;
}

export interface ControlPlane {
  port: number;
  /** `host:port` to dial (plaintext). */
  address: string;
  close(): Promise<void>;
  /** Re-reads the mesh now; rejects with the error (and keeps serving the last good mesh). */
  reload(): Promise<void>;
  /** The bearer token issued to the proxy of `node`; throws for a node not in the mesh. */
  tokenFor(node: string): string;
  /** Writes `<dir>/<node>.token` for every node; returns the paths by node. */
  writeTokens(dir: string): Promise<Record<string, string>>;
  rootPem: string;
  nacks(): Nack[];
  /** The mesh currently served. */
  mesh(): Mesh;
  /** The last reload error, cleared by a good reload. */
  lastError(): Error | undefined;
  ads: AdsServer;
  /** Called after every applied mesh change, once its pushes are written (benchmarks, logs). */
  onUpdate(cb: (e: UpdateEvent) => void): () => void;
}

export interface UpdateEvent {
  /** The changed files (one change); null = an unknown change or reload(), the whole mesh re-read. */
  files: string[] | null;
  path: UpdatePath;
  /** performance.now() of the first watch event for this change (of the call, for reload()). */
  seenAt: number;
  /** performance.now() once every stream's delta response for it was written. */
  writtenAt: number;
  upserts: number;
  removed: number;
}

/** grpc-js defaults to 4 MiB; a full push of a large mesh is tens of MB (ztunnel accepts 200 MiB). */
const MAX_MESSAGE = 256 * 1024 * 1024;

/** Every certificate in the `*.pem` files of `dir` (sorted by name); a missing dir is none. */
export async function readRootsDir(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((f) => f.endsWith(".pem") && !f.startsWith(".")).sort();
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const f of names) out.push(...splitPem(await readFile(join(dir, f), "utf8").catch(() => "")));
  return out;
}

export function snapshotOf(mesh: Mesh): Snapshot {
  return new Map([
    [ADDRESS_TYPE_URL, versioned([...mesh.workloads.map(encodeWorkload), ...mesh.services.map(encodeService)])],
    [AUTHORIZATION_TYPE_URL, versioned(mesh.policies.map(encodeAuthorization))],
  ]);
}

export async function startControlPlane(opts: ControlPlaneOptions): Promise<ControlPlane> {
  const log = logger().child({ component: "controlplane" });
  const topts: TranslateOptions = {
    clusterId: opts.clusterId ?? "Kubernetes",
    trustDomain: opts.trustDomain ?? "cluster.local",
    clusterDomain: opts.clusterDomain ?? "cluster.local",
    network: opts.network ?? "",
    rootNamespace: opts.rootNamespace,
    dryRunPolicies: opts.dryRunPolicies,
    autoAllocateV4: opts.autoAllocateV4,
    autoAllocateV6: opts.autoAllocateV6,
  };
  const engine = await createMeshEngine(opts.mesh, topts); // a bad mesh at start is a start-up error
  let lastError: Error | undefined;
  const tokens = new Map<string, string>(); // node → token
  const nodeByToken = new Map<string, string>();
  // Tokens for every node that has pods, plus every declared Node (kept across reloads).
  const issueTokens = (nodes: Iterable<string>) => {
    for (const n of nodes) {
      if (!n || tokens.has(n)) continue;
      const t = randomBytes(24).toString("base64url");
      tokens.set(n, t);
      nodeByToken.set(t, n);
    }
  };
  issueTokens(engine.nodes());
  const updateListeners = new Set<(e: UpdateEvent) => void>();

  const ca = await createLocalCa({ trustDomain: topts.trustDomain });
  // Only the mesh's own node proxies (holding a token issued here) are served the mesh.
  const ads = createAdsServer(engine.snapshot(), { nodeForToken: (t) => nodeByToken.get(t) });
  const caServer = createCaServer({
    ca,
    trustDomain: topts.trustDomain,
    nodeForToken: (t) => nodeByToken.get(t),
    hasPodOnNode: (node, ns, sa) =>
      engine.mesh().workloads.some((w) => w.node === node && w.namespace === ns && w.serviceAccount === sa),
    roots: async () => [ca.rootPem, ...(opts.rootsDir ? await readRootsDir(opts.rootsDir) : [])],
    maxCertTtlMs: opts.maxCertTtlMs,
  });

  const server = new grpc.Server({
    "grpc.max_receive_message_length": MAX_MESSAGE,
    "grpc.max_send_message_length": MAX_MESSAGE,
  });
  server.addService(ads.service, ads.handlers);
  server.addService(caServer.service, caServer.handlers);
  const host = opts.host ?? "127.0.0.1";
  const hostPort = host.includes(":") ? `[${host}]:${opts.port ?? 0}` : `${host}:${opts.port ?? 0}`;
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync(hostPort, grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))),
  );

  // Changes apply one at a time, in the order seen, so a slow read never overwrites a newer mesh.
  let chain: Promise<void> = Promise.resolve();
  const enqueue = (files: string[] | null, seenAt: number): Promise<void> => {
    const next = chain.then(() => applyChange(files, seenAt));
    chain = next.catch(() => {});
    return next;
  };
  const reload = (): Promise<void> => enqueue(null, performance.now());

  async function applyChange(files: string[] | null, seenAt: number): Promise<void> {
    try {
      const delta = await engine.change(files);
      lastError = undefined;
      ads.apply(delta);
      const writtenAt = performance.now();
      if (engine.lastPath() === "full") issueTokens(engine.nodes());
      let upserts = 0;
      let removed = 0;
      for (const c of delta.values()) {
        upserts += c.upserts.size;
        removed += c.removed.length;
      }
      const e: UpdateEvent = { files, path: engine.lastPath(), seenAt, writtenAt, upserts, removed };
      for (const cb of updateListeners) cb(e);
      log.info({ files, path: e.path, upserts, removed, ms: +(writtenAt - seenAt).toFixed(2) }, "mesh updated");
    } catch (e) {
      lastError = e as Error;
      log.error({ error: (e as Error).message }, "mesh reload failed; keeping the last good mesh");
      throw e;
    }
  }

  const watchers: FSWatcher[] = [];
  // Files changed since the debounce started, with when each was first seen (null = unknown).
  const dirty = new Map<string | null, number>();
  let timer: NodeJS.Timeout | undefined;
  let immediate: NodeJS.Immediate | undefined;
  const flush = () => {
    timer = undefined;
    immediate = undefined;
    const seenAt = Math.min(...dirty.values());
    // One change for all: a file renamed to another is an edit, not a removal then an addition.
    // An unknown change re-reads everything, which covers the named ones too.
    const files = dirty.has(null) ? null : [...dirty.keys()].filter((f): f is string => f !== null);
    dirty.clear();
    enqueue(files, seenAt).catch(() => {});
  };
  if (opts.watch !== false) {
    const isDir = (await stat(opts.mesh)).isDirectory();
    // Watch the directory even for a single file: editors replace files by rename, which
    // ends a watch on the file itself.
    const dir = isDir ? opts.mesh : dirname(opts.mesh);
    const only = isDir ? undefined : basename(opts.mesh);
    const debounceMs = opts.debounceMs ?? 100;
    const w = watch(dir, (_event, name) => {
      const seenAt = performance.now();
      if (only && name !== null && name !== only) return;
      if (!only && name !== null && !isMeshFileName(name)) return; // swap files, backups, README
      const file = name === null ? null : only ? opts.mesh : join(dir, name);
      if (!dirty.has(file)) dirty.set(file, seenAt);
      if (debounceMs === 0) {
        // No debounce, but the events of one write (truncate, then data) are one change.
        immediate ??= setImmediate(flush);
        return;
      }
      clearTimeout(timer);
      timer = setTimeout(flush, debounceMs);
    });
    w.on("error", (e) => log.error({ err: e }, "mesh watch failed"));
    watchers.push(w);
  }

  const served = engine.mesh();
  log.info(
    { address: `${host}:${port}`, workloads: served.workloads.length, services: served.services.length },
    "serving",
  );

  return {
    port,
    address: host.includes(":") ? `[${host}]:${port}` : `${host}:${port}`,
    async close() {
      clearTimeout(timer);
      if (immediate) clearImmediate(immediate);
      for (const w of watchers) w.close();
      ads.closeAll();
      // A client that keeps a call open would hold tryShutdown (and a stopping demo) forever.
      await new Promise<void>((resolve) => {
        const force = setTimeout(() => {
          server.forceShutdown();
          resolve();
        }, 2000);
        server.tryShutdown(() => {
          clearTimeout(force);
          resolve();
        });
      });
    },
    reload,
    tokenFor(node) {
      const t = tokens.get(node);
      if (!t)
        throw new ControlPlaneError("ZTS_CONTROLPLANE_UNKNOWN_NODE", `node ${JSON.stringify(node)} is not in the mesh`);
      return t;
    },
    async writeTokens(dir) {
      await mkdir(dir, { recursive: true });
      const out: Record<string, string> = {};
      for (const [node, token] of tokens) {
        const p = join(dir, `${node}.token`);
        await writeFile(p, `${token}\n`, { mode: 0o600 });
        out[node] = p;
      }
      return out;
    },
    rootPem: ca.rootPem,
    nacks: () => ads.nacks(),
    mesh: () => engine.mesh(),
    lastError: () => lastError,
    ads,
    onUpdate(cb) {
      updateListeners.add(cb);
      return () => updateListeners.delete(cb);
    },
  };
}
