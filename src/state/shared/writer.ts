// The shared state's one writer (the main thread): the same State as src/state/store.ts —
// apply(delta) with the same Changes and version rule — but laid out in SharedArrayBuffer
// tables that readers in other threads open with attachSharedState(handle) and read in
// place, without a copy of their own. Each apply is one seqlock write section: readers
// retry (or wait) across it, so none sees half a delta.
//
// Bookkeeping only the writer needs (which list entries a record holds, free slots) stays
// in plain JS here; everything a reader needs is in the tables.
import { MessageChannel, type MessagePort } from "node:worker_threads";
import type { Changes, Delta, State } from "../store.ts";
import type { Authorization, Service, Workload } from "../types.ts";
import { policyKey, serviceKey } from "../types.ts";
import { checksum, hashString } from "./hash.ts";
import { E, H, L, LS, type PortHandle, PV, R, S, SV, W } from "./layout.ts";
import { createView, type SharedView } from "./reader.ts";
import { createRestMemo, writePolicy, writeService, writeWorkload } from "./records.ts";
import { findString, stringAt } from "./strings.ts";
import { createTables, type Sizes, SMALL } from "./tables.ts";

export interface SharedState extends State, SharedView {
  /** A handle for one reader in another thread: post it with `transferList: [handle.port]`. */
  share(): PortHandle;

  /** Bytes held by the current generation's tables (the header aside). */
  bytes(): number;

  /** Strings held (UTF-16 code units in `chars`), and compactions so far. */
  strings(): { count: number; chars: number; compactions: number };
}

const addrKey = (network: string, ip: string) => (network === "" ? ip : `${network}/${ip}`);

interface ServiceMeta {
  key: number;
  vips: number[];
  hostname: number;
  hostEntry: number;
}

/**
 * When to compact the string table (see maybeCompact): above `min` + 2 × max(the count right
 * after the last compaction, `perRecord` × live records). Defaults 4096 and 8; tests lower them.
 */
export interface CompactPolicy {
  min: number;
  perRecord: number;
}
export const COMPACT: CompactPolicy = { min: 4096, perRecord: 8 };

