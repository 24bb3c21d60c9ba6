// Start-up errors of `ztunnel-ts proxy` as an operator meets them: one line naming the
// variable, exit 1, nothing dialled. Each run is in a network namespace of its own with
// nothing but loopback (`unshare -n`), so even a regression that tried istiod's in-cluster
// name could not send a packet off this machine.
import { execFile, execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const CLI = fileURLToPath(new URL("../../bin/ztunnel-ts.mjs", import.meta.url));

function skipReason(): string | undefined {
  if (process.getuid?.() !== 0) return "needs root (unshare -n)";
  try {
    execFileSync("unshare", ["-n", "true"], { stdio: "ignore" });
  } catch {
    return "unshare -n unavailable";
  }
  return undefined;
}
const skip = skipReason();
if (skip) console.log(`skipping proxy start-up error tests: ${skip}`);

/** The proxy with only `env` on top of PATH/HOME (no cluster, no control plane settings). */
function runProxy(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const base = { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: process.env.HOME ?? "/root" };
  return new Promise((resolve) => {
    execFile(
      "unshare",
      ["-n", process.execPath, CLI, "proxy"],
      { env: { ...base, ZTS_HANDOFF_SOCKET: "off", ZTS_CAPTURE: "node", ...env }, timeout: 20_000 },
      (err, _stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? null) : 0, stderr }),
    );
  });
}
const lines = (s: string) => s.split("\n").filter((l) => l.trim() !== "" && !l.startsWith("{"));

describe.skipIf(skip !== undefined)("proxy start-up errors", () => {
  it("no XDS_ADDRESS outside a cluster: refused, naming XDS_ADDRESS", async () => {
    const r = await runProxy({});
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual([
      expect.stringMatching(/^ztunnel-ts proxy: XDS_ADDRESS is not set .*\[ZTS_CONFIG_NO_CONTROL_PLANE\]$/),
    ]);
  });

  it("SECRET_TTL=0: refused, naming SECRET_TTL", async () => {
    const r = await runProxy({ XDS_ADDRESS: "http://127.0.0.1:1", SECRET_TTL: "0" });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^ztunnel-ts proxy: SECRET_TTL="0" is invalid/)]);
  });

  it("LOCAL_XDS_PATH=/nonexistent: the error names the variable and the path", async () => {
    const r = await runProxy({ LOCAL_XDS_PATH: "/nonexistent", FAKE_CA: "true" });
    expect(r.code).toBe(1);
    const [line] = lines(r.stderr);
    expect(line).toMatch(/^ztunnel-ts proxy: LOCAL_XDS_PATH=\/nonexistent: \/nonexistent: cannot read/);
  });
});
