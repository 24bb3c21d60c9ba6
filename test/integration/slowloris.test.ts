// Slowloris against every listener of a real node proxy: 100 idle sockets on each (SOCKS5,
// the pods' HBONE port, admin, stats, readiness) while a client is served normally, and a
// SOCKS5 greeting trickled one byte a second is cut at the front end's 10 s greeting limit.
import { connect, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  closeServer,
  type LoopbackMesh,
  listen,
  PORTS,
  pipeServer,
  socksFromClient,
  startLoopbackMesh,
} from "../fixtures/proxy-harness.ts";

let mesh: LoopbackMesh;
let server: Server;
const idle: Socket[] = [];

function open(host: string, port: number): Promise<Socket> {
  return new Promise((resolve) => {
    const s = connect({ host, port });
    s.on("error", () => {});
    s.once("connect", () => resolve(s));
    s.once("close", () => resolve(s));
  });
}

beforeAll(async () => {
  mesh = await startLoopbackMesh("127.61");
  server = await listen(pipeServer(), mesh.addr.drain, 9000);
}, 40_000);

afterAll(async () => {
  for (const s of idle) s.destroy();
  await closeServer(server);
  await mesh?.close();
});

describe("slowloris on every listener", () => {
  it("with 100 idle sockets on each listener, a client is still served at once", async () => {
    const targets: [string, number][] = [
      [mesh.addr.nodeA, PORTS.socks5],
      [mesh.addr.drain, 15008],
      [mesh.addr.nodeA, PORTS.admin],
      [mesh.addr.nodeA, PORTS.stats],
      [mesh.addr.nodeA, PORTS.ready],
    ];
    for (const [h, p] of targets) idle.push(...(await Promise.all(Array.from({ length: 100 }, () => open(h, p)))));
    const t0 = Date.now();
    const socket = await socksFromClient(mesh);
    socket.write("still here");
    const got = await new Promise<string>((r) => socket.once("data", (d) => r(d.toString())));
    socket.destroy();
    expect(got).toBe("still here");
    expect(Date.now() - t0).toBeLessThan(2000);
    expect((await fetch(`http://${mesh.addr.nodeA}:${PORTS.ready}/healthz/ready`)).status).toBe(200);
    expect((await fetch(`http://${mesh.addr.nodeA}:${PORTS.stats}/metrics`)).status).toBe(200);
  });

  it("a SOCKS5 greeting trickled a byte a second is closed at the 10 s greeting limit", async () => {
    const s = await open(mesh.addr.nodeA, PORTS.socks5);
    const bytes = [5, 1, 0, 5, 1, 0, 1, 127, 0, 0, 1, 0, 80];
    let i = 0;
    const t0 = Date.now();
    const trickle = setInterval(() => {
      if (i < bytes.length && !s.destroyed) s.write(Buffer.from([bytes[i++]!]));
    }, 1000);
    const closedAfter = await new Promise<number>((r) => s.once("close", () => r(Date.now() - t0)));
    clearInterval(trickle);
    expect(closedAfter).toBeGreaterThan(9000);
    expect(closedAfter).toBeLessThan(12_000);
  }, 20_000);
});
