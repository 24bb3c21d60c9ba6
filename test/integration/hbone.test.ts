import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import type net from "node:net";
import { createInterface } from "node:readline";
import tls from "node:tls";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WorkloadCert } from "../../src/identity/workload-cert.ts";
import type { HboneClient } from "../../src/tunnel/client.ts";
import {
  createLocalCa,
  echoServer,
  hboneClient,
  issue,
  type NodeProxy,
  roundTrip,
  sha256,
  sid,
  startNode,
} from "../fixtures/hbone-mesh.ts";

// Node A owns pod 127.0.2.11, node B owns pod 127.0.3.11; each pod runs an echo on :8080.
const A = "127.0.2.11";
const B = "127.0.3.11";
let nodeA: NodeProxy;
let nodeB: NodeProxy;
let certA: WorkloadCert;
let certB: WorkloadCert;
const echoes: net.Server[] = [];
let clientA: HboneClient;

beforeAll(async () => {
  const ca = await createLocalCa({ trustDomain: "cluster.local" });
  certA = await issue(ca, sid("default", "client"));
  certB = await issue(ca, sid("default", "server"));
  echoes.push(await echoServer(A, 8080), await echoServer(B, 8080));
  nodeA = await startNode([{ ip: A, cert: certA }]);
  nodeB = await startNode([{ ip: B, cert: certB }]);
  clientA = hboneClient({ certFor: (id) => (id === certA.identity ? certA : undefined) });
});

afterAll(async () => {
  clientA.close();
  await nodeA.close();
  await nodeB.close();
  for (const e of echoes) e.close();
});

const toB = (extra: Partial<Parameters<HboneClient["connect"]>[0]> = {}) => ({
  srcIdentity: certA.identity,
  dstIdentities: [certB.identity],
  dstAddr: { host: B, port: 15008 },
  srcIp: A,
  authority: `${B}:8080`,
  ...extra,
});

describe("HBONE between two node proxies on loopback", () => {
  it("moves 64 MiB intact both ways with half-close honoured", async () => {
    const payload = randomBytes(64 << 20);
    const t0 = performance.now();
    const s = await clientA.connect(toB());
    const back = await roundTrip(s, payload);
    const ms = performance.now() - t0;
    expect(back.length).toBe(payload.length);
    expect(sha256(back)).toBe(sha256(payload));
    console.log(
      `64 MiB echo through HBONE: ${ms.toFixed(0)} ms, ${((2 * 64 * 8) / (ms / 1000) / 1024).toFixed(2)} Gbit/s (both directions)`,
    );
  }, 20_000);

  it("delivers every byte to a workload that ended its side first and reads slowly", async () => {
    // The workload (python: a 4 KiB receive buffer, so the kernel holds little) writes, ends
    // its side at once and reads only after a second: both END_STREAMs are exchanged while
    // megabytes still wait in the proxy for it, and the stream must not cut them off.
    const total = 6 << 20;
    const py = spawn("python3", [
      "-c",
      `import socket,sys,time
s=socket.socket(); s.setsockopt(socket.SOL_SOCKET,socket.SO_REUSEADDR,1)
s.setsockopt(socket.SOL_SOCKET,socket.SO_RCVBUF,4096); s.bind(("${B}",8081)); s.listen(1)
print("ready",flush=True); c,_=s.accept(); c.sendall(b"hello"); c.shutdown(socket.SHUT_WR)
time.sleep(1); n=0
while True:
  d=c.recv(65536)
  if not d: break
  n+=len(d)
print(n,flush=True)`,
    ]);
    const lines = createInterface({ input: py.stdout })[Symbol.asyncIterator]();
    try {
      expect((await lines.next()).value).toBe("ready");
      const s = await clientA.connect(toB({ authority: `${B}:8081` }));
      const first = await new Promise<string>((resolve) => {
        let got = "";
        s.on("data", (d: Buffer) => {
          got += d.toString();
        });
        s.once("end", () => resolve(got));
      });
      expect(first).toBe("hello");
      s.end(randomBytes(total));
      expect(Number((await lines.next()).value)).toBe(total);
      s.destroy();
    } finally {
      py.kill();
    }
  }, 20_000);

  it("keeps the reverse direction open after the client half-closes", async () => {
    const s = await clientA.connect(toB());
    s.end(Buffer.from("ping"));
    const got: Buffer[] = [];
    await new Promise<void>((resolve) => {
      s.on("data", (c: Buffer) => got.push(c));
      s.on("end", () => resolve());
    });
    expect(Buffer.concat(got).toString()).toBe("ping");
  });

  it("shares 2 pooled connections among 200 parallel streams (100 each)", async () => {
    const client = hboneClient({ certFor: () => certA, maxStreamsPerConnection: 100 });
    const before = nodeB.server.stats().sessions;
    const streams = await Promise.all(Array.from({ length: 200 }, () => client.connect(toB())));
    const st = client.stats();
    expect(st.sessionsOpened).toBe(2);
    expect(st.sessions.flatMap((s) => s.streams).sort()).toEqual([100, 100]);
    expect(nodeB.server.stats().sessions - before).toBe(2);
    const outs = await Promise.all(streams.map((s, i) => roundTrip(s, Buffer.from(`m${i}`))));
    expect(outs.map((o) => o.toString())).toEqual(streams.map((_, i) => `m${i}`));
    client.close();
  }, 20_000);

  it("opens a new connection for another pool key (source IP)", async () => {
    const client = hboneClient({ certFor: () => certA });
    await roundTrip(await client.connect(toB()), Buffer.from("x"));
    await roundTrip(await client.connect(toB({ srcIp: "127.0.2.12" })), Buffer.from("x"));
    expect(client.stats().sessionsOpened).toBe(2);
    client.close();
  });

  it("releases idle pooled connections after the unused timeout", async () => {
    const client = hboneClient({ certFor: () => certA, idleReleaseMs: 100 });
    await roundTrip(await client.connect(toB()), Buffer.from("x"));
    await new Promise((r) => setTimeout(r, 50));
    expect(client.stats().sessions.length).toBe(1);
    await new Promise((r) => setTimeout(r, 250));
    expect(client.stats().sessions.length).toBe(0);
    client.close();
  });

  it("works in the other direction (node B pod → node A pod)", async () => {
    const client = hboneClient({ certFor: () => certB });
    const s = await client.connect({
      srcIdentity: certB.identity,
      dstIdentities: [certA.identity],
      dstAddr: { host: A, port: 15008 },
      srcIp: B,
      authority: `${A}:8080`,
    });
    expect((await roundTrip(s, Buffer.from("hi A"))).toString()).toBe("hi A");
    client.close();
  });

  it("sends no SNI, offers ALPN h2 and TLS 1.3", async () => {
    const seen = await new Promise<{ servername: unknown; alpn: unknown; proto: unknown }>((resolve, reject) => {
      const srv = tls.createServer({ key: certB.keyPem, cert: certB.chainPem.join(""), ALPNProtocols: ["h2"] }, (s) => {
        resolve({ servername: s.servername, alpn: s.alpnProtocol, proto: s.getProtocol() });
        s.destroy();
        srv.close();
      });
      srv.listen(15008, "127.0.4.11", async () => {
        const c = hboneClient({ certFor: () => certA });
        await c.connect(toB({ dstAddr: { host: "127.0.4.11", port: 15008 } })).catch(() => {});
        c.close();
      });
      srv.on("error", reject);
    });
    expect(seen).toEqual({ servername: false, alpn: "h2", proto: "TLSv1.3" });
  });
});
