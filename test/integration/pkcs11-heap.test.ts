// ZTS_KEY_PROVIDER=pkcs11 (issue #26): a key imported into a SoftHSM2 token, and known to the
// test, is the one the proxy's server workload presents; after traffic through the HBONE
// tunnel, heap snapshots of the proxy's main thread and every worker hold none of that key's
// private bytes in any form (raw, hex, base64 at each alignment, PKCS#8 / SEC1 DER in base64).
// The positive control runs the same search over a memory-provider proxy's snapshots and
// finds its key there — the search can fail.
// V8 heap snapshots hold the JS heap (strings, on-heap objects), not Buffers' off-heap stores.
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject, X509Certificate } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SocksClient } from "socks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  closeServer,
  echoes,
  listen,
  localConfigProxyEnv,
  PORTS,
  pipeServer,
  type RunningProxy,
  spawnProxy,
  stopProxy,
  waitProxyReady,
} from "../fixtures/proxy-harness.ts";
import { createSoftHsmToken, type SoftHsmToken, softhsmMissing } from "../fixtures/softhsm.ts";

const skip = softhsmMissing();
if (skip) console.log(`skipping PKCS#11 heap tests: ${skip}`);

const pod = (name: string, ip: string, services = "{}") => `
- uid: Kubernetes//Pod/default/${name}
  name: ${name}
  namespace: default
  serviceAccount: ${name}
  workloadIps: ["${ip}"]
  protocol: HBONE
  node: n1
  services: ${services}
`;
const config = (net: string) => `workloads:${pod("client", `${net}.1.10`)}${pod("server", `${net}.2.10`)}
services: []
policies: []
`;
const SERVER_ID = "spiffe://cluster.local/ns/default/sa/server";

/** Every private-key form of `key` a heap could hold as a string. */
export function keyNeedles(key: KeyObject): string[] {
  const d = Buffer.from(key.export({ format: "jwk" }).d!, "base64url");
  const pkcs8 = key.export({ type: "pkcs8", format: "der" });
  const sec1 = key.export({ type: "sec1", format: "der" });
  const b64 = (b: Buffer) => b.toString("base64");
  // base64 of d wherever it starts (offset mod 3): the characters d alone determines.
  const aligned = [0, 1, 2].map((k) => b64(Buffer.concat([Buffer.alloc(k), d])).slice(4, -4));
  return [
    d.toString("hex"),
    d.toString("latin1"),
    d.toString("base64url").slice(2, -2),
    ...aligned,
    b64(pkcs8).slice(48, 96),
    b64(sec1).slice(12, 52),
  ];
}

/** The needles found in a snapshot's strings (PEM line breaks removed). */
function found(snapshot: string, needles: string[]): string[] {
  const { strings } = JSON.parse(snapshot) as { strings: string[] };
  const hay = strings.map((s) => s.replace(/[\r\n]/g, ""));
  return needles.filter((n) => hay.some((s) => s.includes(n)));
}

async function snapshots(ip: string): Promise<Record<string, string>> {
  const list = await fetch(`http://${ip}:${PORTS.admin}/debug/pprof/heap?thread=none`);
  const names = /one of (.*)"/.exec(await list.text())?.[1]?.split(", ") ?? [];
  expect(names.length).toBeGreaterThanOrEqual(3); // main + 2 workers
  const out: Record<string, string> = {};
  for (const t of names) {
    const r = await fetch(`http://${ip}:${PORTS.admin}/debug/pprof/heap?thread=${t}`);
    expect(r.status).toBe(200);
    out[t] = await r.text();
  }
  return out;
}

/** Bytes through SOCKS5 → HBONE (mTLS with both workloads' keys) → the server pod. */
async function tunnel(net: string): Promise<boolean> {
  const { socket } = await SocksClient.createConnection({
    proxy: { host: `${net}.0.1`, port: PORTS.socks5, type: 5 },
    command: "connect",
    destination: { host: `${net}.2.10`, port: 8080 },
    socket_options: { localAddress: `${net}.1.10` } as never,
    timeout: 5000,
  });
  socket.on("error", () => {});
  try {
    return await echoes(socket, "through the token");
  } finally {
    socket.destroy();
  }
}

