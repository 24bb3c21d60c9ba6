// DNS wire format for the proxy, through dns-packet: reading a client's query (with the
// limits a public-facing parser needs) and writing answers, error replies and truncated
// UDP replies. Nothing here does I/O.
import packet from "dns-packet";
import type { DnsRecord } from "./lookup.ts";

// RFC 1035 header bits (flags word without QR) and codes used here.
const AA = 1 << 10;
const TC = 1 << 9;
const RD = 1 << 8;
const RA = 1 << 7;
const CD = 1 << 4;
export const RCODE = { NOERROR: 0, FORMERR: 1, SERVFAIL: 2, NXDOMAIN: 3, NOTIMP: 4, REFUSED: 5 } as const;
export type Rcode = (typeof RCODE)[keyof typeof RCODE];

/** Smallest UDP answer every client takes (RFC 1035); EDNS can raise it. */
export const MIN_UDP_SIZE = 512;

export interface Query {
  id: number;
  /** The client's flags word (RD, CD are echoed). */
  flags: number;
  name: string;
  /** "A", "AAAA", "MX", … (dns-packet's spelling; UNKNOWN_<n> for others). */
  type: string;
  class: string;
  /** Largest UDP reply the client takes: max(512, EDNS payload size). */
  udpSize: number;
  /** The client's EDNS (OPT) record, when it sent one: echoed in our answers. */
  edns?: { udpPayloadSize: number; version: number; dnssecOk: boolean };
}

export type ParseResult =
  | { ok: true; query: Query }
  /** reply: what to send back (FORMERR / NOTIMP), or undefined to drop the datagram silently. */
  | { ok: false; reason: string; reply?: Buffer };

const DO_BIT = 1 << 15;

/**
 * Reads one query. Under 12 bytes (no header to answer to) → drop; a response sent as a
 * query, an undecodable body (truncated records, forward or looping compression
 * pointers — dns-packet only follows pointers backwards), or other than one question →
 * FORMERR; an opcode other than QUERY → NOTIMP (as ztunnel's handler.rs).
 */
export function parseQuery(buf: Buffer): ParseResult {
  if (buf.length < 12) return { ok: false, reason: "short header" };
  const id = buf.readUInt16BE(0);
  const word = buf.readUInt16BE(2);
  const flags = word & 0x7fff;
  const opcode = (word >> 11) & 0xf;
  if (word & 0x8000) return { ok: false, reason: "response as query", reply: errorReply(id, flags, RCODE.FORMERR) };
  if (opcode !== 0) return { ok: false, reason: "opcode", reply: errorReply(id, flags, RCODE.NOTIMP) };
  const qdcount = buf.readUInt16BE(4);
  if (qdcount !== 1) {
    return { ok: false, reason: `${qdcount} questions`, reply: errorReply(id, flags, RCODE.FORMERR) };
  }
  let decoded: packet.Packet;
  try {
    decoded = packet.decode(buf);
  } catch (err) {
    return { ok: false, reason: `malformed: ${(err as Error).message}`, reply: errorReply(id, flags, RCODE.FORMERR) };
  }
  const q = decoded.questions?.[0];
  if (!q) return { ok: false, reason: "no question", reply: errorReply(id, flags, RCODE.FORMERR) };
  const opt = decoded.additionals?.find((a) => a.type === "OPT") as packet.OptAnswer | undefined;
  const query: Query = {
    id,
    flags,
    name: q.name,
    type: q.type,
    class: q.class ?? "IN",
    udpSize: MIN_UDP_SIZE,
  };
  if (opt) {
    const size = opt.udpPayloadSize ?? MIN_UDP_SIZE;
    query.udpSize = Math.max(MIN_UDP_SIZE, size);
    query.edns = {
      udpPayloadSize: query.udpSize,
      version: (opt as { ednsVersion?: number }).ednsVersion ?? 0,
      dnssecOk: ((opt.flags ?? 0) & DO_BIT) !== 0,
    };
  }
  return { ok: true, query };
}

