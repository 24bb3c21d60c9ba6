import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WorkloadCert } from "../../src/identity/workload-cert.ts";
import { createLocalCa, echoServer, issue, type NodeProxy, sid, startNode } from "../fixtures/hbone-mesh.ts";

// Debian's python3 (with python3-h2), not whatever python3 is first on PATH.
const PY = "/usr/bin/python3";
const hasH2 = await new Promise<boolean>((r) =>
  existsSync(PY) ? execFile(PY, ["-c", "import h2"], (e) => r(!e)) : r(false),
);
if (!hasH2) console.log("skipping HBONE interop: /usr/bin/python3 with h2 missing (apt-get install -y python3-h2)");

const POD = "127.0.8.11";
let node: NodeProxy;
let echo: net.Server;
let dir: string;
let peerCert: WorkloadCert & { keyPem: string };
let podCert: WorkloadCert;

beforeAll(async () => {
  const ca = await createLocalCa({ trustDomain: "cluster.local" });
  peerCert = await issue(ca, sid("default", "python-peer"));
  podCert = await issue(ca, sid("default", "echo"));
  echo = await echoServer(POD, 8080);
  node = await startNode([{ ip: POD, cert: podCert }]);
  dir = mkdtempSync(join(tmpdir(), "zts-interop-"));
  writeFileSync(join(dir, "cert.pem"), peerCert.chainPem.join(""));
  writeFileSync(join(dir, "key.pem"), peerCert.keyPem);
  writeFileSync(join(dir, "ca.pem"), peerCert.rootsPem.join(""));
});
afterAll(async () => {
  await node?.close();
  echo?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const runPeer = (authority: string, payload: string) =>
  new Promise<{ status: number; body: string; serverSan: string[] }>((resolve, reject) => {
    execFile(
      PY,
      [
        new URL("../fixtures/hbone_peer.py", import.meta.url).pathname,
        POD,
        "15008",
        join(dir, "cert.pem"),
        join(dir, "key.pem"),
        join(dir, "ca.pem"),
        authority,
        payload,
      ],
      { timeout: 15_000 },
      (err, stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(JSON.parse(stdout))),
    );
  });

describe.skipIf(!hasH2)("interop with an independent HBONE peer (python3 h2 + ssl)", () => {
  it("opens a CONNECT tunnel with a mesh cert and talks to the pod", async () => {
    const r = await runPeer(`${POD}:8080`, "hello from python");
    expect(r).toEqual({ status: 200, body: "hello from python", serverSan: [podCert.identity] });
  });

  it("gets 400 for an authority that is not a local workload", async () => {
    const r = await runPeer("127.0.8.99:8080", "x");
    expect(r.status).toBe(400);
  });
});
