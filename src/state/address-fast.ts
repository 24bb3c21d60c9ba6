// A direct decoder for the common istio.workload.Address holding a Workload: protobuf
// bytes → the state's Workload in one pass, without protobufjs's intermediate objects
// (a message object, Buffer views, map and port objects per workload).
// At 100k workloads this is most of a full push's decode time and garbage, and every
// worker thread decodes the same bytes again. The structures that repeat (port maps,
// services maps, localities) are shared, and so are repeated strings (see shared()).
//
// It is only a fast path: anything it does not handle exactly as protobufjs + from-proto
// would (another message, a field repeated where merging would apply, extensions, groups,
// values outside the plain ranges, invalid UTF-8, any rule from-proto would reject) makes
// it return undefined, and the caller decodes the bytes the ordinary way — so results and
// error messages are the ordinary ones by construction.
import { EMPTY_SERVICES, localityOf, portMapOf, servicesOf } from "./intern.ts";
import { canonicalIpBytes } from "./ip.ts";
import type { ApplicationTunnel, GatewayAddress, PortMap, Workload } from "./types.ts";

const EMPTY_STRINGS: string[] = Object.freeze([]) as unknown as string[];

class Bail extends Error {}
const BAIL = new Bail();

let buf: Uint8Array = new Uint8Array(0);
let pos = 0;

/** A varint up to 2^31 - 1 (ports, enums, lengths); anything else bails. */
function varint(): number {
  const b = buf; // a local: the module variable would be reloaded on every access
  let p = pos;
  let v = 0;
  for (let shift = 0; shift < 28; shift += 7) {
    if (p >= b.length) throw BAIL;
    const x = b[p++]!;
    v |= (x & 127) << shift;
    if (x < 128) {
      pos = p;
      return v;
    }
  }
  if (p >= b.length) throw BAIL;
  const x = b[p++]!;
  if (x > 7) throw BAIL; // would pass 2^31 or continue
  pos = p;
  return (v | (x << 28)) >>> 0;
}

/** The end of a length-delimited field starting at `pos`. */
function lengthEnd(limit: number): number {
  const len = varint();
  const end = pos + len;
  if (end > limit) throw BAIL;
  return end;
}

/** Skips an unknown field by its tag; field number 0 is no field (protobufjs: "illegal tag"). */
function skip(tag: number, limit: number): void {
  if (tag >>> 3 === 0) throw BAIL;
  const wireType = tag & 7;
  if (wireType === 0) varint();
  else if (wireType === 2) pos = lengthEnd(limit);
  else if (wireType === 1) pos += 8;
  else if (wireType === 5) pos += 4;
  else throw BAIL;
  if (pos > limit) throw BAIL;
}

// ignoreBOM as protobufjs decodes: a leading U+FEFF is part of the string.
const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

function text(start: number, end: number): string {
  const b = buf;
  let ascii = true;
  for (let i = start; i < end; i++) {
    if (b[i]! >= 128) {
      ascii = false;
      break;
    }
  }
  if (ascii) return Buffer.prototype.latin1Slice.call(buf, start, end) as string;
  try {
    return strict.decode(buf.subarray(start, end));
  } catch {
    throw BAIL; // protobufjs rejects invalid UTF-8 with its own message
  }
}

// Strings that repeat across workloads (namespace, node, service account, …) come from a
// small direct-mapped cache keyed by a cheap hash of their bytes: a hit returns the string
// already made (one copy held by all workloads instead of one each), a miss just replaces
// the slot. Bounded work and memory, no chains: a full hash table cost more than it saved.
const SLOTS = 4096;
const slotBytes: Array<Uint8Array | undefined> = new Array(SLOTS).fill(undefined);
const slotStrings: string[] = new Array(SLOTS).fill("");

function shared(start: number, end: number): string {
  const b = buf;
  const n = end - start;
  let h = n;
  for (let i = start, e = Math.min(end, start + 4); i < e; i++) h = (h * 31 + b[i]!) | 0;
  for (let i = Math.max(start + 4, end - 4); i < end; i++) h = (h * 31 + b[i]!) | 0;
  const slot = (h ^ (h >>> 12)) & (SLOTS - 1);
  const have = slotBytes[slot];
  if (have && have.length === n) {
    let same = true;
    for (let i = 0; i < n; i++) {
      if (have[i] !== b[start + i]) {
        same = false;
        break;
      }
    }
    if (same) return slotStrings[slot]!;
  }
  const s = text(start, end);
  const copy = new Uint8Array(n); // a copy: a view would keep the whole message alive
  for (let i = 0; i < n; i++) copy[i] = b[start + i]!;
  slotBytes[slot] = copy;
  slotStrings[slot] = s;
  return s;
}

/** A string field: the wire type must be 2; bails on anything else. */
function str(wireType: number, limit: number, repeats = false): string {
  if (wireType !== 2) throw BAIL;
  const end = lengthEnd(limit);
  const start = pos;
  pos = end;
  if (start === end) return "";
  return repeats ? shared(start, end) : text(start, end);
}

function num(wireType: number): number {
  if (wireType !== 0) throw BAIL;
  return varint();
}

