// Mutated ZDS WorkloadRequest messages (what istio-cni sends over the unix socket) into the
// in-pod client's decoder: an event, or an InpodError with its code — nothing else. No fds
// travel with them, so every `add` is refused for its missing netns (and none is leaked).
import { ZtsError } from "../../src/errors.ts";
import { decodeRequest } from "../../src/inpod/zds-client.ts";
import { istio } from "../../xds/gen/protos.js";
import { createRng, type FuzzResult, hex, mutate } from "../mutate.ts";

const zds = istio.workload.zds;
const SEEDS = [
  zds.WorkloadRequest.encode({
    add: {
      uid: "pod-1234-uid",
      workloadInfo: { name: "echo-abc", namespace: "default", serviceAccount: "echo" },
    },
  }).finish(),
  zds.WorkloadRequest.encode({ keep: { uid: "pod-1234-uid" } }).finish(),
  zds.WorkloadRequest.encode({ del: { uid: "pod-1234-uid" } }).finish(),
  zds.WorkloadRequest.encode({ snapshotSent: {} }).finish(),
];

export function runZds(iterations: number, seed: number): FuzzResult {
  const rng = createRng(seed);
  const result: FuzzResult = { target: "zds", iterations, outcomes: {}, failures: [], ms: 0 };
  const t0 = Date.now();
  for (let i = 0; i < iterations; i++) {
    const input = mutate(rng, rng.pick(SEEDS), rng.pick(SEEDS));
    try {
      const ev = decodeRequest(Buffer.from(input), [], rng.next() < 0.01);
      result.outcomes[ev.type] = (result.outcomes[ev.type] ?? 0) + 1;
    } catch (e) {
      if (e instanceof ZtsError) result.outcomes[`refused:${e.code}`] = (result.outcomes[`refused:${e.code}`] ?? 0) + 1;
      else result.failures.push({ input: hex(input), problem: `not a ZtsError: ${(e as Error).stack}` });
    }
  }
  result.ms = Date.now() - t0;
  return result;
}
