// The native HBONE server (src/tunnel/native-server.ts over native/src/hbone.cc) on what only
// it does: TLS alerts from inside the handshake (openssl s_client as the peer), the libraries
// it runs with, live byte counts and GOAWAY drain. The rest of the HBONE server tests run on
// it too (vitest project "hbone-native": ZTS_HBONE_DATAPATH=native).
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http2 from "node:http2";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import tls from "node:tls";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadAddon } from "../../src/balance/addon.ts";
import type { WorkloadCert } from "../../src/identity/workload-cert.ts";
import { createHboneClient, type HboneClient } from "../../src/tunnel/client.ts";
import type { TunnelTracker } from "../../src/tunnel/server.ts";
import { createLocalCa, echoServer, issue, type NodeProxy, sid, startNode, until } from "../fixtures/hbone-mesh.ts";

const POD = "127.0.47.11";
/** A second node whose handshake timeout is short. */
const SLOW_POD = "127.0.47.12";
let slowNode: NodeProxy;
let resetter: net.Server;
const addon = loadAddon();
let node: NodeProxy;
let echo: net.Server;
let dir: string;
let podCert: WorkloadCert;
let clientCert: WorkloadCert;
let foreignCert: WorkloadCert;
let client: HboneClient;
const bytes = { sent: 0, received: 0, ended: 0 };

const hasOpenssl = (() => {
  try {
    execFileSync("openssl", ["version"]);
    return true;
  } catch {
    return false;
  }
})();

beforeAll(async () => {
  const ca = await createLocalCa({ trustDomain: "cluster.local" });
  const foreign = await createLocalCa({ trustDomain: "cluster.local" });
  podCert = await issue(ca, sid("default", "echo"));
  clientCert = await issue(ca, sid("default", "client"));
  foreignCert = await issue(foreign, sid("default", "client"));
  echo = await echoServer(POD, 8080);
  const track = (): TunnelTracker => ({
    onBytes: (d, n) => {
      bytes[d] += n;
    },
    end: () => {
      bytes.ended++;
    },
  });
  node = await startNode([{ ip: POD, cert: podCert }], { track }, 15008, "native");
  slowNode = await startNode([{ ip: SLOW_POD, cert: podCert }], { handshakeTimeoutMs: 300 }, 15008, "native");
  // A workload that resets its connection on the first byte.
  resetter = net.createServer((c) => {
    c.on("error", () => {});
    c.once("data", () => c.resetAndDestroy());
  });
  await new Promise<void>((r) => resetter.listen(8081, POD, () => r()));
  client = createHboneClient({ certFor: () => clientCert });
  dir = mkdtempSync(join(tmpdir(), "zts-hbone-native-"));
  for (const [name, c] of [
    ["good", clientCert],
    ["foreign", foreignCert],
  ] as const) {
    writeFileSync(join(dir, `${name}.pem`), c.chainPem.join(""));
    writeFileSync(join(dir, `${name}.key`), c.keyPem ?? "");
  }
  writeFileSync(join(dir, "ca.pem"), podCert.rootsPem.join(""));
});