/** Port { service_port = 1; target_port = 2; app_protocol = 3 } → pushes the pair. */
function port(end: number, pairs: number[]): void {
  let sp = 0;
  let tp = 0;
  while (pos < end) {
    const tag = varint();
    const f = tag >>> 3;
    if (f === 1) sp = num(tag & 7);
    else if (f === 2) tp = num(tag & 7);
    else skip(tag, end);
  }
  if (pos !== end || sp > 65535 || tp > 65535) throw BAIL;
  pairs.push(sp, tp);
}

/** services map entry { key = 1; value = 2 (PortList { repeated Port ports = 1 }) }. */
function servicesEntry(end: number): [string, PortMap] {
  let key: string | undefined;
  let pairs: number[] | undefined;
  while (pos < end) {
    const tag = varint();
    const f = tag >>> 3;
    if (f === 1 && key === undefined) key = str(tag & 7, end, true);
    else if (f === 2 && pairs === undefined) {
      if ((tag & 7) !== 2) throw BAIL;
      const listEnd = lengthEnd(end);
      pairs = [];
      while (pos < listEnd) {
        const t2 = varint();
        if (t2 >>> 3 === 1) {
          if ((t2 & 7) !== 2) throw BAIL;
          const portEnd = lengthEnd(listEnd);
          port(portEnd, pairs);
        } else skip(t2, listEnd);
      }
      if (pos !== listEnd) throw BAIL;
    } else throw BAIL;
  }
  if (pos !== end || key === undefined || pairs === undefined || !key.includes("/")) throw BAIL;
  return [key, portMapOf(pairs)];
}

function locality(end: number): [string, string, string] {
  const l: [string, string, string] = ["", "", ""];
  const seen = [false, false, false];
  while (pos < end) {
    const tag = varint();
    const f = tag >>> 3;
    if (f >= 1 && f <= 3 && !seen[f - 1]) {
      seen[f - 1] = true;
      l[f - 1] = str(tag & 7, end, true);
    } else throw BAIL;
  }
  if (pos !== end) throw BAIL;
  return l;
}

/** google.protobuf.UInt32Value { value = 1 } → its value (0 when absent). */
function uint32Value(end: number): number {
  let v = 0;
  let seen = false;
  while (pos < end) {
    const tag = varint();
    if (tag >>> 3 !== 1 || seen) throw BAIL;
    seen = true;
    v = num(tag & 7);
  }
  if (pos !== end) throw BAIL;
  return v;
}

/** A sub-message decoded by protobufjs and converted by from-proto's own function. */
function viaProtobufjs<T>(end: number, convert: (bytes: Uint8Array) => T): T {
  const start = pos;
  pos = end;
  return convert(buf.subarray(start, end));
}

export interface FastHooks {
  gateway(bytes: Uint8Array, field: string): GatewayAddress;
  applicationTunnel(bytes: Uint8Array): ApplicationTunnel | undefined;
}

// Dotted text written into a scratch buffer and read back as one flat string: a template
// literal would build a tree of string pieces, kept (and later flattened) per workload.
const scratch = Buffer.alloc(15);
function ip4(at: number): string {
  let n = 0;
  for (let k = 0; k < 4; k++) {
    const v = buf[at + k]!;
    if (k > 0) scratch[n++] = 46; // "."
    if (v >= 100) scratch[n++] = 48 + ((v / 100) | 0);
    if (v >= 10) scratch[n++] = 48 + (((v / 10) | 0) % 10);
    scratch[n++] = 48 + (v % 10);
  }
  return Buffer.prototype.latin1Slice.call(scratch, 0, n) as string;
}

const PROTOCOLS = ["TCP", "HBONE"] as const;
const STATUSES = ["Healthy", "Unhealthy"] as const;
const NETWORK_MODES = ["Standard", "HostNetwork"] as const;
const WORKLOAD_TYPES = ["deployment", "cronjob", "pod", "job"];

function enumOf<T>(table: readonly T[], v: number): T {
  const out = table[v];
  if (out === undefined) throw BAIL;
  return out;
}

