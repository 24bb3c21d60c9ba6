// Address upserts as the main thread hands them to workers: the accepted resources'
// protobuf bytes (istio.workload.Address, exactly as istiod sent them) packed into one
// SharedArrayBuffer, each behind a uint32 length. Posting it shares the memory with every
// worker (no structured clone of 100k objects, no deserialization), and each worker
// decodes in parallel into its own state. Layout: [len u32 LE][len bytes]…
import { Buffer } from "node:buffer";
import type { Delta } from "./store.ts";
import type { Service, Workload } from "./types.ts";

export interface PackedAddresses {
  /** Backed by a SharedArrayBuffer (posting it does not copy). */
  bytes: Uint8Array;
  count: number;
}

/** Copies `values` (each one resource) into one shared buffer. */
export function packAddresses(values: readonly Uint8Array[]): PackedAddresses {
  let total = 0;
  for (const v of values) total += 4 + v.length;
  const bytes = new Uint8Array(new SharedArrayBuffer(total));
  const view = new DataView(bytes.buffer);
  let at = 0;
  for (const v of values) {
    view.setUint32(at, v.length, true);
    bytes.set(v, at + 4);
    at += 4 + v.length;
  }
  return { bytes, count: values.length };
}

/**
 * The packed resources → the upserts of a Delta, through `decode` (the main thread's own
 * decoder: these resources were accepted there, so they decode the same way here).
 */
export function unpackAddresses(
  packed: PackedAddresses,
  decode: (b: Uint8Array) => { kind: "workload"; workload: Workload } | { kind: "service"; service: Service },
): Pick<Delta, "upsertWorkloads" | "upsertServices"> {
  const upsertWorkloads: Workload[] = [];
  const upsertServices: Service[] = [];
  // A Buffer view (no copy): protobufjs reads strings from a Buffer with the native decoder.
  const bytes = Buffer.from(packed.bytes.buffer, packed.bytes.byteOffset, packed.bytes.byteLength);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 0; at < bytes.length; ) {
    const len = view.getUint32(at, true);
    const r = decode(bytes.subarray(at + 4, at + 4 + len));
    at += 4 + len;
    if (r.kind === "workload") upsertWorkloads.push(r.workload);
    else upsertServices.push(r.service);
  }
  return { upsertWorkloads, upsertServices };
}
