// Stream limits of the HBONE server against an independent, hostile h2 client (python3 ssl +
// h2) that ignores SETTINGS_MAX_CONCURRENT_STREAMS: ztunnel's 200 streams per connection is
// advertised and enforced (REFUSED_STREAM before the client acknowledged it, the connection
// ended after), and a per-identity cap over all connections refuses the excess with
// REFUSED_STREAM (7) while other identities are still served.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { WorkloadCert } from "../../src/identity/workload-cert.ts";
import { createPeerStreams } from "../../src/tunnel/peer-streams.ts";
import { defaultInboundDial } from "../../src/tunnel/server-common.ts";
import { createLocalCa, echoServer, issue, type NodeProxy, sid, startNode } from "../fixtures/hbone-mesh.ts";

const PY = "/usr/bin/python3";
const hasH2 = await new Promise<boolean>((r) =>
  existsSync(PY) ? execFile(PY, ["-c", "import h2"], (e) => r(!e)) : r(false),
);
if (!hasH2)
  console.log("skipping HBONE stream limits: /usr/bin/python3 with h2 missing (apt-get install -y python3-h2)");

const POD = "127.0.22.11";
const REFUSED = "reset:7";
let echo: net.Server;
let dir: string;
let podCert: WorkloadCert;
let node: NodeProxy | undefined;
let ca: Awaited<ReturnType<typeof createLocalCa>>;

async function writePeer(name: string): Promise<void> {
  const c = await issue(ca, sid("default", name));
  writeFileSync(join(dir, `${name}.pem`), c.chainPem.join(""));
  writeFileSync(join(dir, `${name}.key`), c.keyPem);
}

beforeAll(async () => {
  ca = await createLocalCa({ trustDomain: "cluster.local" });
  podCert = await issue(ca, sid("default", "echo"));
  echo = await echoServer(POD, 8080);
  dir = mkdtempSync(join(tmpdir(), "zts-limits-"));
  writeFileSync(join(dir, "ca.pem"), podCert.rootsPem.join(""));
  await writePeer("greedy");
  await writePeer("modest");
});
afterEach(async () => {
  await node?.close();
  node = undefined;
});
afterAll(() => {
  echo?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Outcome {
  maxConcurrentStreams: number | null;
  results: (number | string)[][];
}
const runPeer = (peer: string, connections: number, streams: number, env: Record<string, string> = {}) =>
  new Promise<Outcome>((resolve, reject) => {
    execFile(
      PY,
      [
        new URL("../fixtures/hbone_streams.py", import.meta.url).pathname,
        POD,
        "15008",
        join(dir, `${peer}.pem`),
        join(dir, `${peer}.key`),
        join(dir, "ca.pem"),
        `${POD}:8080`,
        String(connections),
        String(streams),
      ],
      { timeout: 20_000, env: { ...process.env, ...env } },
      (err, stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(JSON.parse(stdout))),
    );
  });
const count = (r: (number | string)[], v: number | string) => r.filter((x) => x === v).length;

describe.skipIf(!hasH2)("HBONE server stream limits (hostile python h2 client)", () => {
  it("advertises SETTINGS_MAX_CONCURRENT_STREAMS = 200, ztunnel's value", async () => {
    node = await startNode([{ ip: POD, cert: podCert }]);
    const r = await runPeer("modest", 1, 1);
    expect(r.maxConcurrentStreams).toBe(200);
    expect(r.results).toEqual([[200]]);
  });

  it("streams opened before the client acknowledged SETTINGS: 200 tunnels, REFUSED_STREAM for the rest", async () => {
    node = await startNode([{ ip: POD, cert: podCert }]);
    const r = await runPeer("greedy", 1, 230, { EAGER: "1" });
    const streams = r.results[0]!;
    expect(count(streams, 200)).toBe(200);
    expect(count(streams, REFUSED)).toBe(30);
  });

  it("a client that exceeds the acknowledged limit loses the connection, counted; no 201st upstream socket", async () => {
    const limited: string[] = [];
    let upstreams = 0;
    node = await startNode([{ ip: POD, cert: podCert }], {
      onLimitRefused: (reason) => limited.push(reason),
      dial: async (target) => {
        upstreams++;
        return defaultInboundDial(target);
      },
    });
    const r = await runPeer("greedy", 1, 230);
    expect(count(r.results[0]!, 200)).toBe(0);
    expect(upstreams).toBeLessThanOrEqual(200);
    expect(limited).toEqual(["max-streams-per-connection"]);
    expect(node.server.stats().refused["max-streams-per-connection"]).toBe(1);
  });

  it("one identity is capped over all its connections; another identity is still served", async () => {
    const limited: string[] = [];
    node = await startNode([{ ip: POD, cert: podCert }], {
      peerStreams: createPeerStreams(25),
      onLimitRefused: (reason) => limited.push(reason),
    });
    const greedy = await runPeer("greedy", 3, 10);
    const all = greedy.results.flat();
    expect(count(all, 200)).toBe(25);
    expect(count(all, REFUSED)).toBe(5);
    expect(limited).toEqual(Array(5).fill("max-streams-per-peer"));
    expect(node.server.stats().refused["max-streams-per-peer"]).toBe(5);
    const modest = await runPeer("modest", 1, 3);
    expect(modest.results).toEqual([[200, 200, 200]]);
  });

  it("a closed stream gives its place back to the identity's budget", async () => {
    node = await startNode([{ ip: POD, cert: podCert }], { peerStreams: createPeerStreams(4) });
    expect(count((await runPeer("greedy", 1, 4)).results[0]!, 200)).toBe(4);
    // The first run's tunnels closed with its connection: the whole budget is free again.
    await new Promise((r) => setTimeout(r, 200));
    expect(count((await runPeer("greedy", 1, 4)).results[0]!, 200)).toBe(4);
  });
});
