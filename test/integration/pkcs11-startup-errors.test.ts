// ZTS_KEY_PROVIDER=pkcs11 start-up errors as an operator meets them: the proxy exits 1 with one
// line naming the setting and a stable ZTS_PKCS11_* code — module missing, token absent,
// wrong PIN, unreadable PIN file, settings incomplete. The proxy runs from a local config
// with FAKE_CA (nothing is dialled); the token is a SoftHSM2 one in a temp directory.
// (SoftHSM2 never locks a token after wrong PINs, so ZTS_PKCS11_PIN_LOCKED is not reached here.)
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, localConfigProxyEnv } from "../fixtures/proxy-harness.ts";
import { createSoftHsmToken, type SoftHsmToken, softhsmMissing } from "../fixtures/softhsm.ts";

const skip = softhsmMissing();
if (skip) console.log(`skipping PKCS#11 start-up error tests: ${skip}`);

const NODE_IP = "127.151.0.1";
const CONFIG = `workloads:
- uid: Kubernetes//Pod/default/a
  name: a
  namespace: default
  serviceAccount: a
  workloadIps: ["127.151.1.10"]
  protocol: HBONE
  node: n1
  services: {}
services: []
policies: []
`;

describe.skipIf(skip !== undefined)("pkcs11 key provider: start-up errors", () => {
  let token: SoftHsmToken;
  let dir: string;

  beforeAll(() => {
    token = createSoftHsmToken();
    dir = mkdtempSync(join(tmpdir(), "zts-p11err-"));
    writeFileSync(join(dir, "local.yaml"), CONFIG);
    writeFileSync(join(dir, "wrong-pin"), "000000");
    writeFileSync(join(dir, "pin-newline"), "246810\n");
  });

  afterAll(() => {
    token?.remove();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  function runProxy(env: Record<string, string>): Promise<{ code: number | null; lines: string[] }> {
    const all = { ...localConfigProxyEnv(NODE_IP, join(dir, "local.yaml")), ...token.env, ...env };
    return new Promise((resolve) => {
      execFile(process.execPath, [CLI, "proxy"], { env: { ...process.env, ...all }, timeout: 20_000 }, (err, _o, e) =>
        resolve({
          code: err ? ((err as { code?: number }).code ?? null) : 0,
          lines: e.split("\n").filter((l) => l.trim() !== "" && !l.startsWith("{")),
        }),
      );
    });
  }

  it("a module that does not load: ZTS_PKCS11_MODULE, naming the path", async () => {
    const r = await runProxy({ ZTS_PKCS11_MODULE: join(dir, "missing.so") });
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([
      expect.stringMatching(/cannot load ZTS_PKCS11_MODULE .*missing\.so.*\[ZTS_PKCS11_MODULE\]$/),
    ]);
  });

  it("no token with that label: ZTS_PKCS11_TOKEN_ABSENT, listing the labels present", async () => {
    const r = await runProxy({ ZTS_PKCS11_TOKEN: "not-there" });
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([
      expect.stringMatching(/no token labelled "not-there".*present: "zts" \[ZTS_PKCS11_TOKEN_ABSENT\]$/),
    ]);
  });

  it("a wrong PIN: ZTS_PKCS11_PIN_INCORRECT", async () => {
    const r = await runProxy({ ZTS_PKCS11_PIN_FILE: join(dir, "wrong-pin") });
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([expect.stringMatching(/token "zts" refused the PIN .*\[ZTS_PKCS11_PIN_INCORRECT\]$/)]);
  });

  it("an unreadable PIN file: ZTS_PKCS11_PIN_FILE", async () => {
    const r = await runProxy({ ZTS_PKCS11_PIN_FILE: join(dir, "no-pin") });
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([
      expect.stringMatching(/cannot read ZTS_PKCS11_PIN_FILE .*no-pin.*\[ZTS_PKCS11_PIN_FILE\]$/),
    ]);
  });

  it("a PIN file ending in a newline: ZTS_PKCS11_PIN_FILE (the TLS engine would read the newline)", async () => {
    const r = await runProxy({ ZTS_PKCS11_PIN_FILE: join(dir, "pin-newline") });
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([
      expect.stringMatching(/pin-newline has whitespace around the PIN.*\[ZTS_PKCS11_PIN_FILE\]$/),
    ]);
  });

  it("pkcs11 without a module setting: ZTS_CONFIG_INVALID naming ZTS_PKCS11_MODULE", async () => {
    const r = await runProxy({ ZTS_PKCS11_MODULE: "" });
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([
      expect.stringMatching(/ZTS_KEY_PROVIDER=pkcs11 needs ZTS_PKCS11_MODULE set \[ZTS_CONFIG_INVALID\]$/),
    ]);
  });
});