export function createSharedState(sizes: Sizes = SMALL, compact: CompactPolicy = COMPACT): SharedState {
  const headerBuf = new SharedArrayBuffer(H.WORDS * 4);
  const header = new Int32Array(headerBuf);
  const WIDTHS = { workloads: W.WIDTH, services: SV.WIDTH, policies: PV.WIDTH, entries: E.WIDTH, lists: LS.WIDTH };
  let tables = createTables(sizes, WIDTHS);
  const ports: MessagePort[] = [];
  const view = createView(header, () => tables.t);
  let stamp = 0;
  const nextStamp = () => {
    stamp = stamp >= 0x7ffffffe ? 1 : stamp + 1;
    return stamp;
  };
  const sMeta: Array<ServiceMeta | undefined> = [];
  const free = { w: [] as number[], s: [] as number[], p: [] as number[], e: [] as number[] };
  let entryHwm = 0;

  // ---- strings ----
  // The writer finds ids through the same shared index the readers use: a JS Map of every
  // string measured slower at 100k workloads (cache misses over 440k entries) and held
  // ≈ 30 MB more heap.
  const idOf = (s: string) => findString(tables.t, s);
  function intern(s: string): number {
    const h = hashString(s);
    const id = findString(tables.t, s, h);
    return id >= 0 ? id : append(s, h);
  }
  // Strings that repeat across records (namespace, node, service account, service keys,
  // the interned rest JSON, …) are looked up in a bounded Map first: the decoders hand the
  // same string objects over and over, whose hash V8 keeps, so a hit costs no hashing or
  // comparing of code units (the shared index would hash and compare every time). Unique
  // strings (uid, name, IPs) skip it and go to the shared index directly. Cleared when full.
  let restMemo = createRestMemo();
  let known = new Map<string, number>();
  const KNOWN_LIMIT = 1 << 18;
  function internField(s: string, _field?: number): number {
    const have = known.get(s);
    if (have !== undefined) return have;
    const id = intern(s);
    if (known.size >= KNOWN_LIMIT) known = new Map();
    known.set(s, id);
    return id;
  }
  const unique = new Uint8Array(64);
  for (const f of [W.NAME, W.IPS, W.HOSTNAME, SV.KEY + 32, SV.NAME + 32, SV.HOSTNAME + 32, SV.REST + 32]) unique[f] = 1;
  const internAny = (s: string, field: number) => (unique[field] === 1 ? intern(s) : internField(s));

  /**
   * Grows every table once, before a delta, to what it will need at most: a full push of
   * 100k workloads would otherwise copy each table ~10 times as it doubles (time, and a
   * peak of old + new copies). Estimates only (upserts of held records need no new slot).
   */
  function presize(delta: Delta): void {
    const ws = delta.upsertWorkloads ?? [];
    const ss = delta.upsertServices ?? [];
    if (ws.length + ss.length < 256) return;
    // Per workload: uid, name, IPs, and a share of the strings replicas add (a services
    // map's rest JSON, service accounts, …); per service: key, name, hostname, VIPs, rest.
    let chars = 0;
    let strs = 0;
    for (const w of ws) {
      chars += w.uid.length + w.name.length + 16 * w.workloadIps.length + 40;
      strs += 3 + w.workloadIps.length;
    }
    for (const sv of ss) {
      chars += 2 * (sv.namespace.length + sv.hostname.length) + sv.name.length + 16 * sv.vips.length + 300;
      strs += 5 + sv.vips.length;
    }
    tables.ensure("workloads", ((header[H.W_HWM] ?? 0) + ws.length) * W.WIDTH);
    tables.ensure("services", ((header[H.S_HWM] ?? 0) + ss.length) * SV.WIDTH);
    tables.ensure("entries", (entryHwm + 2 * ws.length) * E.WIDTH);
    tables.ensure("lists", (listHwm + 2 * ss.length + 64) * LS.WIDTH); // hostnames, service keys, nodes
    const count = header[H.STR_COUNT] ?? 0;
    tables.ensure("strings", (count + strs) * S.WIDTH);
    tables.ensure("chars", (header[H.CHARS_USED] ?? 0) + chars);
    tables.ensureIndex(count + strs, count);
  }
  function append(s: string, h: number): number {
    const id = header[H.STR_COUNT] ?? 0;
    const start = header[H.CHARS_USED] ?? 0;
    tables.ensure("strings", (id + 1) * S.WIDTH);
    tables.ensure("chars", start + s.length);
    tables.ensureIndex(id + 1, id);
    const { text, strings, index } = tables.t;
    // Native copy: a per-unit charCodeAt loop walks a concatenated (cons) string again per unit.
    text.write(s, start * 2, s.length * 2, "utf16le");
    const row = id * S.WIDTH;
    strings.fill(-1, row, row + S.WIDTH);
    strings[row + S.START] = start;
    strings[row + S.LEN] = s.length;
    strings[row + S.HASH] = h;
    const mask = index.length - 1;
    let i = h & mask;
    while ((index[i] ?? -1) >= 0) i = (i + 1) & mask;
    index[i] = id;
    header[H.STR_COUNT] = id + 1;
    header[H.CHARS_USED] = start + s.length;
    return id;
  }
  const col = (id: number, c: number) => tables.t.strings[id * S.WIDTH + c] ?? -1;
  const setCol = (id: number, c: number, v: number) => {
    tables.t.strings[id * S.WIDTH + c] = v;
  };
  /** Clears a unique index column only if it still points at `slot` (a later owner keeps it). */
  const clearCol = (id: number, c: number, slot: number) => {
    if (col(id, c) === slot) setCol(id, c, -1);
  };

  // ---- lists ----
  let listHwm = 0;
  /** The lists row of string `key`, made on first use (all three lists empty, stamp 0). */
  function listsRow(key: number): number {
    let r = col(key, S.LISTS);
    if (r >= 0) return r;
    r = listHwm++;
    tables.ensure("lists", (r + 1) * LS.WIDTH);
    const lists = tables.t.lists;
    lists.fill(-1, r * LS.WIDTH, (r + 1) * LS.WIDTH);
    for (const c of [LS.HOST, LS.NODE, LS.EP]) {
      lists[r * LS.WIDTH + c + L.STAMP] = 0;
      lists[r * LS.WIDTH + c + L.COUNT] = 0;
    }
    setCol(key, S.LISTS, r);
    return r;
  }
  function listAdd(key: number, list: number, member: number): number {
    const e = free.e.pop() ?? entryHwm++;
    tables.ensure("entries", (e + 1) * E.WIDTH);
    const lr = listsRow(key);
    const { entries, lists } = tables.t;
    const row = lr * LS.WIDTH + list;
    const tail = lists[row + L.TAIL] ?? -1;
    entries[e * E.WIDTH + E.MEMBER] = member;
    entries[e * E.WIDTH + E.NEXT] = -1;
    entries[e * E.WIDTH + E.PREV] = tail;
    if (tail >= 0) entries[tail * E.WIDTH + E.NEXT] = e;
    else lists[row + L.HEAD] = e;
    lists[row + L.TAIL] = e;
    lists[row + L.COUNT] = (lists[row + L.COUNT] ?? 0) + 1;
    lists[row + L.STAMP] = nextStamp();
    return e;
  }
  function listRemove(key: number, list: number, e: number): void {
    const { entries, lists } = tables.t;
    const row = col(key, S.LISTS) * LS.WIDTH + list;
    const next = entries[e * E.WIDTH + E.NEXT] ?? -1;
    const prev = entries[e * E.WIDTH + E.PREV] ?? -1;
    if (prev >= 0) entries[prev * E.WIDTH + E.NEXT] = next;
    else lists[row + L.HEAD] = next;
    if (next >= 0) entries[next * E.WIDTH + E.PREV] = prev;
    else lists[row + L.TAIL] = prev;
    lists[row + L.COUNT] = (lists[row + L.COUNT] ?? 1) - 1;
    lists[row + L.STAMP] = nextStamp();
    free.e.push(e);
  }

  // ---- records ----
  function seal(words: Int32Array, at: number, width: number): void {
    words[at + R.CHECK] = checksum(words, at, width);
  }
  function kill(words: Int32Array, slot: number, width: number): void {
    const at = slot * width;
    words[at + R.LIVE] = 0;
    words[at + R.STAMP] = nextStamp();
    seal(words, at, width);
  }

  // What each workload slot is indexed under, for its unindexing: 5 words per slot in a
  // plain Int32Array (node, its list entry, and the usual single address, service key and
  // its endpoint entry), with the rare workload of several addresses or services in wExtra.
  // An object with three arrays per workload held ≈ 200 bytes each: 200 MB at 1M workloads.
  const WM = { NODE: 0, NODE_ENTRY: 1, ADDR: 2, EP: 3, EP_ENTRY: 4, WIDTH: 5 } as const;
  let wm = new Int32Array(1024 * WM.WIDTH).fill(-1);
  // wExtra, like sMeta and the free lists, is emptied by a compaction (reset()).
  const wExtra = new Map<number, { addrs: number[]; eps: number[]; epEntries: number[] }>();
  function wmRow(slot: number): number {
    const at = slot * WM.WIDTH;
    if (at + WM.WIDTH > wm.length) {
      const next = new Int32Array(Math.max(at + WM.WIDTH, wm.length * 2)).fill(-1);
      next.set(wm);
      wm = next;
    }
    return at;
  }

  function unindexWorkload(slot: number, ch: Changes): void {
    const at = wmRow(slot);
    const node = wm[at + WM.NODE] ?? -1;
    if (node < 0) return;
    const extra = wExtra.get(slot);
    const addrs = extra ? extra.addrs : [wm[at + WM.ADDR] ?? -1];
    const eps = extra ? extra.eps : [wm[at + WM.EP] ?? -1];
    const epEntries = extra ? extra.epEntries : [wm[at + WM.EP_ENTRY] ?? -1];
    for (const a of addrs) clearCol(a, S.W_ADDR, slot);
    eps.forEach((ep, i) => {
      listRemove(ep, LS.EP, epEntries[i] ?? -1);
      ch.services.add(stringOf(ep));
    });
    listRemove(node, LS.NODE, wm[at + WM.NODE_ENTRY] ?? -1);
    wm.fill(-1, at, at + WM.WIDTH);
    wExtra.delete(slot);
  }

  function putWorkload(w: Workload, ch: Changes): void {
    const uid = intern(w.uid);
    let slot = col(uid, S.W_UID);
    if (slot >= 0) unindexWorkload(slot, ch);
    else {
      slot = free.w.pop() ?? header[H.W_HWM] ?? 0;
      if (slot >= (header[H.W_HWM] ?? 0)) header[H.W_HWM] = slot + 1;
      header[H.W_LIVE] = (header[H.W_LIVE] ?? 0) + 1;
      setCol(uid, S.W_UID, slot);
    }
    tables.ensure("workloads", (slot + 1) * W.WIDTH);
    // Intern first (it may grow the tables), then write into the current words.
    const addrs = w.workloadIps.map((ip) => intern(addrKey(w.network, ip)));
    const keys = Object.keys(w.services);
    const eps = keys.map(internField);
    const node = internField(w.node);
    writeWorkload(tables.t.workloads, slot * W.WIDTH, nextStamp(), w, { uid, node }, internAny, restMemo);
    seal(tables.t.workloads, slot * W.WIDTH, W.WIDTH);
    for (const a of addrs) setCol(a, S.W_ADDR, slot);
    const epEntries = eps.map((ep) => listAdd(ep, LS.EP, slot));
    for (const k of keys) ch.services.add(k);
    const at = wmRow(slot);
    wm[at + WM.NODE] = node;
    wm[at + WM.NODE_ENTRY] = listAdd(node, LS.NODE, slot);
    if (addrs.length === 1 && eps.length === 1) {
      wm[at + WM.ADDR] = addrs[0] ?? -1;
      wm[at + WM.EP] = eps[0] ?? -1;
      wm[at + WM.EP_ENTRY] = epEntries[0] ?? -1;
    } else wExtra.set(slot, { addrs, eps, epEntries });
    ch.workloads.add(w.uid);
  }

  function removeWorkload(name: string, ch: Changes): void {
    const id = idOf(name);
    const slot = id < 0 ? -1 : col(id, S.W_UID);
    if (slot < 0) return;
    unindexWorkload(slot, ch);
    kill(tables.t.workloads, slot, W.WIDTH);
    setCol(id, S.W_UID, -1);
    free.w.push(slot);
    header[H.W_LIVE] = (header[H.W_LIVE] ?? 1) - 1;
    ch.workloads.add(name);
  }

  function unindexService(slot: number): void {
    const m = sMeta[slot];
    if (!m) return;
    for (const v of m.vips) clearCol(v, S.S_VIP, slot);
    listRemove(m.hostname, LS.HOST, m.hostEntry);
    sMeta[slot] = undefined;
  }

  function putService(s: Service, ch: Changes): void {
    const keyText = serviceKey(s);
    const key = intern(keyText);
    let slot = col(key, S.S_KEY);
    if (slot >= 0) unindexService(slot);
    else {
      slot = free.s.pop() ?? header[H.S_HWM] ?? 0;
      if (slot >= (header[H.S_HWM] ?? 0)) header[H.S_HWM] = slot + 1;
      header[H.S_LIVE] = (header[H.S_LIVE] ?? 0) + 1;
      setCol(key, S.S_KEY, slot);
    }
    tables.ensure("services", (slot + 1) * SV.WIDTH);
    const vips = s.vips.map((v) => intern(addrKey(v.network, v.address)));
    const hostname = intern(s.hostname);
    writeService(tables.t.services, slot * SV.WIDTH, nextStamp(), s, internAny);
    seal(tables.t.services, slot * SV.WIDTH, SV.WIDTH);
    for (const v of vips) setCol(v, S.S_VIP, slot);
    sMeta[slot] = { key, vips, hostname, hostEntry: listAdd(hostname, LS.HOST, slot) };
    ch.services.add(keyText);
  }

  function removeService(name: string, ch: Changes): void {
    const id = idOf(name);
    const slot = id < 0 ? -1 : col(id, S.S_KEY);
    if (slot < 0) return;
    unindexService(slot);
    kill(tables.t.services, slot, SV.WIDTH);
    setCol(id, S.S_KEY, -1);
    free.s.push(slot);
    header[H.S_LIVE] = (header[H.S_LIVE] ?? 1) - 1;
    ch.services.add(name);
  }

  function putPolicy(p: Authorization, ch: Changes): void {
    const keyText = policyKey(p);
    const key = intern(keyText);
    let slot = col(key, S.P_KEY);
    if (slot < 0) {
      slot = free.p.pop() ?? header[H.P_HWM] ?? 0;
      if (slot >= (header[H.P_HWM] ?? 0)) header[H.P_HWM] = slot + 1;
      header[H.P_LIVE] = (header[H.P_LIVE] ?? 0) + 1;
      setCol(key, S.P_KEY, slot);
    }
    tables.ensure("policies", (slot + 1) * PV.WIDTH);
    const json = intern(JSON.stringify(p));
    writePolicy(tables.t.policies, slot * PV.WIDTH, nextStamp(), p, key, () => json);
    seal(tables.t.policies, slot * PV.WIDTH, PV.WIDTH);
    ch.policies.add(keyText);
  }

  function removePolicy(name: string, ch: Changes): void {
    const id = idOf(name);
    const slot = id < 0 ? -1 : col(id, S.P_KEY);
    if (slot < 0) return;
    kill(tables.t.policies, slot, PV.WIDTH);
    setCol(id, S.P_KEY, -1);
    free.p.push(slot);
    header[H.P_LIVE] = (header[H.P_LIVE] ?? 1) - 1;
    ch.policies.add(name);
  }

  const stringOf = (id: number) => stringAt(tables.t, id);

  function apply(delta: Delta): Changes {
    const ch: Changes = { workloads: new Set(), services: new Set(), policies: new Set() };
    Atomics.add(header, H.SEQ, 1); // odd: readers hold off until the delta is whole
    try {
      presize(delta);
      for (const name of delta.removeAddresses ?? []) {
        removeWorkload(name, ch);
        removeService(name, ch);
      }
      for (const w of delta.upsertWorkloads ?? []) putWorkload(w, ch);
      for (const s of delta.upsertServices ?? []) putService(s, ch);
      for (const name of delta.removePolicies ?? []) removePolicy(name, ch);
      for (const p of delta.upsertPolicies ?? []) putPolicy(p, ch);
      if (ch.workloads.size + ch.services.size + ch.policies.size > 0) Atomics.add(header, H.VERSION, 1);
    } finally {
      publish();
    }
    maybeCompact();
    return ch;
  }

  // ---- compaction ----
  // Strings are never freed one by one (a reader may hold any id it saw): once the table
  // holds far more strings than the live records can use — churn, pods replaced under new
  // names and IPs for hours — the writer rebuilds every table from the live records in one
  // write section, as a new generation with a new string-id epoch (readers drop what they
  // cached by id or slot when they see it). Its cost is one full apply, at most once per
  // doubling of the string table over what is live, so amortised over the churn.
  /** Strings right after the last compaction (or none yet). */
  let compactedAt = 0;
  let compactions = 0;
  /** Strings a live set of this size may plausibly hold (≈ 4.6 per workload at 100k/20k). */
  const plausible = () =>
    compact.perRecord * ((header[H.W_LIVE] ?? 0) + (header[H.S_LIVE] ?? 0) + (header[H.P_LIVE] ?? 0));
  function reset(): void {
    for (const w of [H.STR_COUNT, H.CHARS_USED, H.W_HWM, H.S_HWM, H.P_HWM, H.W_LIVE, H.S_LIVE, H.P_LIVE]) header[w] = 0;
    wm = new Int32Array(1024 * WM.WIDTH).fill(-1);
    wExtra.clear();
    sMeta.length = 0;
    free.w.length = 0;
    free.s.length = 0;
    free.p.length = 0;
    free.e.length = 0;
    entryHwm = 0;
    listHwm = 0;
    known = new Map();
    restMemo = createRestMemo();
  }
  function maybeCompact(): void {
    const count = header[H.STR_COUNT] ?? 0;
    if (count <= compact.min + 2 * Math.max(compactedAt, plausible())) return;
    const live = fullDelta(); // read while no write section is open
    Atomics.add(header, H.SEQ, 1);
    try {
      const old = tables.g;
      reset();
      tables = createTables(SMALL, WIDTHS, old);
      const ch: Changes = { workloads: new Set(), services: new Set(), policies: new Set() };
      presize(live);
      for (const w of live.upsertWorkloads) putWorkload(w, ch);
      for (const sv of live.upsertServices) putService(sv, ch);
      for (const p of live.upsertPolicies) putPolicy(p, ch);
      compactedAt = header[H.STR_COUNT] ?? 0;
      compactions++;
    } finally {
      publish();
    }
  }
  /** Ends a write section: new buffers first, then the generation number, then SEQ even. */
  function publish(): void {
    const grown = tables.takeGrown();
    if (grown) {
      // A reader that sees the number finds the buffers.
      for (const p of ports) p.postMessage(grown);
      Atomics.store(header, H.GEN, grown.gen);
    }
    Atomics.add(header, H.SEQ, 1);
    Atomics.notify(header, H.SEQ);
  }
  function fullDelta() {
    return {
      upsertWorkloads: [...view.workloads()],
      upsertServices: [...view.services()],
      upsertPolicies: [...view.policies()],
    };
  }

  return {
    ...view,
    get version() {
      return view.version;
    },
    apply,
    fullDelta,
    strings: () => ({ count: header[H.STR_COUNT] ?? 0, chars: header[H.CHARS_USED] ?? 0, compactions }),
    share() {
      const { port1, port2 } = new MessageChannel();
      // A reader that is gone (its thread ended) closes its end: stop posting generations
      // there, or they would pile up, each holding a whole set of old buffers.
      port1.once("close", () => {
        const i = ports.indexOf(port1);
        if (i >= 0) ports.splice(i, 1);
      });
      port1.unref();
      ports.push(port1);
      return { header: headerBuf, generation: tables.g, port: port2 };
    },

    bytes() {
      const g = tables.g;
      return (
        g.chars.byteLength +
        g.strings.byteLength +
        g.index.byteLength +
        g.workloads.byteLength +
        g.services.byteLength +
        g.policies.byteLength +
        g.entries.byteLength +
        g.lists.byteLength
      );
    },
  };
}
