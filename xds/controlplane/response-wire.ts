// DeltaDiscoveryResponse bytes written directly: the resources' Address bytes are already
// encoded (the snapshot holds them), so a response is their concatenation inside the
// Resource / Any framing — one buffer, one copy of each resource's bytes. protobufjs
// building a Resource and an Any object per resource and encoding them took ≈ 0.8 s of the
// control plane's CPU for a 100k-workload push.
//
// A push may also be split (splitPush): delta xDS lets a server send any number of
// responses per type, each with its own nonce and each ACKed on its own.
import type { VersionedResource } from "./ads-server.ts";

/**
 * The largest response the embedded control plane writes: below every client's receive
 * limit — ztunnel's is a fixed 200 MiB (its tonic client), ours ZTS_XDS_MAX_MESSAGE_SIZE,
 * 200 MiB by default. A larger push (1M workloads ≈ 320 MB) goes out as several responses.
 */
export const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

const varintLen = (n: number) => (n < 0x80 ? 1 : n < 0x4000 ? 2 : n < 0x200000 ? 3 : n < 0x10000000 ? 4 : 5);
const fieldLen = (bytes: number) => 1 + varintLen(bytes) + bytes;

function anyLen(typeUrlBytes: number, valueBytes: number): number {
  return fieldLen(typeUrlBytes) + fieldLen(valueBytes);
}

/** Resource { version = 1; resource = 2 (Any); name = 3 } — its encoded length. */
function resourceLen(nameBytes: number, versionBytes: number, typeUrlBytes: number, valueBytes: number): number {
  return fieldLen(versionBytes) + fieldLen(anyLen(typeUrlBytes, valueBytes)) + fieldLen(nameBytes);
}

/** One resource's encoded size inside a response (its field 2 framing included). */
export function resourceWireBytes(typeUrl: string, name: string, r: VersionedResource): number {
  return fieldLen(
    resourceLen(Buffer.byteLength(name), Buffer.byteLength(r.version), Buffer.byteLength(typeUrl), r.bytes.length),
  );
}

class Out {
  pos = 0;
  constructor(readonly buf: Buffer) {}
  varint(n: number): void {
    let v = n;
    while (v >= 0x80) {
      this.buf[this.pos++] = (v & 0x7f) | 0x80;
      v = Math.floor(v / 128);
    }
    this.buf[this.pos++] = v;
  }
  tag(field: number): void {
    this.buf[this.pos++] = (field << 3) | 2; // every field written here is length-delimited
  }
  str(field: number, s: string, bytes = Buffer.byteLength(s)): void {
    this.tag(field);
    this.varint(bytes);
    this.pos += this.buf.write(s, this.pos, bytes, "utf8");
  }
  bytes(field: number, b: Uint8Array): void {
    this.tag(field);
    this.varint(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }
}

export interface ResponseParts {
  typeUrl: string;
  nonce: string;
  resources: ReadonlyArray<readonly [string, VersionedResource]>;
  removed: readonly string[];
}

/** The encoded DeltaDiscoveryResponse (system_version_info empty, as before). */
export function encodeResponse(p: ResponseParts): Buffer {
  const typeUrlBytes = Buffer.byteLength(p.typeUrl);
  const lens = new Array<[number, number, number]>(p.resources.length);
  let total = fieldLen(typeUrlBytes) + fieldLen(Buffer.byteLength(p.nonce));
  p.resources.forEach(([name, r], i) => {
    const nameBytes = Buffer.byteLength(name);
    const versionBytes = Buffer.byteLength(r.version);
    lens[i] = [nameBytes, versionBytes, resourceLen(nameBytes, versionBytes, typeUrlBytes, r.bytes.length)];
    total += fieldLen(lens[i][2]);
  });
  for (const name of p.removed) total += fieldLen(Buffer.byteLength(name));
  const out = new Out(Buffer.allocUnsafe(total));
  p.resources.forEach(([name, r], i) => {
    const [nameBytes, versionBytes, len] = lens[i] as [number, number, number];
    out.tag(2);
    out.varint(len);
    out.str(1, r.version, versionBytes);
    out.tag(2);
    out.varint(anyLen(typeUrlBytes, r.bytes.length));
    out.str(1, p.typeUrl, typeUrlBytes);
    out.bytes(2, r.bytes);
    out.str(3, name, nameBytes);
  });
  out.str(4, p.typeUrl, typeUrlBytes);
  out.str(5, p.nonce);
  for (const name of p.removed) out.str(6, name);
  if (out.pos !== total) throw new Error(`response encoder: wrote ${out.pos} of ${total} bytes`);
  return out.buf;
}

/**
 * Splits one push into responses of at most `maxBytes` each (a resource larger than that
 * goes alone): resources in order, the removals with the first response. Always at least
 * one part, so an empty push still answers.
 */
export function splitPush(
  typeUrl: string,
  resources: ReadonlyArray<readonly [string, VersionedResource]>,
  removed: readonly string[],
  maxBytes: number,
): Array<{ resources: Array<readonly [string, VersionedResource]>; removed: readonly string[] }> {
  const overhead = 256 + removed.reduce((a, n) => a + fieldLen(Buffer.byteLength(n)), 0);
  const parts: Array<{ resources: Array<readonly [string, VersionedResource]>; removed: readonly string[] }> = [
    { resources: [], removed },
  ];
  let used = overhead;
  for (const entry of resources) {
    const bytes = resourceWireBytes(typeUrl, entry[0], entry[1]);
    let last = parts[parts.length - 1]!;
    if (last.resources.length > 0 && used + bytes > maxBytes) {
      last = { resources: [], removed: [] };
      parts.push(last);
      used = 256;
    }
    last.resources.push(entry);
    used += bytes;
  }
  return parts;
}
