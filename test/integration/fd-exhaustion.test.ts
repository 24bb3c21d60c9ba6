// File descriptors run out on a node proxy (`prlimit --nofile=200` on node-a): it refuses
// what it cannot hold, keeps every connection it already holds, and serves again once
// descriptors are free — no crash, no lost held connection.
import { execFileSync } from "node:child_process";
import type { Server, Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  closeServer,
  echoes,
  type LoopbackMesh,
  listen,
  pipeServer,
  socksFromClient,
  startLoopbackMesh,
} from "../fixtures/proxy-harness.ts";

const hasPrlimit = (() => {
  try {
    execFileSync("prlimit", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();
if (!hasPrlimit) console.log("skipping fd exhaustion: prlimit (util-linux) missing");

let mesh: LoopbackMesh;
let server: Server;
const sockets: Socket[] = [];

async function through(timeout = 3000): Promise<Socket | undefined> {
  const s = await socksFromClient(mesh, { timeout }).catch(() => undefined);
  if (s) sockets.push(s);
  return s;
}

beforeAll(async () => {
  if (!hasPrlimit) return;
  mesh = await startLoopbackMesh("127.62", {}, { "node-a": ["prlimit", "--nofile=200:200"] });
  server = await listen(pipeServer(), mesh.addr.drain, 9000);
}, 40_000);

afterAll(async () => {
  for (const s of sockets) s.destroy();
  await closeServer(server);
  await mesh?.close();
});

describe.skipIf(!hasPrlimit)("fd exhaustion on a node proxy", () => {
  it("held connections live through it, the excess is refused, and service comes back", async () => {
    const held: Socket[] = [];
    for (let i = 0; i < 60; i++) {
      const s = await through();
      if (s) held.push(s);
    }
    expect(held.length).toBe(60);
    // Past the limit: these cannot all be held.
    const extra = await Promise.all(Array.from({ length: 200 }, () => through(2000)));
    const refused = extra.filter((s) => !s).length;
    expect(refused).toBeGreaterThan(0);
    expect(mesh.proxies["node-a"]!.child.exitCode).toBeNull();
    // Every connection held before still carries bytes both ways.
    const alive = await Promise.all(held.map((s, i) => echoes(s, `held-${i}`)));
    expect(alive.filter(Boolean).length).toBe(60);
    // Free the excess: new connections are served again.
    for (const s of extra) s?.destroy();
    await new Promise((r) => setTimeout(r, 500));
    const again = await through();
    expect(again && (await echoes(again, "back"))).toBe(true);
  }, 60_000);
});
