// An xDS Address response as the main thread hands it to workers, before decoding it
// itself: each resource's name and protobuf bytes (istio.workload.Address, exactly as
// istiod sent them) packed into one SharedArrayBuffer. Posting it shares the memory with
// every worker (no structured clone of 100k objects, no deserialization), and the workers
// decode it in parallel with the main thread, each into its own state.
// Layout per resource: [name length u32 LE][name UTF-8][value length u32 LE][value], the
// value length NO_BODY when the resource has no body or holds another type.
//
// Workers apply the same per-resource rules as the main thread (xds/client/response.ts):
// no name, a repeated name, no body, a foreign type, undecodable or invalid bytes, or a
// name that is not the resource's key → skipped. Both sides run deterministic code over
// the same bytes, so they accept the same resources.
import { Buffer } from "node:buffer";
import { ADDRESS_TYPE_URL, type DecodedAddress } from "./from-proto.ts";
import type { Delta } from "./store.ts";
import { serviceKey } from "./types.ts";

export interface PackedResources {
  /** Backed by a SharedArrayBuffer (posting it does not copy). */
  bytes: Uint8Array;
  count: number;
}

const NO_BODY = 0xffffffff;

interface PResource {
  name?: string | null;
  resource?: { type_url?: string | null; value?: Uint8Array | null } | null;
}

/** Copies the resources of an Address response into one shared buffer. */
export function packResources(resources: readonly PResource[]): PackedResources {
  const names = resources.map((r) => r.name ?? "");
  const nameLengths = names.map((n) => Buffer.byteLength(n, "utf8"));
  const values = resources.map((r) =>
    r.resource && (r.resource.type_url ?? "") === ADDRESS_TYPE_URL ? (r.resource.value ?? new Uint8Array()) : undefined,
  );
  let total = 0;
  for (let i = 0; i < resources.length; i++) total += 8 + nameLengths[i]! + (values[i]?.length ?? 0);
  const bytes = Buffer.from(new SharedArrayBuffer(total));
  const view = new DataView(bytes.buffer);
  let at = 0;
  for (let i = 0; i < resources.length; i++) {
    const nameLength = nameLengths[i]!;
    const value = values[i];
    view.setUint32(at, nameLength, true);
    bytes.write(names[i]!, at + 4, nameLength, "utf8");
    at += 4 + nameLength;
    view.setUint32(at, value ? value.length : NO_BODY, true);
    at += 4;
    if (value) {
      bytes.set(value, at);
      at += value.length;
    }
  }
  return { bytes: new Uint8Array(bytes.buffer), count: resources.length };
}

/**
 * The packed resources → the upserts of a Delta, through `decode` (the main thread's
 * decoder), keeping what the main thread's rules accept.
 */
export function unpackResources(
  packed: PackedResources,
  decode: (b: Uint8Array) => DecodedAddress,
): Pick<Delta, "upsertWorkloads" | "upsertServices"> {
  const upsertWorkloads: NonNullable<Delta["upsertWorkloads"]> = [];
  const upsertServices: NonNullable<Delta["upsertServices"]> = [];
  // A Buffer view (no copy): names decode natively, protobufjs reads strings natively.
  const bytes = Buffer.from(packed.bytes.buffer, packed.bytes.byteOffset, packed.bytes.byteLength);
  const seen = new Set<string>();
  for (let at = 0; at < bytes.length; ) {
    const nameLen = bytes.readUInt32LE(at);
    const name = bytes.toString("utf8", at + 4, at + 4 + nameLen);
    at += 4 + nameLen;
    const len = bytes.readUInt32LE(at);
    at += 4;
    const value = len === NO_BODY ? undefined : bytes.subarray(at, at + len);
    if (value) at += len;
    if (!name || seen.has(name)) continue;
    seen.add(name);
    if (!value) continue;
    let r: DecodedAddress;
    try {
      r = decode(value);
    } catch {
      continue;
    }
    if (r.kind === "workload") {
      if (r.workload.uid === name) upsertWorkloads.push(r.workload);
    } else if (serviceKey(r.service) === name) upsertServices.push(r.service);
  }
  return { upsertWorkloads, upsertServices };
}
