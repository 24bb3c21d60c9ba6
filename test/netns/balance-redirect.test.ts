// Seed 001 regression: connections captured by iptables REDIRECT (original-destination
// handoff) must be counted once. 32 connections through the redirect listener over 2
// workers end exactly 16:16 with exact and dlb, and every counter is 0 afterwards.
// Runs in its own network namespace (root, iproute2, iptables); skips otherwise.
import { type ChildProcessWithoutNullStreams, execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startWorkers, type WorkerPool } from "../../src/balance/workers.ts";
import type { Greeting } from "../fixtures/balance-clients.ts";
import { until } from "../fixtures/balance-clients.ts";

const handlerModule = fileURLToPath(new URL("../fixtures/balance-handler.ts", import.meta.url));
const clientScript = fileURLToPath(new URL("../fixtures/balance-netns-client.mjs", import.meta.url));
const ns = `zts-${randomBytes(4).toString("hex")}`;
const VIP = "10.99.0.1";

function probe(): string | undefined {
  if (process.getuid?.() !== 0) return "needs root";
  try {
    execFileSync("ip", ["netns", "list"], { stdio: "ignore" });
  } catch {
    return "`ip netns` unavailable (install iproute2)";
  }
  try {
    execFileSync("iptables", ["-V"], { stdio: "ignore" });
  } catch {
    return "iptables unavailable (install iptables)";
  }
  return undefined;
}
const skipReason = probe();
if (skipReason) console.log(`skipping balance-redirect netns tests: ${skipReason}`);

const ipns = (...args: string[]) => execFileSync("ip", ["netns", "exec", ns, ...args], { stdio: "pipe" });
let pool: WorkerPool | undefined;

describe.skipIf(skipReason !== undefined)("original-destination capture (seed 001)", () => {
  beforeAll(() => {
    execFileSync("ip", ["netns", "add", ns]);
    ipns("ip", "link", "set", "lo", "up");
    ipns("ip", "addr", "add", `${VIP}/32`, "dev", "lo");
  });
  afterAll(() => {
    execFileSync("ip", ["netns", "del", ns], { stdio: "ignore" });
  });
  afterEach(async () => {
    await pool?.close();
    pool = undefined;
    try {
      ipns("iptables", "-t", "nat", "-F", "OUTPUT");
    } catch {
      // namespace already gone
    }
  });

  for (const policy of ["exact", "dlb"] as const) {
    it(`${policy}: 32 redirected connections over 2 workers end 16:16, then every counter is 0`, async () => {
      pool = await startWorkers({ handlerModule, threads: 2, policy });
      const p = pool;
      const l = await pool.addListener({
        kind: "outbound",
        host: "0.0.0.0",
        port: 0,
        netns: `/var/run/netns/${ns}`,
        origDst: "redirect",
      });
      ipns(
        "iptables",
        "-t",
        "nat",
        "-A",
        "OUTPUT",
        "-p",
        "tcp",
        "-d",
        VIP,
        "--dport",
        "80",
        "-j",
        "REDIRECT",
        "--to-ports",
        String(l.port),
      );
      const client: ChildProcessWithoutNullStreams = spawn("ip", [
        "netns",
        "exec",
        ns,
        process.execPath,
        clientScript,
        VIP,
        "80",
        "32",
      ]);
      const out = await new Promise<string>((resolve, reject) => {
        let buf = "";
        client.stdout.on("data", (d) => {
          buf += d;
          if (buf.includes("\n")) resolve(buf);
        });
        client.on("exit", (code) => reject(new Error(`client exited ${code}`)));
      });
      const greetings = JSON.parse(out) as Greeting[];
      expect(greetings).toHaveLength(32);
      for (const g of greetings) expect(g.origDst).toMatchObject({ address: VIP, port: 80 });
      const counts = [0, 0];
      for (const g of greetings) counts[g.worker]! += 1;
      expect(counts).toEqual([16, 16]);
      expect(p.stats().map((s) => s.open)).toEqual([16, 16]);
      expect(p.counts().leases).toBe(32);

      client.stdin.end();
      await until(() => p.counts().leases === 0);
      for (const s of p.stats()) {
        expect(s).toMatchObject({ open: 0, queued: 0, credits: 64 });
      }
      expect(p.counts()).toEqual({ leases: 0, pending: 0 });
    });
  }
});