function workload(end: number, hooks: FastHooks): Workload {
  let name = "";
  let namespace = "";
  const ips: string[] = [];
  let network = "";
  let protocol = 0;
  let trustDomain = "";
  let serviceAccount = "";
  let waypoint: GatewayAddress | undefined;
  let node = "";
  let canonicalName = "";
  let canonicalRevision = "";
  let workloadType = 0;
  let workloadName = "";
  let nativeTunnel = false;
  let policies: string[] | undefined;
  let status = 0;
  let clusterId = "";
  let networkGateway: GatewayAddress | undefined;
  let uid = "";
  let hostname = "";
  let services: Array<[string, PortMap]> | undefined;
  let applicationTunnel: ApplicationTunnel | undefined;
  let loc: [string, string, string] | undefined;
  let networkMode = 0;
  let capacity = 1;
  // Message fields may appear once: protobufjs would merge a repeat (bail instead).
  let seenWaypoint = false;
  let seenGateway = false;
  let seenTunnel = false;
  let seenCapacity = false;
  while (pos < end) {
    const tag = varint();
    const wt = tag & 7;
    switch (tag >>> 3) {
      case 1:
        name = str(wt, end);
        break;
      case 2:
        namespace = str(wt, end, true);
        break;
      case 3: {
        if (wt !== 2) throw BAIL;
        const e = lengthEnd(end);
        if (e - pos === 4) ips.push(ip4(pos));
        else if (e - pos === 16) ips.push(canonicalIpBytes(buf.subarray(pos, e))!);
        else throw BAIL;
        pos = e;
        break;
      }
      case 4:
        network = str(wt, end, true);
        break;
      case 5:
        protocol = num(wt);
        break;
      case 6:
        trustDomain = str(wt, end, true);
        break;
      case 7:
        serviceAccount = str(wt, end, true);
        break;
      case 8:
        if (wt !== 2 || seenWaypoint) throw BAIL;
        seenWaypoint = true;
        waypoint = viaProtobufjs(lengthEnd(end), (b) => hooks.gateway(b, "waypoint"));
        break;
      case 9:
        node = str(wt, end, true);
        break;
      case 10:
        canonicalName = str(wt, end, true);
        break;
      case 11:
        canonicalRevision = str(wt, end, true);
        break;
      case 12:
        workloadType = num(wt);
        break;
      case 13:
        workloadName = str(wt, end, true);
        break;
      case 14:
        nativeTunnel = num(wt) !== 0;
        break;
      case 16:
        policies ??= [];
        policies.push(str(wt, end, true));
        break;
      case 17:
        status = num(wt);
        break;
      case 18:
        clusterId = str(wt, end, true);
        break;
      case 19:
        if (wt !== 2 || seenGateway) throw BAIL;
        seenGateway = true;
        networkGateway = viaProtobufjs(lengthEnd(end), (b) => hooks.gateway(b, "network_gateway"));
        break;
      case 20:
        uid = str(wt, end);
        break;
      case 21:
        hostname = str(wt, end);
        break;
      case 22: {
        if (wt !== 2) throw BAIL;
        const entry = servicesEntry(lengthEnd(end));
        services ??= [];
        // A repeated key would replace the earlier entry in place: bail rather than mimic.
        for (const [k] of services) if (k === entry[0]) throw BAIL;
        services.push(entry);
        break;
      }
      case 23:
        if (wt !== 2 || seenTunnel) throw BAIL;
        seenTunnel = true;
        applicationTunnel = viaProtobufjs(lengthEnd(end), hooks.applicationTunnel);
        break;
      case 24:
        if (wt !== 2 || loc) throw BAIL;
        loc = locality(lengthEnd(end));
        break;
      case 25:
        networkMode = num(wt);
        break;
      case 27:
        if (wt !== 2 || seenCapacity) throw BAIL;
        seenCapacity = true;
        capacity = uint32Value(lengthEnd(end));
        break;
      default:
        // Extensions (26) are decoded (and may fail) by protobufjs; unknown fields are skipped.
        if (tag >>> 3 === 26) throw BAIL;
        skip(tag, end);
    }
  }
  if (pos !== end || !uid) throw BAIL;
  const w: Workload = {
    uid,
    name,
    namespace,
    workloadIps: ips.length === 1 ? [ips[0]!] : ips, // exact size: a pushed-to array keeps spare slots
    hostname,
    network,
    protocol: enumOf(PROTOCOLS, protocol),
    trustDomain: trustDomain || "cluster.local",
    serviceAccount: serviceAccount || "default",
    node,
    canonicalName,
    canonicalRevision,
    workloadType: enumOf(WORKLOAD_TYPES, workloadType),
    workloadName,
    nativeTunnel,
    services: services ? servicesOf(services) : EMPTY_SERVICES,
    authorizationPolicies: policies ?? EMPTY_STRINGS,
    status: enumOf(STATUSES, status),
    clusterId: clusterId || "Kubernetes",
    locality: loc ? localityOf(loc[0], loc[1], loc[2]) : localityOf("", "", ""),
    networkMode: enumOf(NETWORK_MODES, networkMode),
    capacity,
  };
  if (waypoint) w.waypoint = waypoint;
  if (networkGateway) w.networkGateway = networkGateway;
  if (applicationTunnel) w.applicationTunnel = applicationTunnel;
  return w;
}

/**
 * The bytes of an istio.workload.Address → its Workload, or undefined when these bytes
 * are not the plain case (a Service, or anything above): decode them the ordinary way.
 */
export function fastWorkload(bytes: Uint8Array, hooks: FastHooks): Workload | undefined {
  buf = bytes;
  pos = 0;
  try {
    if (bytes.length === 0 || bytes[0] !== 0x0a) return undefined; // field 1 (workload), wire type 2
    pos = 1;
    const end = lengthEnd(bytes.length);
    if (end !== bytes.length) return undefined; // anything after it (another oneof member, a repeat)
    return workload(end, hooks);
  } catch {
    // Bail, or a rule of from-proto's hooks: the ordinary path says which.
    return undefined;
  } finally {
    buf = new Uint8Array(0);
  }
}
