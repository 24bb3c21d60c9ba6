// Mutated HBONE :authority values into the server's parser: an authority is either refused
// (400) or names one canonical address (src/state/ip.ts canonicalIp — so a mapped or oddly
// spelled address can never pass for another workload) or a lower-case DNS name that is no
// address, and a port 1..65535.

import { canonicalIp } from "../../src/state/ip.ts";
import { parseAuthority } from "../../src/tunnel/server.ts";
import { createRng, type FuzzResult, hex, mutate } from "../mutate.ts";

const SEEDS = [
  "10.0.0.1:8080",
  "[::ffff:10.0.0.1]:80",
  "[2001:db8::1]:443",
  "127.0.0.1:1",
  "[::1]:65535",
  "1.2.3.4:0",
  "echo.default.svc.cluster.local:80",
].map((s) => new TextEncoder().encode(s));

export function runAuthority(iterations: number, seed: number): FuzzResult {
  const rng = createRng(seed);
  const result: FuzzResult = { target: "hbone-authority", iterations, outcomes: {}, failures: [], ms: 0 };
  const t0 = Date.now();
  for (let i = 0; i < iterations; i++) {
    const bytes = mutate(rng, rng.pick(SEEDS), rng.pick(SEEDS));
    const text = Buffer.from(bytes).toString("latin1");
    let got: ReturnType<typeof parseAuthority>;
    try {
      got = parseAuthority(text);
    } catch (e) {
      result.failures.push({ input: hex(bytes), problem: `threw: ${(e as Error).message}` });
      continue;
    }
    if (!got) {
      result.outcomes.refused = (result.outcomes.refused ?? 0) + 1;
      continue;
    }
    result.outcomes.accepted = (result.outcomes.accepted ?? 0) + 1;
    if (got.hostname) {
      if (canonicalIp(got.host) !== undefined || !/^[a-z0-9.-]+$/.test(got.host))
        result.failures.push({ input: hex(bytes), problem: `hostname ${got.host} is an address or not a DNS name` });
    } else if (canonicalIp(got.host) !== got.host)
      result.failures.push({ input: hex(bytes), problem: `host ${got.host} is not canonical` });
    if (!Number.isInteger(got.port) || got.port < 1 || got.port > 65535) {
      result.failures.push({ input: hex(bytes), problem: `port ${got.port} out of range` });
    }
  }
  result.ms = Date.now() - t0;
  return result;
}