/** Header-only error reply (no question: the body could not be trusted). */
export function errorReply(id: number, clientFlags: number, rcode: Rcode): Buffer {
  return packet.encode({ id, type: "response", flags: (clientFlags & RD) | RA | rcode, questions: [] });
}

function optRecord(q: Query): packet.Answer[] {
  if (!q.edns) return [];
  return [
    {
      type: "OPT",
      name: ".",
      udpPayloadSize: q.edns.udpPayloadSize,
      flags: q.edns.dnssecOk ? DO_BIT : 0,
      ednsVersion: q.edns.version,
    } as packet.Answer,
  ];
}

const question = (q: Query): packet.Question => ({ name: q.name, type: q.type, class: q.class }) as packet.Question;

/**
 * A reply to `q` (with its question and, if the client sent EDNS, an OPT record):
 * authoritative answers from the mesh, or an error with no records.
 */
export function reply(q: Query, opts: { rcode?: Rcode; answers?: DnsRecord[]; authoritative?: boolean }): Buffer {
  const flags = (q.flags & (RD | CD)) | RA | (opts.authoritative ? AA : 0) | (opts.rcode ?? RCODE.NOERROR);
  return packet.encode({
    id: q.id,
    type: "response",
    flags,
    questions: [question(q)],
    answers: (opts.answers ?? []) as packet.Answer[],
    additionals: optRecord(q),
  });
}

/** The response's id replaced (forwarded answers go back under the client's id). */
export function withId(msg: Buffer, id: number): Buffer {
  const out = Buffer.from(msg);
  out.writeUInt16BE(id, 0);
  return out;
}

/** A forwarded answer is never authoritative from the proxy (ztunnel answers it so): AA cleared. */
export function notAuthoritative(msg: Buffer): Buffer {
  if (msg.length < 4 || (msg.readUInt16BE(2) & AA) === 0) return msg;
  const out = Buffer.from(msg);
  out.writeUInt16BE(out.readUInt16BE(2) & ~AA, 2);
  return out;
}

/** The response code of an encoded message (low 4 bits of the flags word). */
export const rcodeOf = (msg: Buffer): number => (msg.length >= 4 ? msg.readUInt16BE(2) & 0xf : -1);
export const isTruncated = (msg: Buffer): boolean => msg.length >= 4 && (msg.readUInt16BE(2) & TC) !== 0;
/** Answer records in an encoded message (ANCOUNT). */
export const answerCount = (msg: Buffer): number => (msg.length >= 12 ? msg.readUInt16BE(6) : 0);

/**
 * Fits a reply into the client's UDP size: unchanged when it fits, else TC set with as many
 * answer records as fit (authority and additional records dropped, the OPT kept), as
 * hickory's encoder does for ztunnel. An undecodable reply shrinks to its header + TC.
 */
export function fitUdp(msg: Buffer, limit: number): Buffer {
  if (msg.length <= limit) return msg;
  let decoded: packet.Packet;
  try {
    decoded = packet.decode(msg);
  } catch {
    const head = Buffer.from(msg.subarray(0, 12));
    head.writeUInt16BE(head.readUInt16BE(2) | TC, 2);
    head.fill(0, 4, 12);
    return head;
  }
  const answers = decoded.answers ?? [];
  const opt = (decoded.additionals ?? []).filter((a) => a.type === "OPT");
  const encode = (n: number) =>
    packet.encode({
      id: decoded.id,
      type: "response",
      flags: (decoded.flags ?? 0) | TC,
      questions: decoded.questions ?? [],
      answers: answers.slice(0, n),
      additionals: opt,
    });
  // Largest answer count that fits: binary search over the prefix length.
  let lo = 0;
  let hi = answers.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (encode(mid).length <= limit) lo = mid;
    else hi = mid - 1;
  }
  return encode(lo);
}
