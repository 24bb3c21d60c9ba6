// `npm run fuzz [-- --quick] [--seed N] [--only name,…]`: every fuzz target with its figures.
// Full form: ≥ 100k inputs per xDS type (envelopes) and decoder; --quick: a few thousand
// each (what `npm test` also runs, test/unit/fuzz.test.ts). Exits 1 on any failure, printing
// each failing input (hex) with what went wrong; a run replays from its seed.
import { parseArgs } from "node:util";
import type { FuzzResult } from "./mutate.ts";
import { runAuthority } from "./targets/authority.ts";
import { runDecoders } from "./targets/decoders.ts";
import { runSocks5 } from "./targets/socks5.ts";
import { runXdsEnvelope } from "./targets/xds-envelope.ts";
import { runZds } from "./targets/zds.ts";

export const TARGETS: Record<string, (n: number, seed: number) => FuzzResult | Promise<FuzzResult>> = {
  "xds-envelope:address": (n, s) => runXdsEnvelope("address", n, s),
  "xds-envelope:authorization": (n, s) => runXdsEnvelope("authorization", n, s),
  "decoders:address": (n, s) => runDecoders("address", n, s),
  "decoders:authorization": (n, s) => runDecoders("authorization", n, s),
  zds: runZds,
  "hbone-authority": runAuthority,
  // Real sockets: a connection per input, so fewer of them.
  socks5: (n, s) => runSocks5(Math.ceil(n / 10), s),
};

export const FULL = 100_000;
export const QUICK = 5_000;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { quick: { type: "boolean" }, seed: { type: "string" }, only: { type: "string" } },
  });
  const n = values.quick ? QUICK : FULL;
  const seed = Number(values.seed ?? Date.now() % 1_000_000);
  const only = values.only?.split(",");
  console.log(`fuzz: ${values.quick ? "quick" : "full"} run, seed ${seed}`);
  let failed = 0;
  for (const [name, run] of Object.entries(TARGETS)) {
    if (only && !only.includes(name)) continue;
    const r = await run(n, seed);
    failed += r.failures.length;
    const rate = Math.round((r.iterations / Math.max(r.ms, 1)) * 1000);
    console.log(
      `${name.padEnd(28)} ${String(r.iterations).padStart(7)} inputs  ${String(r.ms).padStart(6)} ms  ${String(rate).padStart(7)}/s  ` +
        `${r.failures.length} failures  ${JSON.stringify(r.outcomes)}`,
    );
    for (const f of r.failures.slice(0, 5)) console.log(`  FAIL ${f.problem}\n       input ${f.input}`);
  }
  console.log(failed ? `fuzz: ${failed} failures (replay: --seed ${seed})` : "fuzz: 0 failures");
  process.exitCode = failed ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