afterAll(async () => {
  client?.close();
  await node?.close();
  await slowNode?.close();
  echo?.close();
  resetter?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const toPod = () => ({
  srcIdentity: clientCert.identity,
  dstIdentities: [podCert.identity],
  dstAddr: { host: POD, port: 15008 },
  srcIp: "127.0.0.1",
  authority: `${POD}:8080`,
});

/** openssl s_client against the server: its whole output once it exits (the server closes). */
function sClient(args: string[], alpn = "h2"): Promise<string> {
  return new Promise((resolve) => {
    const p = spawn(
      "openssl",
      ["s_client", "-connect", `${POD}:15008`, "-tls1_3", "-alpn", alpn, "-CAfile", join(dir, "ca.pem"), ...args],
      { stdio: ["pipe", "pipe", "pipe"] },
    );
    let out = "";
    let bye: NodeJS.Timeout | undefined;
    p.stdout.on("data", (c: Buffer) => {
      out += c.toString();
      // A completed handshake (on the client's side; in TLS 1.3 the server judges the client's
      // certificate after that): say goodbye (EOF on stdin) so s_client closes — 500 ms later,
      // so that the server's answer (an alert) is read first; s_client at EOF on stdin quits
      // without reading the socket, and once (CI, 2026-12-07) the EOF won that race.
      if (bye === undefined && /ALPN protocol: h2/.test(out)) bye = setTimeout(() => p.stdin.end(), 500);
    });
    p.stderr.on("data", (c: Buffer) => {
      out += c.toString();
    });
    // stdin stays open: s_client reads the server's answer (the alert) instead of quitting.
    const timer = setTimeout(() => p.kill(), 5000);
    p.on("close", () => {
      clearTimeout(timer);
      clearTimeout(bye);
      p.stdin.destroy();
      resolve(out);
    });
  });
}

/** HTTP/2 frames in a byte stream: type, flags, stream, payload. */
function frames(b: Buffer): { type: number; stream: number; payload: Buffer }[] {
  const out: { type: number; stream: number; payload: Buffer }[] = [];
  for (let o = 0; o + 9 <= b.length; ) {
    const len = b.readUIntBE(o, 3);
    out.push({ type: b[o + 3]!, stream: b.readUInt32BE(o + 5) & 0x7fffffff, payload: b.subarray(o + 9, o + 9 + len) });
    o += 9 + len;
  }
  return out;
}

const waitSocketEnd = (s: NodeJS.ReadableStream) => new Promise<void>((r) => s.once("end", () => r()));

function readSome(s: NodeJS.ReadableStream, n: number): Promise<Buffer> {
  return new Promise((resolve) => {
    const got: Buffer[] = [];
    let len = 0;
    const on = (c: Buffer) => {
      got.push(c);
      len += c.length;
      if (len >= n) {
        s.off("data", on);
        resolve(Buffer.concat(got));
      }
    };
    s.on("data", on);
  });
}

describe("native HBONE server", () => {
  it("runs on Node's own nghttp2 and OpenSSL (built against Debian's nghttp2 header, nothing linked)", () => {
    const v = addon.hboneVersions?.();
    expect(v?.nghttp2InNode).toBe(true);
    expect(v?.opensslInNode).toBe(true);
    expect(v?.openssl).toContain(process.versions.openssl);
    // ABI: the header is 1.x and not newer than the library that runs.
    const [hMaj, hMin] = (v?.nghttp2Header ?? "0.0").split(".").map(Number);
    const [rMaj, rMin] = (process.versions.nghttp2 ?? "0.0").split(".").map(Number);
    expect(hMaj).toBe(1);
    expect(rMaj).toBe(1);
    expect(hMin!).toBeLessThanOrEqual(rMin!);
  });

  it.skipIf(!hasOpenssl)("sends a TLS alert (unknown ca) to a client certificate of another CA", async () => {
    const before = node.server.stats().refused["tls-handshake"];
    const out = await sClient(["-cert", join(dir, "foreign.pem"), "-key", join(dir, "foreign.key")]);
    expect(out).toMatch(/alert unknown ca/);
    await until(() => node.server.stats().refused["tls-handshake"] === before + 1);
  });

  it.skipIf(!hasOpenssl)("sends a TLS alert (certificate required) to a client without a certificate", async () => {
    const out = await sClient([]);
    expect(out).toMatch(/alert certificate required/);
  });

  it.skipIf(!hasOpenssl)("completes the handshake for a client certificate of the mesh CA", async () => {
    const out = await sClient(["-cert", join(dir, "good.pem"), "-key", join(dir, "good.key")]);
    expect(out).toMatch(/ALPN protocol: h2/);
    expect(out).not.toMatch(/alert/);
  });

  it.skipIf(!hasOpenssl)(
    "sends a TLS alert (no application protocol) to a client offering ALPN without h2",
    async () => {
      const out = await sClient(["-cert", join(dir, "good.pem"), "-key", join(dir, "good.key")], "http/1.1");
      expect(out).toMatch(/alert no application protocol/);
    },
  );

  it("resets a request whose header block has more than 64 fields; the session serves on", async () => {
    const s = http2.connect(`https://${POD}:15008`, {
      key: clientCert.keyPem,
      cert: clientCert.chainPem.join(""),
      ca: clientCert.rootsPem,
      checkServerIdentity: () => undefined,
    });
    s.on("error", () => {});
    try {
      const extra: Record<string, string> = {};
      for (let i = 0; i < 70; i++) extra[`x-h${i}`] = "v";
      const big = s.request({ ":method": "CONNECT", ":authority": `${POD}:8080`, ...extra }, { endStream: false });
      const code = await new Promise<number>((resolve) => {
        big.on("error", () => {});
        big.on("response", () => resolve(-1));
        big.on("close", () => resolve(big.rstCode ?? -2));
      });
      expect(code).toBe(http2.constants.NGHTTP2_INTERNAL_ERROR);
      const ok = s.request({ ":method": "CONNECT", ":authority": `${POD}:8080` }, { endStream: false });
      const status = await new Promise<number>((resolve) => ok.on("response", (h) => resolve(Number(h[":status"]))));
      expect(status).toBe(200);
      ok.close();
    } finally {
      s.destroy();
    }
  });

  it("reports a tunnel's bytes while it is still open", async () => {
    const s = await client.connect(toPod());
    const start = { ...bytes };
    s.write(Buffer.alloc(256 << 10, 1));
    await readSome(s, 256 << 10);
    // Byte events come every 500 ms while bytes move, not only at the end.
    await until(() => bytes.sent - start.sent >= 256 << 10 && bytes.received - start.received >= 256 << 10, 3000);
    expect(bytes.ended).toBe(start.ended);
    // The gauge behind ztunnel_ts_native_hbone_streams: this tunnel, then none.
    expect(addon.hboneStreams?.()).toBe(1);
    s.end();
    await waitSocketEnd(s);
    await until(() => bytes.ended === start.ended + 1);
    await until(() => addon.hboneStreams?.() === 0);
  });

  it("answers a protocol error (DATA on stream 0) with GOAWAY(PROTOCOL_ERROR) and ends the session", async () => {
    const t = tls.connect({
      host: POD,
      port: 15008,
      key: clientCert.keyPem,
      cert: clientCert.chainPem.join(""),
      ca: clientCert.rootsPem,
      ALPNProtocols: ["h2"],
      checkServerIdentity: () => undefined,
    });
    const got: Buffer[] = [];
    t.on("data", (c: Buffer) => got.push(c));
    t.on("error", () => {});
    await new Promise<void>((r) => t.once("secureConnect", () => r()));
    const preface = Buffer.from("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");
    const settings = Buffer.from([0, 0, 0, 4, 0, 0, 0, 0, 0]);
    const dataOnZero = Buffer.from([0, 0, 1, 0, 0, 0, 0, 0, 0, 0x41]);
    t.write(Buffer.concat([preface, settings, dataOnZero]));
    await new Promise<void>((r) => t.once("close", () => r()));
    const goaway = frames(Buffer.concat(got)).find((f) => f.type === 7);
    expect(goaway?.stream).toBe(0);
    expect(goaway?.payload.readUInt32BE(4)).toBe(1); // PROTOCOL_ERROR
  });

  it("resets the stream (RST_STREAM) when the workload resets its connection", async () => {
    const s = await client.connect({ ...toPod(), authority: `${POD}:8081` });
    const outcome = new Promise<string>((resolve) => {
      s.on("error", (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
      s.on("end", () => resolve("end"));
      s.resume();
    });
    s.write("x");
    expect(await outcome).toMatch(/ERR_HTTP2_STREAM_ERROR|RST|reset/i);
  });

  it("ends a connection that never completes its handshake after the timeout, counted", async () => {
    const before = slowNode.server.stats().refused["tls-handshake"];
    const c = net.connect({ host: SLOW_POD, port: 15008 });
    c.on("error", () => {});
    const t0 = Date.now();
    await new Promise<void>((r) => c.once("close", () => r()));
    expect(Date.now() - t0).toBeLessThan(2000);
    await until(() => slowNode.server.stats().refused["tls-handshake"] === before + 1);
  });

  it("drains with GOAWAY: the open tunnel runs on, new tunnels go to a new session, the old one ends after", async () => {
    // Only this test's sessions from here on: the shared client's pooled one goes.
    client.close();
    await until(() => (addon.hboneCount?.() ?? 0) === 0, 3000);
    const c = createHboneClient({ certFor: () => clientCert });
    try {
      const s1 = await c.connect(toPod());
      s1.write("a");
      expect((await readSome(s1, 1)).toString()).toBe("a");
      const sessionsBefore = node.server.stats().sessions;
      const liveBefore = addon.hboneCount?.() ?? 0;
      node.server.drain();
      await new Promise((r) => setTimeout(r, 100));
      s1.write("b");
      expect((await readSome(s1, 1)).toString()).toBe("b");
      const s2 = await c.connect(toPod());
      expect(node.server.stats().sessions).toBe(sessionsBefore + 1);
      s2.write("c");
      expect((await readSome(s2, 1)).toString()).toBe("c");
      s1.end();
      await waitSocketEnd(s1);
      // The drained session ends once its last stream did; the new one stays.
      await until(() => (addon.hboneCount?.() ?? 0) === liveBefore, 3000);
      s2.end();
      await waitSocketEnd(s2);
    } finally {
      c.close();
    }
  });
});
