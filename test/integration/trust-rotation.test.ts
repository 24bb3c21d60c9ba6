// Trust bundle rotation on a live proxy (issue 16): the node proxy verifies HBONE peers
// against the roots of CA_ROOT_CA (and those its CA sent). Rewriting the file — a new root
// added, the old one retired — is followed without a restart: a peer under the new root is
// accepted, one under the retired root refused. Loopback 127.79.0.0/16 only.
import { mkdir, mkdtemp, readFile, rm, unlink, writeFile } from "node:fs/promises";
import type net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEndpoint } from "../../src/config.ts";
import { createCaClient } from "../../src/identity/ca-client.ts";
import type { LocalCa } from "../../src/identity/local-ca.ts";
import type { WorkloadCert } from "../../src/identity/workload-cert.ts";
import { HboneError } from "../../src/tunnel/errors.ts";
import { type ControlPlane, startControlPlane } from "../../xds/controlplane/server.ts";
import { createLocalCa, echoServer, hboneClient, issue, roundTrip, sid } from "../fixtures/hbone-mesh.ts";
import {
  meshAddresses,
  nodeEnv,
  type RunningProxy,
  spawnProxy,
  stopProxy,
  until,
  waitProxyReady,
} from "../fixtures/proxy-harness.ts";

const NET = "127.79";
const addr = meshAddresses(NET);
const TEMPLATE = fileURLToPath(new URL("../fixtures/proxy-mesh/mesh.yaml.tmpl", import.meta.url));

let dir = "";
let rootFile = "";
let cp: ControlPlane | undefined;
let proxy: RunningProxy | undefined;
let echo: net.Server | undefined;
let oldCa: LocalCa;
let newCa: LocalCa;
let oldPeer: WorkloadCert;
let newPeer: WorkloadCert;

/** One HBONE tunnel from the client pod's address to the echo pod through node-b's proxy; "ok" or the error code. */
async function tunnel(peer: WorkloadCert): Promise<string> {
  // A fresh client each time: a pooled session would skip the handshake being tested.
  const client = hboneClient({ certFor: () => peer });
  try {
    const s = await client.connect({
      srcIdentity: peer.identity,
      dstIdentities: [sid("default", "echo")],
      dstAddr: { host: addr.echo, port: 15008 },
      srcIp: addr.client,
      authority: `${addr.echo}:8080`,
    });
    const back = await roundTrip(s, Buffer.from("rotate"));
    return back.toString() === "rotate" ? "ok" : "bad echo";
  } catch (e) {
    return e instanceof HboneError ? e.code : (e as Error).message;
  } finally {
    client.close();
  }
}

/** The mesh root (the proxy's own certificate chains to it) plus the given extra roots. */
const writeRoots = (...extra: LocalCa[]) =>
  writeFile(rootFile, [cp?.rootPem ?? "", ...extra.map((c) => c.rootPem)].join(""));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "zts-trust-rotation-"));
  const meshFile = join(dir, "mesh.yaml");
  await writeFile(meshFile, (await readFile(TEMPLATE, "utf8")).replaceAll("NET.", `${NET}.`));
  cp = await startControlPlane({ mesh: meshFile, host: "127.0.0.1", port: 0, watch: false });
  const tokens = await cp.writeTokens(dir);
  oldCa = await createLocalCa({ trustDomain: "cluster.local" });
  newCa = await createLocalCa({ trustDomain: "cluster.local" });
  // Test peers acting as the client pod; they verify the proxy under the mesh root.
  oldPeer = { ...(await issue(oldCa, sid("default", "client"))), rootsPem: [cp.rootPem] };
  newPeer = { ...(await issue(newCa, sid("default", "client"))), rootsPem: [cp.rootPem] };
  rootFile = join(dir, "roots.pem");
  await writeRoots(oldCa);
  echo = await echoServer(addr.echo, 8080);
  proxy = spawnProxy("node-b", addr.nodeB, {
    ...nodeEnv({ name: "node-b", ip: addr.nodeB }, cp.address, tokens["node-b"] as string, rootFile),
  });
  await waitProxyReady(proxy);
}, 40_000);

afterAll(async () => {
  if (proxy) await stopProxy(proxy);
  echo?.close();
  await cp?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("trust bundle rotation on a live proxy", () => {
  it("before: a peer under the trusted (old) root is accepted, one under the new root refused", async () => {
    expect(await tunnel(oldPeer)).toBe("ok");
    expect(await tunnel(newPeer)).toBe("ZTS_HBONE_TLS");
  });

  it("new root added to CA_ROOT_CA: its peers are accepted, without restart", async () => {
    const pid = proxy?.child.pid;
    await writeRoots(oldCa, newCa);
    await until(async () => (await tunnel(newPeer)) === "ok", 10_000, "a peer under the new root accepted");
    expect(await tunnel(oldPeer)).toBe("ok");
    expect(proxy?.child.pid).toBe(pid);
    expect(proxy?.child.exitCode).toBeNull();
  });

  it("old root retired from CA_ROOT_CA: its peers are refused, the new root's still accepted", async () => {
    await writeRoots(newCa);
    await until(async () => (await tunnel(oldPeer)) === "ZTS_HBONE_TLS", 10_000, "a peer under the old root refused");
    expect(await tunnel(newPeer)).toBe("ok");
    expect(proxy?.logs.some((l) => l.msg === "CA_ROOT_CA changed: trusting the new root set")).toBe(true);
  });
});

describe("embedded CA roots directory", () => {
  it("a root file added is announced with the next certificate, a removed one no more", async () => {
    const rootsDir = join(dir, "roots.d");
    await mkdir(rootsDir);
    const cp2 = await startControlPlane({
      mesh: join(dir, "mesh.yaml"),
      host: "127.0.0.1",
      port: 0,
      watch: false,
      rootsDir,
    });
    const client = createCaClient({
      endpoint: parseEndpoint(`http://${cp2.address}`, "CA_ADDRESS"),
      token: async () => cp2.tokenFor("node-b"),
      clusterId: "Kubernetes",
      ttlMs: 3_600_000,
    });
    const roots = async () => (await client.fetch(sid("default", "echo"))).rootsPem;
    try {
      expect(await roots()).toEqual([cp2.rootPem]);
      await writeFile(join(rootsDir, "next.pem"), newCa.rootPem);
      expect(await roots()).toEqual([cp2.rootPem, newCa.rootPem]);
      await unlink(join(rootsDir, "next.pem"));
      expect(await roots()).toEqual([cp2.rootPem]);
    } finally {
      client.close();
      await cp2.close();
    }
  });
});