async function serverCertSpki(ip: string): Promise<Buffer | undefined> {
  const dump = (await (await fetch(`http://${ip}:${PORTS.admin}/config_dump`)).json()) as {
    certificates: { identity: string; certChain: { pem: string }[] }[];
  };
  const b64 = dump.certificates.find((c) => c.identity === SERVER_ID)?.certChain[0]?.pem;
  const pem = b64 === undefined ? undefined : Buffer.from(b64, "base64").toString();
  return pem ? new X509Certificate(pem).publicKey.export({ type: "spki", format: "der" }) : undefined;
}

interface Run {
  net: string;
  dir: string;
  proxy: RunningProxy;
  server: Server;
}

async function start(net: string, extra: Record<string, string>): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), "zts-p11heap-"));
  writeFileSync(join(dir, "local.yaml"), config(net));
  const server = await listen(pipeServer(), `${net}.2.10`, 8080);
  const proxy = spawnProxy("n1", `${net}.0.1`, localConfigProxyEnv(`${net}.0.1`, join(dir, "local.yaml"), extra));
  await waitProxyReady(proxy);
  return { net, dir, proxy, server };
}

async function stop(r: Run | undefined): Promise<void> {
  if (!r) return;
  await stopProxy(r.proxy);
  await closeServer(r.server);
  rmSync(r.dir, { recursive: true, force: true });
}

describe.skipIf(skip !== undefined)("workload keys in a PKCS#11 token never enter the heap", () => {
  let token: SoftHsmToken;
  let known: KeyObject;
  let p11: Run | undefined;
  let mem: Run | undefined;

  beforeAll(async () => {
    token = createSoftHsmToken();
    known = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey;
    token.importKey(SERVER_ID, known, "c0ffee01");
    [p11, mem] = await Promise.all([start("127.147", token.env), start("127.148", {})]);
  }, 40_000);

  afterAll(async () => {
    await Promise.all([stop(p11), stop(mem)]);
    token?.remove();
  });

  it("the server workload's certificate is for the imported key, and traffic flows", async () => {
    expect(await serverCertSpki(p11!.proxy.ip)).toEqual(createPublicKey(known).export({ type: "spki", format: "der" }));
    expect(await tunnel(p11!.net)).toBe(true);
  });

  it("no thread's heap snapshot holds any form of the imported private key", async () => {
    expect(await tunnel(p11!.net)).toBe(true);
    const snaps = await snapshots(p11!.proxy.ip);
    const needles = keyNeedles(known);
    // Each thread does hold the certificate: the key's token URI, where a PEM would have been.
    for (const [thread, snap] of Object.entries(snaps)) {
      expect({ thread, uri: found(snap, ["pkcs11:token=zts;id=%c0%ff%ee%01;type=private"]).length }).toEqual({
        thread,
        uri: 1,
      });
    }
    for (const [thread, snap] of Object.entries(snaps))
      expect({ thread, found: found(snap, needles) }).toEqual({ thread, found: [] });
  }, 60_000);

  it("positive control: the same search finds a memory-provider proxy's key in every thread", async () => {
    expect(await tunnel(mem!.net)).toBe(true);
    const snaps = await snapshots(mem!.proxy.ip);
    const spki = await serverCertSpki(mem!.proxy.ip);
    // The server's key, recognised in the main thread's strings by its public half.
    const { strings } = JSON.parse(snaps.main!) as { strings: string[] };
    const pem = strings
      .flatMap((s) => s.match(/-----BEGIN PRIVATE KEY-----[^-]+-----END PRIVATE KEY-----/g) ?? [])
      .find((p) => createPublicKey(p).export({ type: "spki", format: "der" }).equals(spki!));
    expect(pem).toBeDefined();
    const needles = keyNeedles(createPrivateKey(pem!));
    for (const [thread, snap] of Object.entries(snaps)) {
      expect({ thread, found: found(snap, needles).length > 0 }).toEqual({ thread, found: true });
    }
  }, 60_000);
});
