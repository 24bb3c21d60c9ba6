// The mesh as served, kept up to date file by file. A change re-reads and re-parses only the
// changed files, finds which objects in them changed (added, edited, removed, moved between
// files), and recomputes only the outputs that depend on them — the way istiod's krt
// collections do (pilot/pkg/serviceregistry/kube/controller/ambient): a Pod → its workload; an
// AuthorizationPolicy → that policy, plus the workloads of its scope when what it selects
// changed; a PeerAuthentication → the policies and the workloads of its namespace (all of
// them for the root namespace); an edited or removed Service → it and the pods its old or new
// selector picks; a Namespace → its pods and Services. Any other change, an unknown one (no file name), or a mesh that failed last
// time is translated whole from the cached files (no file but the changed ones is read
// again), and the outputs are diffed by bytes. Either way the result is the snapshot a full
// translation gives: test/unit/controlplane-incremental.test.ts checks that on random edit
// sequences.
import { isDeepStrictEqual } from "node:util";
import type { Authorization, Service, Workload } from "../../src/state/types.ts";
import {
  type ResourceChanges,
  type Snapshot,
  type SnapshotDelta,
  type VersionedResource,
  versionOf,
} from "./ads-server.ts";
import { type ParsedAuthz, type ParsedPeerAuthn, policySet } from "./authorization.ts";
import { ControlPlaneError } from "./errors.ts";
import { loadMeshFiles, readMeshFile } from "./mesh-files.ts";
import {
  ADDRESS_TYPE_URL,
  AUTHORIZATION_TYPE_URL,
  encodeAuthorization,
  encodeService,
  encodeWorkload,
} from "./to-proto.ts";
import {
  type Mesh,
  objectId,
  type ParsedPod,
  type ParsedSvc,
  parseObject,
  podWorkload,
  reindexService,
  selectorIndex,
  selects,
  type TranslateOptions,
  type Translation,
  translateIndexed,
} from "./translate.ts";

/** Which way the last change was computed (logs and tests). */
export type UpdatePath = "none" | "pods" | "policies" | "services" | "namespaces" | "full";

export interface MeshEngine {
  /** The served resources, as fresh maps an ADS server may own. */
  snapshot(): Snapshot;
  /** The mesh currently served. */
  mesh(): Mesh;
  /** Declared Nodes and the nodes of every workload (who gets a token). */
  nodes(): string[];
  /**
   * These files (paths in the mesh) changed on disk, or something unknown did (null):
   * re-reads them and returns what to push, all of them as one change. Throws on a bad mesh;
   * the last good one stays served.
   */
  change(files: string[] | null): Promise<SnapshotDelta>;
  /** How the last successful change was computed. */
  lastPath(): UpdatePath;
}

interface Change {
  id: string;
  kind: string;
  before?: unknown;
  after?: unknown;
  /** The file holding it now (the one it left, when removed). */
  file: string;
  /** The document's position in that file (orders policies as a full translation would). */
  at: number;
}

interface Placed<T> {
  file: string;
  at: number;
  parsed: T;
}

const FAST_POLICY_KINDS = new Set(["AuthorizationPolicy", "PeerAuthentication"]);
const podUid = (opts: TranslateOptions, ns: string, name: string) => `${opts.clusterId}//Pod/${ns}/${name}`;

