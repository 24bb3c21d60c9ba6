// The admin port's debugging routes on a real node proxy, as an operator uses them:
// /debug/pprof/profile (one V8 .cpuprofile per thread, taken under load), /debug/pprof/heap
// (a thread's .heapsnapshot) and ztunnel's POST /quitquitquit (a graceful stop, exit 0).
import { createServer, type Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  closeServer,
  type LoopbackMesh,
  listen,
  PORTS,
  socksFromClient,
  startLoopbackMesh,
} from "../fixtures/proxy-harness.ts";

let mesh: LoopbackMesh;
let sink: Server;
const admin = (path: string, init?: RequestInit) => fetch(`http://${mesh.addr.nodeA}:${PORTS.admin}${path}`, init);

interface CpuProfile {
  nodes: { id: number; hitCount?: number; callFrame: { functionName: string; url: string } }[];
  samples: number[];
  startTime: number;
  endTime: number;
}

beforeAll(async () => {
  mesh = await startLoopbackMesh("127.57");
  // The drain pod swallows whatever it is sent: the load below is pure upload through both proxies.
  sink = await listen(
    createServer((s) => {
      s.on("error", () => s.destroy());
      s.resume();
    }),
    mesh.addr.drain,
    9000,
  );
}, 40_000);

afterAll(async () => {
  await closeServer(sink);
  await mesh?.close();
});

/** Uploads through SOCKS5 → HBONE for `ms`, as fast as the path takes it. */
async function load(ms: number): Promise<void> {
  const socket = await socksFromClient(mesh);
  const chunk = Buffer.alloc(256 * 1024, "x");
  const end = Date.now() + ms;
  await new Promise<void>((resolve) => {
    const pump = () => {
      while (Date.now() < end) if (!socket.write(chunk)) return void socket.once("drain", pump);
      socket.destroy();
      resolve();
    };
    pump();
  });
}

describe("/debug/pprof", () => {
  it("profile?seconds=2 under load: a .cpuprofile for main and every worker, with samples in the proxy's code", async () => {
    const [res] = await Promise.all([admin("/debug/pprof/profile?seconds=2"), load(2500)]);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, CpuProfile>;
    expect(Object.keys(body).sort()).toEqual(["main", "worker-0", "worker-1"]);
    for (const p of Object.values(body)) {
      expect(p.endTime - p.startTime).toBeGreaterThan(1_500_000); // µs
      expect(p.samples.length).toBeGreaterThan(0);
    }
    const proxyHits = (p: CpuProfile) =>
      p.nodes
        .filter((n) => /\/src\/(accept|decide|pick|connect|tunnel|copy|proxy|telemetry|worker)\//.test(n.callFrame.url))
        .reduce((a, n) => a + (n.hitCount ?? 0), 0);
    expect(Math.max(proxyHits(body["worker-0"]!), proxyHits(body["worker-1"]!))).toBeGreaterThan(0);
  }, 20_000);

  it("an out-of-range seconds is 400", async () => {
    expect((await admin("/debug/pprof/profile?seconds=0")).status).toBe(400);
    expect((await admin("/debug/pprof/profile?seconds=soon")).status).toBe(400);
    expect((await admin("/debug/pprof/profile?seconds=3600")).status).toBe(400);
  });

  it("heap?thread=worker-0 is a .heapsnapshot of that thread; an unknown thread is 404", async () => {
    const res = await admin("/debug/pprof/heap?thread=worker-0");
    expect(res.status).toBe(200);
    const snap = (await res.json()) as { snapshot: { meta: { node_fields: string[] }; node_count: number } };
    expect(snap.snapshot.meta.node_fields).toContain("name");
    expect(snap.snapshot.node_count).toBeGreaterThan(1000);
    expect((await admin("/debug/pprof/heap?thread=worker-9")).status).toBe(404);
  }, 30_000);
});

describe("POST /quitquitquit", () => {
  it("a GET changes nothing; a POST answers 'shutdown now' and the proxy exits 0", async () => {
    expect((await admin("/quitquitquit")).status).toBe(405);
    const child = mesh.proxies["node-a"]!.child;
    const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
    const res = await admin("/quitquitquit", { method: "POST" });
    expect([res.status, await res.text()]).toEqual([200, "shutdown now\n"]);
    expect(await exited).toBe(0);
  }, 15_000);
});
