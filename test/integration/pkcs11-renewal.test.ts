// ZTS_KEY_PROVIDER=pkcs11 between two real node proxies (issue #26): each proxy's workload keys
// live in a SoftHSM2 token of its own, the HBONE tunnel client → node-a → node-b → echo runs
// on them, and with 4 s certificates (the control plane's cap) every identity renews about
// every 2 s — a new key pair each time, the replaced one deleted from the token after its
// grace — while traffic keeps flowing.
import type { Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KEY_RETIRE_GRACE_MS } from "../../src/identity/cert-store.ts";
import {
  closeServer,
  curlFromClient,
  type LoopbackMesh,
  listen,
  PORTS,
  podServer,
  startLoopbackMesh,
  until,
} from "../fixtures/proxy-harness.ts";
import { createSoftHsmToken, type SoftHsmToken, softhsmMissing } from "../fixtures/softhsm.ts";

const skip = softhsmMissing();
if (skip) console.log(`skipping PKCS#11 renewal tests: ${skip}`);

const CLIENT_ID = "spiffe://cluster.local/ns/default/sa/client";
const ECHO_ID = "spiffe://cluster.local/ns/default/sa/echo";

describe.skipIf(skip !== undefined)("HBONE between two proxies whose keys live in SoftHSM2 tokens", () => {
  let mesh: LoopbackMesh;
  let tokenA: SoftHsmToken;
  let tokenB: SoftHsmToken;
  let echo: Server | undefined;

  beforeAll(async () => {
    tokenA = createSoftHsmToken();
    tokenB = createSoftHsmToken();
    const perNode = (t: SoftHsmToken) => ["env", `SOFTHSM2_CONF=${t.conf}`, `ZTS_PKCS11_PIN_FILE=${t.pinFile}`];
    const { SOFTHSM2_CONF: _c, ZTS_PKCS11_PIN_FILE: _p, ...common } = tokenA.env;
    mesh = await startLoopbackMesh(
      "127.149",
      common,
      { "node-a": perNode(tokenA), "node-b": perNode(tokenB) },
      { maxCertTtlMs: 4000 },
    );
    echo = await listen(podServer("echo-pod"), mesh.addr.echo, 8080);
  }, 40_000);

  afterAll(async () => {
    await closeServer(echo);
    await mesh?.close();
    tokenA?.remove();
    tokenB?.remove();
  });

  const curlEcho = async () =>
    (await curlFromClient(mesh, "--socks5", `${mesh.addr.nodeA}:${PORTS.socks5}`, `http://${mesh.addr.echoVip}/`))
      .stdout;

  const serial = async (ip: string, identity: string) => {
    const dump = (await (await fetch(`http://${ip}:${PORTS.admin}/config_dump`)).json()) as {
      certificates: { identity: string; certChain: { serialNumber: string }[] }[];
    };
    return dump.certificates.find((c) => c.identity === identity)?.certChain[0]?.serialNumber;
  };

  it("traffic flows through the tunnel; each proxy's key is in its own token only", async () => {
    expect(await curlEcho()).toContain("echo-pod");
    expect(tokenA.privateKeyIds(CLIENT_ID).length).toBeGreaterThan(0);
    expect(tokenB.privateKeyIds(ECHO_ID).length).toBeGreaterThan(0);
    expect(tokenA.privateKeyIds(ECHO_ID)).toEqual([]);
    expect(tokenB.privateKeyIds(CLIENT_ID)).toEqual([]);
  });

  it("certificates renew with new token keys, the replaced keys are deleted, and traffic still flows", async () => {
    const firstKeys = tokenA.privateKeyIds(CLIENT_ID);
    const a0 = await serial(mesh.addr.nodeA, CLIENT_ID);
    const b0 = await serial(mesh.addr.nodeB, ECHO_ID);
    // Two renewals on each side: the second proves a renewed certificate's key renews again.
    const seenA = new Set([a0]);
    const seenB = new Set([b0]);
    await until(
      async () => {
        seenA.add(await serial(mesh.addr.nodeA, CLIENT_ID));
        seenB.add(await serial(mesh.addr.nodeB, ECHO_ID));
        return seenA.size >= 3 && seenB.size >= 3;
      },
      15_000,
      "two renewals on each node",
    );
    expect(await curlEcho()).toContain("echo-pod");
    // The key pairs of the first certificates leave the token once their grace is over.
    await until(
      () => !tokenA.privateKeyIds(CLIENT_ID).some((id) => firstKeys.includes(id)),
      KEY_RETIRE_GRACE_MS + 5000,
      "the first key deleted",
    );
    // Bounded: the current key, those replaced within the grace (renewals every ~2 s), one being issued.
    expect(tokenA.privateKeyIds(CLIENT_ID).length).toBeLessThanOrEqual(5);
    expect(await curlEcho()).toContain("echo-pod");
  }, 30_000);

  // Last: it takes node-b's token away.
  it("a token gone at run time: the next renewal fails with ZTS_PKCS11_TOKEN_ABSENT in the proxy's log", async () => {
    const logs = mesh.proxies["node-b"]!.logs;
    const before = logs.length;
    tokenB.deleteToken();
    await until(
      () =>
        logs.slice(before).some((l) => l.msg === "certificate fetch failed" && l.code === "ZTS_PKCS11_TOKEN_ABSENT"),
      10_000,
      "a renewal failing on the missing token",
    );
  }, 20_000);
});
