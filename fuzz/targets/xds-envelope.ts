// Mutated DeltaDiscoveryResponse envelopes (from the golden vectors) through the real
// client's response path, on both sides of the thread split: the main thread's decode and
// per-resource rules (xds/client/response.ts handleResponse) and the workers' decode of the
// same resources as posted bytes (src/state/wire.ts). Checked on every input:
//  - nothing throws past the decoders: an envelope is either undecodable (the client
//    reconnects) or handled, with every bad resource NACKed by name;
//  - a resource the mutation left as it was in the golden vector is still applied;
//  - main and workers accept the same Address resources and end with identical state;
//  - applying what was accepted never throws.
import { readFileSync } from "node:fs";
import { decodeAddress } from "../../src/state/from-proto.ts";
import { createState } from "../../src/state/store.ts";
import { serviceKey } from "../../src/state/types.ts";
import { packResources, unpackResources } from "../../src/state/wire.ts";
import { handleResponse } from "../../xds/client/response.ts";
import { envoy } from "../../xds/gen/protos.js";
import { createRng, type FuzzResult, hex, mutate } from "../mutate.ts";

const D = envoy.service.discovery.v3;
const vector = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../test/fixtures/vectors/${name}`, import.meta.url)));

export const VECTORS: Record<"address" | "authorization", Uint8Array[]> = {
  address: [vector("wds-response-1.bin"), vector("wds-response-nack.bin")],
  authorization: [vector("authz-response-1.bin")],
};

type Resp = envoy.service.discovery.v3.DeltaDiscoveryResponse;

/** Each resource's value bytes as hex, to tell which the mutation left untouched. */
const valuesOf = (r: Resp) =>
  r.resources.map((x) => (x.resource?.value ? Buffer.from(x.resource.value).toString("hex") : ""));

function stateSnapshot(s: ReturnType<typeof createState>): string {
  const ws = [...s.workloads()].map((w) => JSON.stringify(w)).sort();
  const ss = [...s.services()].map((x) => JSON.stringify(x)).sort();
  return JSON.stringify([ws, ss]);
}

export function runXdsEnvelope(kind: "address" | "authorization", iterations: number, seed: number): FuzzResult {
  const rng = createRng(seed);
  const bases = VECTORS[kind];
  const decodedBases = bases.map((b) => D.DeltaDiscoveryResponse.decode(b));
  const result: FuzzResult = { target: `xds-envelope:${kind}`, iterations, outcomes: {}, failures: [], ms: 0 };
  const count = (k: string) => {
    result.outcomes[k] = (result.outcomes[k] ?? 0) + 1;
  };
  const t0 = Date.now();
  for (let i = 0; i < iterations; i++) {
    const bi = rng.int(bases.length);
    let input: Uint8Array;
    if (rng.next() < 0.5) {
      input = mutate(rng, bases[bi]!, bases[rng.int(bases.length)]);
    } else {
      // Structure-aware: mutate one resource's body (and sometimes its name) and re-encode,
      // so most inputs get past the envelope and exercise the per-resource rules.
      const r = D.DeltaDiscoveryResponse.decode(bases[bi]!);
      const res = r.resources[rng.int(r.resources.length)];
      if (res?.resource?.value) res.resource.value = mutate(rng, res.resource.value, bases[0]);
      if (res && rng.next() < 0.1) res.name = rng.pick(["", r.resources[0]?.name ?? "", `${res.name}x`]);
      input = D.DeltaDiscoveryResponse.encode(r).finish();
    }
    const fail = (problem: string) => result.failures.push({ input: hex(input), problem });
    let resp: Resp;
    try {
      resp = D.DeltaDiscoveryResponse.decode(input);
    } catch {
      count("undecodable");
      continue;
    }
    let h: ReturnType<typeof handleResponse>;
    try {
      h = handleResponse(resp);
    } catch (e) {
      fail(`handleResponse threw: ${(e as Error).stack}`);
      continue;
    }
    count(h.rejected.length ? "nack" : "ack");
    // Untouched resources stay applied (only when the envelope's names are still unique).
    const base = decodedBases[bi]!;
    const baseValues = new Set(valuesOf(base));
    const names = resp.resources.map((r) => r.name);
    const unique = new Set(names).size === names.length;
    if (unique && resp.typeUrl === base.typeUrl) {
      resp.resources.forEach((r, j) => {
        const v = valuesOf(resp)[j]!;
        const original = base.resources.find((b) => b.name === r.name);
        const same = original?.resource?.value && Buffer.from(original.resource.value).toString("hex") === v;
        if (
          same &&
          baseValues.has(v) &&
          (r.resource as { type_url?: string } | null)?.type_url ===
            (original?.resource as { type_url?: string } | null)?.type_url &&
          !h.accepted.has(r.name ?? "")
        ) {
          const wasAccepted = handleResponse(base).accepted.has(r.name ?? "");
          if (wasAccepted) fail(`untouched resource ${r.name} was not applied: ${h.rejected.join("; ")}`);
        }
      });
    }
    if (!h.delta) continue;
    const main = createState();
    try {
      main.apply(h.delta);
    } catch (e) {
      fail(`applying the accepted delta threw: ${(e as Error).message}`);
      continue;
    }
    if (resp.typeUrl !== base.typeUrl || kind !== "address") continue;
    // The workers' side: the same resources as posted bytes, decoded there.
    const worker = createState();
    let up: ReturnType<typeof unpackResources>;
    try {
      up = unpackResources(packResources(resp.resources), decodeAddress);
      worker.apply({ ...up, removeAddresses: h.removed });
    } catch (e) {
      fail(`worker decode/apply threw: ${(e as Error).message}`);
      continue;
    }
    const mainKeys = [...h.accepted.keys()].sort();
    const workerKeys = [
      ...(up.upsertWorkloads ?? []).map((w) => w.uid),
      ...(up.upsertServices ?? []).map((s) => serviceKey(s)),
    ].sort();
    if (JSON.stringify(mainKeys) !== JSON.stringify(workerKeys)) {
      fail(`main accepted ${mainKeys.join(",")} but workers ${workerKeys.join(",")}`);
    } else if (stateSnapshot(main) !== stateSnapshot(worker)) {
      fail("main and worker state differ after the same response");
    }
  }
  result.ms = Date.now() - t0;
  return result;
}
