// Memory pressure on a node proxy whose workers have a small heap (NODE_OPTIONS
// --max-old-space-size=48 and a shed mark of 30 % of it): held connections fill the worker's
// heap past the mark, new connections are refused (SOCKS5 "no acceptable methods") and
// counted, every held connection keeps working, and once they close the proxy takes new
// connections again — it sheds work rather than dying, and does not shed for good.
import type { Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  closeServer,
  echoes,
  type LoopbackMesh,
  listen,
  metricSum,
  pipeServer,
  socksFromClient,
  startLoopbackMesh,
  until,
} from "../fixtures/proxy-harness.ts";

let mesh: LoopbackMesh;
let server: Awaited<ReturnType<typeof listen>>;
const sockets: Socket[] = [];

async function through(): Promise<Socket | undefined> {
  const s = await socksFromClient(mesh, { timeout: 3000 }).catch(() => undefined);
  if (s) sockets.push(s);
  return s;
}
const refusedForMemory = async () =>
  metricSum(await mesh.proxies["node-a"]!.metrics(), "ztunnel_ts_connections_refused_total", {
    reason: "memory-pressure",
  });

beforeAll(async () => {
  mesh = await startLoopbackMesh("127.64", {
    NODE_OPTIONS: "--max-old-space-size=48",
    ZTUNNEL_WORKER_THREADS: "1",
    ZTS_MEMORY_SHED_PERCENT: "30",
  });
  server = await listen(pipeServer(), mesh.addr.drain, 9000);
}, 40_000);

afterAll(async () => {
  for (const s of sockets) s.destroy();
  await closeServer(server);
  await mesh?.close();
});

describe("memory pressure on a node proxy", () => {
  it("sheds new connections past the mark, keeps the held ones, and takes new ones once memory is back", async () => {
    const held: Socket[] = [];
    let refused = 0;
    for (let i = 0; i < 200 && refused < 20; i++) {
      for (const s of await Promise.all(Array.from({ length: 25 }, () => through()))) {
        if (s) held.push(s);
        else refused++;
      }
    }
    console.log(`memory pressure: ${held.length} connections held, ${refused} refused`);
    expect(refused).toBeGreaterThanOrEqual(20);
    expect(await refusedForMemory()).toBeGreaterThan(0);
    expect(mesh.proxies["node-a"]!.child.exitCode).toBeNull();
    const sample = held.filter((_, i) => i % 10 === 0);
    const alive = await Promise.all(sample.map((s, i) => echoes(s, `held-${i}`)));
    expect(alive.every(Boolean)).toBe(true);
    for (const s of held) s.destroy();
    let back: Socket | undefined;
    await until(
      async () => {
        back = await through();
        return back !== undefined;
      },
      15_000,
      "a new connection after the held ones closed",
    );
    expect(back && (await echoes(back, "back"))).toBe(true);
  }, 90_000);
});
