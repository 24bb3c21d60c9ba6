// iperf3 throughput through a subject: the iperf3 server is a backend, the client dials
// the subject's frontend (its control connection and the -P data streams all go through).
import { runToEnd } from "../lib/procs.ts";
import type { Endpoint } from "../subjects/types.ts";

/** Gbit/s received by the server side, or throws with iperf3's error. */
export async function iperf(front: Endpoint, streams: number, seconds: number): Promise<number> {
  const args = ["-c", front.host, "-p", String(front.port), "-P", String(streams), "-t", String(seconds), "-J"];
  const r = await runToEnd("iperf3", args, (seconds + 20) * 1000);
  let json: { error?: string; end?: { sum_received?: { bits_per_second?: number } } } = {};
  try {
    json = JSON.parse(r.stdout);
  } catch {
    throw new Error(`iperf3 gave no JSON (exit ${r.code}): ${r.stderr.slice(0, 200)}`);
  }
  const bps = json.end?.sum_received?.bits_per_second;
  if (json.error || !bps) throw new Error(`iperf3: ${json.error ?? "no result"}`);
  return bps / 1e9;
}
