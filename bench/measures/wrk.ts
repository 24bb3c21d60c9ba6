// Latency with wrk -c1 -t1 (one connection, one request at a time): keep-alive, or a new
// connection per request with `Connection: close`. A small Lua `done` hook prints the
// percentiles wrk recorded as JSON, which gives p50/p99 and the points of the CDF plot.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { runToEnd } from "../lib/procs.ts";
import type { Endpoint } from "../subjects/types.ts";

const PCTS = [1, 5, 10, 25, 50, 75, 90, 95, 99, 99.9];
const LUA = `done = function(summary, latency, requests)
  local ps = {${PCTS.join(", ")}}
  local out = {}
  for _, p in ipairs(ps) do out[#out + 1] = string.format("[%s,%d]", p, latency:percentile(p)) end
  io.write(string.format('WRKJSON {"requests":%d,"errors":%d,"cdf":[%s]}\\n', summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout,
    table.concat(out, ",")))
end
`;

export interface WrkResult {
  requests: number;
  errors: number;
  /** [percentile, ms] */
  cdf: Array<[number, number]>;
  p50: number;
  p99: number;
}

export async function wrk(front: Endpoint, close: boolean, seconds: number, workDir: string): Promise<WrkResult> {
  const script = join(workDir, "wrk-done.lua");
  writeFileSync(script, LUA);
  const args = ["-c1", "-t1", `-d${seconds}s`, "-s", script, `http://${front.host}:${front.port}/`];
  if (close) args.splice(2, 0, "-H", "Connection: close");
  const r = await runToEnd("wrk", args, (seconds + 15) * 1000);
  const line = r.stdout.split("\n").find((l) => l.startsWith("WRKJSON "));
  if (!line) throw new Error(`wrk gave no result (exit ${r.code}): ${(r.stderr || r.stdout).slice(0, 200)}`);
  const j = JSON.parse(line.slice(8)) as { requests: number; errors: number; cdf: Array<[number, number]> };
  if (j.requests === 0) throw new Error("wrk completed no request");
  const cdf = j.cdf.map(([p, us]) => [p, us / 1000] as [number, number]);
  const at = (p: number) => cdf.find(([q]) => q === p)?.[1] ?? Number.NaN;
  return { requests: j.requests, errors: j.errors, cdf, p50: at(50), p99: at(99) };
}