/** Starts from a full read of the mesh at `path` (a file or a directory of them). */
export async function createMeshEngine(path: string, opts: TranslateOptions): Promise<MeshEngine> {
  const files = await loadMeshFiles(path);
  const isFile = files.size === 1 && files.has(path);
  // The last good state (what is served) and whether the files on disk translate to it.
  let good = true;
  let t: Translation;
  let nodeList: string[] = [];
  let path_: UpdatePath = "full";
  const ids = new Map<string, string>(); // object id → file
  const broken = new Map<string, Error>(); // file → why it does not parse (its last good documents stay cached)
  let hasList = false; // List documents reorder the mesh: only full translations then
  const pods = new Map<string, ParsedPod>(); // Pod id → parsed
  const podsByNs = new Map<string, Set<string>>();
  let serviceAt: Map<string, number> | undefined; // Service id → position in t.services
  const authz = new Map<string, Placed<ParsedAuthz>>();
  const peers = new Map<string, Placed<ParsedPeerAuthn>>();
  const address = new Map<string, VersionedResource>();
  const authorization = new Map<string, VersionedResource>();
  const workloads = new Map<string, Workload>(); // uid → workload
  let services: Service[] = [];
  let policies: Authorization[] = [];
  let meshCache: Mesh | undefined;

  const sortedFiles = () => [...files.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const allDocs = () => {
    const out: unknown[] = [];
    for (const f of sortedFiles()) out.push(...files.get(f)!);
    return out;
  };

  /** Serves `bytes` as `name` and notes it in `changes`, unless exactly these bytes are served already. */
  function put(
    served: Map<string, VersionedResource>,
    changes: ResourceChanges,
    name: string,
    bytes: Uint8Array,
  ): void {
    const old = served.get(name);
    if (old && Buffer.compare(old.bytes, bytes) === 0) return;
    const r = { version: versionOf(bytes), bytes };
    served.set(name, r);
    changes.upserts.set(name, r);
  }

  function drop(served: Map<string, VersionedResource>, changes: ResourceChanges, name: string): void {
    if (served.delete(name)) changes.removed.push(name);
  }

  const emptyDelta = (): SnapshotDelta =>
    new Map([
      [ADDRESS_TYPE_URL, { upserts: new Map(), removed: [] }],
      [AUTHORIZATION_TYPE_URL, { upserts: new Map(), removed: [] }],
    ]);

  function indexPods(next: Translation): void {
    pods.clear();
    podsByNs.clear();
    for (const p of next.pods) {
      const id = `Pod/${p.meta.namespace}/${p.meta.name}`;
      pods.set(id, p);
      let set = podsByNs.get(p.meta.namespace);
      if (!set) {
        set = new Set();
        podsByNs.set(p.meta.namespace, set);
      }
      set.add(id);
    }
  }

  /** Translates every cached file; the outputs are diffed by bytes against what is served. */
  function full(): SnapshotDelta {
    // A file that does not parse fails the mesh, as a full read fails on the first such file.
    const unreadable = [...broken.keys()].sort()[0];
    if (unreadable !== undefined) throw broken.get(unreadable)!;
    const docs = allDocs();
    const next = translateIndexed(docs, opts);
    const delta = emptyDelta();
    const addr = delta.get(ADDRESS_TYPE_URL)!;
    const auth = delta.get(AUTHORIZATION_TYPE_URL)!;
    const seenAddr = new Set<string>();
    const seenAuth = new Set<string>();
    for (const r of [...next.mesh.workloads.map(encodeWorkload), ...next.mesh.services.map(encodeService)]) {
      seenAddr.add(r.name);
      put(address, addr, r.name, r.bytes);
    }
    for (const r of next.mesh.policies.map(encodeAuthorization)) {
      seenAuth.add(r.name);
      put(authorization, auth, r.name, r.bytes);
    }
    for (const name of [...address.keys()]) if (!seenAddr.has(name)) drop(address, addr, name);
    for (const name of [...authorization.keys()]) if (!seenAuth.has(name)) drop(authorization, auth, name);

    // Re-index the new state for the fast paths.
    t = next;
    serviceAt = undefined;
    good = true;
    meshCache = next.mesh;
    workloads.clear();
    for (const w of next.mesh.workloads) workloads.set(w.uid, w);
    services = next.mesh.services;
    policies = next.mesh.policies;
    indexPods(next);
    ids.clear();
    hasList = false;
    authz.clear();
    peers.clear();
    const names: string[] = [];
    // Without Lists, the n-th policy document in file order is the n-th parsed policy.
    let nAuthz = 0;
    let nPeer = 0;
    for (const file of sortedFiles()) {
      for (const [at, raw] of files.get(file)!.entries()) {
        const o = raw as { kind?: unknown; metadata?: { name?: unknown } } | null;
        if (o?.kind === "List") hasList = true;
        if (o?.kind === "Node" && typeof o.metadata?.name === "string") names.push(o.metadata.name);
        const id = objectId(raw);
        if (!id) continue;
        ids.set(id, file);
        if (o?.kind === "AuthorizationPolicy") authz.set(id, { file, at, parsed: next.authz[nAuthz++]! });
        if (o?.kind === "PeerAuthentication") peers.set(id, { file, at, parsed: next.peerAuthns[nPeer++]! });
      }
    }
    if (hasList) {
      authz.clear();
      peers.clear();
    }
    nodeList = [...new Set([...names, ...next.mesh.workloads.map((w) => w.node)])];
    path_ = "full";
    return delta;
  }

  /** The objects of `file` that differ between `before` and `after`; undefined = not diffable (full translation). */
  function diff(file: string, before: unknown[], after: unknown[]): Change[] | undefined {
    const keyed = (docs: unknown[]) => {
      const m = new Map<string, { raw: unknown; at: number; kind: string }>();
      for (const [at, raw] of docs.entries()) {
        if (raw === null || raw === undefined) continue;
        const id = objectId(raw);
        const kind = (raw as { kind?: unknown }).kind;
        if (!id || kind === "List" || typeof kind !== "string" || m.has(id)) return undefined;
        m.set(id, { raw, at, kind });
      }
      return m;
    };
    const b = keyed(before);
    const a = keyed(after);
    if (!b || !a) return undefined;
    const out: Change[] = [];
    for (const [id, x] of b) {
      const y = a.get(id);
      if (!y) out.push({ id, kind: x.kind, before: x.raw, file, at: x.at });
      else if (y.at !== x.at || !isDeepStrictEqual(x.raw, y.raw))
        out.push({ id, kind: x.kind, before: x.raw, after: y.raw, file, at: y.at });
    }
    for (const [id, y] of a) if (!b.has(id)) out.push({ id, kind: y.kind, after: y.raw, file, at: y.at });
    return out;
  }

  /**
   * The changes of several files as one: an object that moved between two of them is an
   * edit (not a removal the proxies would see, then an addition). undefined = not diffable.
   */
  function combine(perFile: (Change[] | undefined)[]): Change[] | undefined {
    const byId = new Map<string, Change>();
    for (const changes of perFile) {
      if (!changes) return undefined;
      for (const c of changes) {
        const other = byId.get(c.id);
        if (!other) {
          byId.set(c.id, c);
          continue;
        }
        // Only a removal from one file and an addition to another combine.
        const gone = other.after === undefined ? other : c.after === undefined ? c : undefined;
        const added = gone === other ? c : other;
        if (!gone || added.before !== undefined || added.after === undefined) return undefined;
        byId.set(c.id, { ...added, before: gone.before });
      }
    }
    for (const c of byId.values()) {
      // Added here, still defined in a file not changed: defined twice, as the full translation says.
      if (c.before === undefined && ids.has(c.id)) return undefined;
    }
    return [...byId.values()];
  }

  /** Parses the new versions of `changes`; every problem is reported at once, as translate does. */
  function parseAll<T>(changes: Change[], pick: (o: ReturnType<typeof parseObject>) => T): Map<string, T> {
    const out = new Map<string, T>();
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const c of changes) {
      if (c.after === undefined) continue;
      try {
        out.set(c.id, pick(parseObject(c.after, c.at, t.policyOpts, seen)));
      } catch (e) {
        if (!(e instanceof ControlPlaneError)) throw e;
        problems.push(e.message);
      }
    }
    if (problems.length) throw new ControlPlaneError("ZTS_CONTROLPLANE_BAD_MESH", problems.join("; "));
    return out;
  }

  const ipKeys = (w: Workload | undefined) => (w ? w.workloadIps.map((a) => `${w.network}/${a}`) : []);

  /** Pods only: each changed pod's workload alone. undefined = needs the full translation. */
  function podsChanged(changes: Change[]): SnapshotDelta | undefined {
    const parsed = parseAll(changes, (o) => (o?.kind === "Pod" ? o.pod : undefined));
    const built = new Map<string, Workload | undefined>();
    const problems: string[] = [];
    for (const [id, p] of parsed) {
      try {
        built.set(id, p && podWorkload(p, t.build));
      } catch (e) {
        if (!(e instanceof ControlPlaneError)) throw e;
        problems.push(e.message);
      }
    }
    if (problems.length) throw new ControlPlaneError("ZTS_CONTROLPLANE_BAD_MESH", problems.join("; "));
    // An address another workload holds: which one the error names depends on mesh order.
    const moved = new Map<string, number>(); // address → change in its users
    const users = (k: string) => (t.ipUse.get(k) ?? 0) + (moved.get(k) ?? 0);
    const olds = changes.map((c) => {
      const [, ns, name] = c.id.split("/") as [string, string, string];
      return workloads.get(podUid(opts, ns, name));
    });
    for (const w of olds) for (const k of ipKeys(w)) moved.set(k, (moved.get(k) ?? 0) - 1);
    for (const w of built.values()) {
      for (const k of ipKeys(w)) {
        if (users(k) > 0) return undefined;
        moved.set(k, (moved.get(k) ?? 0) + 1);
      }
    }
    const delta = emptyDelta();
    const addr = delta.get(ADDRESS_TYPE_URL)!;
    for (const [i, c] of changes.entries()) {
      const [, ns, name] = c.id.split("/") as [string, string, string];
      const uid = podUid(opts, ns, name);
      const before = olds[i];
      const after = built.get(c.id);
      if (after) {
        put(address, addr, uid, encodeWorkload(after).bytes);
        workloads.set(uid, after);
      } else if (before) {
        drop(address, addr, uid);
        workloads.delete(uid);
      }
      const p = parsed.get(c.id);
      const set = podsByNs.get(ns) ?? new Set<string>();
      podsByNs.set(ns, set);
      if (p) {
        pods.set(c.id, p);
        set.add(c.id);
      } else {
        pods.delete(c.id);
        set.delete(c.id);
      }
    }
    for (const [k, d] of moved) {
      const n = (t.ipUse.get(k) ?? 0) + d;
      if (n > 0) t.ipUse.set(k, n);
      else t.ipUse.delete(k);
    }
    meshCache = undefined;
    path_ = "pods";
    return delta;
  }

  /**
   * Services edited or removed (not added: a new one's place in mesh order decides the order
   * of the pods' service maps), in a mesh without EndpointSlices, ServiceEntries,
   * WorkloadEntries or Gateways (which read Services too): the Service, and the pods of its
   * namespace its old or new selector picks. undefined = needs the full translation.
   */
  function servicesChanged(changes: Change[]): SnapshotDelta | undefined {
    const { counts } = t;
    if (counts.EndpointSlice + counts.ServiceEntry + counts.WorkloadEntry + counts.Gateway > 0) return undefined;
    if (!serviceAt) {
      serviceAt = new Map();
      for (const [i, x] of t.services.entries()) serviceAt.set(`Service/${x.meta.namespace}/${x.meta.name}`, i);
    }
    const at = new Map<string, number>();
    for (const c of changes) {
      const i = serviceAt.get(c.id);
      if (i === undefined) return undefined; // added
      at.set(c.id, i);
    }
    const parsed = parseAll(changes, (o) => (o?.kind === "Service" ? o.svc : undefined));
    const outs = new Map<string, Service>();
    const problems: string[] = [];
    for (const [id, svc] of parsed) {
      try {
        if (svc) outs.set(id, t.serviceOut(svc));
      } catch (e) {
        if (!(e instanceof ControlPlaneError)) throw e;
        problems.push(e.message);
      }
    }
    if (problems.length) throw new ControlPlaneError("ZTS_CONTROLPLANE_BAD_MESH", problems.join("; "));

    const delta = emptyDelta();
    const addr = delta.get(ADDRESS_TYPE_URL)!;
    const touched = new Set<string>(); // pod ids to rebuild
    // Last position first, so removing one never moves the next one handled.
    for (const c of [...changes].sort((a, b) => at.get(b.id)! - at.get(a.id)!)) {
      const i = at.get(c.id)!;
      const before = t.services[i]!;
      const next = parsed.get(c.id);
      reindexService(t.build.selecting, i, before, next);
      const oldOut = encodeService(t.serviceOut(before));
      const out = outs.get(c.id);
      if (out) {
        const r = encodeService(out);
        if (r.name !== oldOut.name) drop(address, addr, oldOut.name);
        put(address, addr, r.name, r.bytes);
        t.services[i] = next!;
        services[i] = out;
      } else {
        drop(address, addr, oldOut.name);
        t.services.splice(i, 1); // positions after it shift: the indexes are rebuilt
        services.splice(i, 1);
        serviceAt = undefined;
      }
      // A selector's first pair rules out most of the namespace's pods at one lookup each.
      const first = (x: ParsedSvc | undefined) => (x?.selector ? Object.entries(x.selector)[0] : undefined);
      const pairs = [first(before), first(next)].filter((x): x is [string, string] => x !== undefined);
      if (pairs.length === 0) continue;
      for (const id of podsByNs.get(before.meta.namespace) ?? []) {
        const labels = pods.get(id)!.meta.labels;
        if (!pairs.some(([k, v]) => labels[k] === v)) continue;
        if (selects(before, labels) || (next && selects(next, labels))) touched.add(id);
      }
    }
    if (changes.some((c) => !parsed.get(c.id))) t.build.selecting = selectorIndex(t.services);
    for (const id of touched) {
      const p = pods.get(id)!;
      const uid = podUid(opts, p.meta.namespace, p.meta.name);
      const w = podWorkload(p, t.build);
      if (w) {
        put(address, addr, uid, encodeWorkload(w).bytes);
        workloads.set(uid, w);
      }
    }
    meshCache = undefined;
    path_ = "services";
    return delta;
  }

  /**
   * Namespaces (labels: dataplane mode; annotations: traffic distribution), in a mesh without
   * EndpointSlices, ServiceEntries, WorkloadEntries or Gateways (whose waypoints and visibility
   * read namespace labels too): the pods and Services of those namespaces. The system
   * namespace names the network, which every output carries: full translation.
   */
  function namespacesChanged(changes: Change[]): SnapshotDelta | undefined {
    const { counts } = t;
    if (counts.EndpointSlice + counts.ServiceEntry + counts.WorkloadEntry + counts.Gateway > 0) return undefined;
    const names = changes.map((c) => c.id.split("/")[2]!);
    if (names.includes(t.policyOpts.systemNamespace)) return undefined;
    const parsed = parseAll(changes, (o) => (o?.kind === "Namespace" ? o.ns : undefined));
    for (const [i, c] of changes.entries()) {
      const ns = parsed.get(c.id);
      if (ns) t.build.namespaces.set(names[i]!, ns);
      else t.build.namespaces.delete(names[i]!);
    }
    const delta = emptyDelta();
    const addr = delta.get(ADDRESS_TYPE_URL)!;
    const touched = new Set(names);
    // Without ServiceEntries, the served services are the Kubernetes ones, position for position.
    for (const [i, svc] of t.services.entries()) {
      if (!touched.has(svc.meta.namespace)) continue;
      const out = t.serviceOut(svc);
      const r = encodeService(out);
      put(address, addr, r.name, r.bytes);
      services[i] = out;
    }
    for (const ns of touched) {
      for (const id of podsByNs.get(ns) ?? []) {
        const p = pods.get(id)!;
        const w = podWorkload(p, t.build);
        if (!w) continue; // terminal: not served, whatever its namespace says
        const uid = podUid(opts, p.meta.namespace, p.meta.name);
        put(address, addr, uid, encodeWorkload(w).bytes);
        workloads.set(uid, w);
      }
    }
    meshCache = undefined;
    path_ = "namespaces";
    return delta;
  }

  /** AuthorizationPolicies / PeerAuthentications only. undefined = needs the full translation. */
  function policiesChanged(changes: Change[]): SnapshotDelta | undefined {
    const parsed = parseAll(changes, (o) =>
      o?.kind === "AuthorizationPolicy" ? o.authz : o?.kind === "PeerAuthentication" ? o.peer : undefined,
    );
    // Which workloads' policy lists may change: none when only rules changed.
    const scope = new Set<string>();
    for (const c of changes) {
      const [kind, ns] = c.id.split("/") as [string, string];
      if (kind === "AuthorizationPolicy") {
        const before = authz.get(c.id)?.parsed;
        const after = parsed.get(c.id) as ParsedAuthz | undefined;
        const same =
          before !== undefined &&
          after !== undefined &&
          !!before.authorization === !!after.authorization &&
          isDeepStrictEqual(before.matchLabels, after.matchLabels);
        if (same) continue;
      }
      scope.add(ns);
    }
    const everywhere = scope.has(t.rootNamespace);
    // Entries' workloads read the policies too, and are not rebuilt alone.
    if (scope.size > 0 && (t.counts.ServiceEntry > 0 || t.counts.WorkloadEntry > 0)) return undefined;

    for (const c of changes) {
      const p = parsed.get(c.id);
      const to = c.kind === "AuthorizationPolicy" ? authz : peers;
      if (p === undefined) to.delete(c.id);
      else (to as Map<string, Placed<unknown>>).set(c.id, { file: c.file, at: c.at, parsed: p });
    }
    // In mesh order, as a full translation collects them (ties between PeerAuthentications go to the first).
    const ordered = <T>(m: Map<string, Placed<T>>) =>
      [...m.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.at - b.at)).map((x) => x.parsed);
    t.authz = ordered(authz);
    t.peerAuthns = ordered(peers);
    const set = policySet(t.authz, t.peerAuthns, t.rootNamespace);
    t.build.policies = set;

    const delta = emptyDelta();
    const auth = delta.get(AUTHORIZATION_TYPE_URL)!;
    if (changes.every((c) => c.kind === "AuthorizationPolicy")) {
      // Each AuthorizationPolicy translates alone: only the changed ones are re-encoded.
      for (const c of changes) {
        const [, ns, name] = c.id.split("/") as [string, string, string];
        const out = (parsed.get(c.id) as ParsedAuthz | undefined)?.authorization;
        const r = out && encodeAuthorization(out);
        if (r) put(authorization, auth, r.name, r.bytes);
        else drop(authorization, auth, `${ns}/${name}`);
      }
    } else {
      // PeerAuthentications: the converted policies depend on each other (the oldest per namespace).
      const keep = new Set<string>();
      for (const r of set.policies.map(encodeAuthorization)) {
        keep.add(r.name);
        put(authorization, auth, r.name, r.bytes);
      }
      for (const name of [...authorization.keys()]) if (!keep.has(name)) drop(authorization, auth, name);
    }
    policies = set.policies;

    const addr = delta.get(ADDRESS_TYPE_URL)!;
    const scoped = everywhere ? [...pods.keys()] : [...scope].flatMap((ns) => [...(podsByNs.get(ns) ?? [])]);
    for (const id of scoped) {
      const p = pods.get(id)!;
      const uid = podUid(opts, p.meta.namespace, p.meta.name);
      const w = workloads.get(uid);
      if (!w || isDeepStrictEqual(w.authorizationPolicies, set.forWorkload(p.meta.namespace, p.meta.labels))) continue;
      const next = podWorkload(p, t.build)!;
      put(address, addr, uid, encodeWorkload(next).bytes);
      workloads.set(uid, next);
    }
    meshCache = undefined;
    path_ = "policies";
    return delta;
  }

  async function change(changed: string[] | null): Promise<SnapshotDelta> {
    const wasGood = good;
    good = false; // until a translation of the files as they are now succeeds
    if (changed === null) {
      const fresh = await loadMeshFiles(path);
      files.clear();
      broken.clear();
      for (const [f, d] of fresh) files.set(f, d);
      return full();
    }
    const diffs: (Change[] | undefined)[] = [];
    for (const file of new Set(changed)) {
      const before = files.get(file) ?? [];
      let after: unknown[] | undefined;
      try {
        after = readMeshFile(file);
        broken.delete(file);
      } catch (e) {
        broken.set(file, e as Error); // the mesh on disk is bad until this file is fixed
        continue;
      }
      if (after === undefined) {
        if (isFile) throw new ControlPlaneError("ZTS_CONTROLPLANE_MESH_READ", `mesh ${file}: file is gone`);
        files.delete(file);
      } else files.set(file, after);
      diffs.push(diff(file, before, after ?? []));
    }
    if (broken.size > 0) return full(); // throws the first unreadable file's error
    const changes = wasGood && !hasList ? combine(diffs) : undefined;
    let delta: SnapshotDelta | undefined;
    if (changes && changes.length === 0) {
      path_ = "none";
      delta = emptyDelta();
    } else if (changes?.every((c) => c.kind === "Pod")) delta = podsChanged(changes);
    else if (changes?.every((c) => FAST_POLICY_KINDS.has(c.kind))) delta = policiesChanged(changes);
    else if (changes?.every((c) => c.kind === "Service")) delta = servicesChanged(changes);
    else if (changes?.every((c) => c.kind === "Namespace")) delta = namespacesChanged(changes);
    delta ??= full();
    for (const c of changes ?? []) {
      if (c.after === undefined) ids.delete(c.id);
      else ids.set(c.id, c.file);
    }
    good = true;
    return delta;
  }

  full(); // a bad mesh at start is a start-up error
  return {
    snapshot: () =>
      new Map([
        [ADDRESS_TYPE_URL, new Map(address)],
        [AUTHORIZATION_TYPE_URL, new Map(authorization)],
      ]),
    mesh() {
      meshCache ??= {
        workloads: [...workloads.values()].sort((a, b) => (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0)),
        services: [...services], // patched in place by the next Service edit
        policies,
      };
      return meshCache;
    },
    nodes: () => nodeList,
    change,
    lastPath: () => path_,
  };
}
