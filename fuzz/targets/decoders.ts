// Mutated resource bodies straight into the decoders the client and the workers use:
// Address (Workload and Service) through decodeAddress — its fast path and protobufjs —
// and Authorization through decodeResource. Each input must decode or be refused with the
// module's own error (a stable `code`); any other exception is a crash the NACK path would
// not have caught cleanly, and is a failure.
import { ZtsError } from "../../src/errors.ts";
import { ADDRESS_TYPE_URL, AUTHORIZATION_TYPE_URL, decodeResource } from "../../src/state/from-proto.ts";
import { envoy } from "../../xds/gen/protos.js";
import { createRng, type FuzzResult, hex, mutate } from "../mutate.ts";
import { VECTORS } from "./xds-envelope.ts";

const D = envoy.service.discovery.v3;

function bodies(kind: "address" | "authorization"): Uint8Array[] {
  return VECTORS[kind].flatMap((b) =>
    D.DeltaDiscoveryResponse.decode(b)
      .resources.map((r) => r.resource?.value)
      .filter((v): v is Uint8Array => v instanceof Uint8Array && v.length > 0),
  );
}

export function runDecoders(kind: "address" | "authorization", iterations: number, seed: number): FuzzResult {
  const rng = createRng(seed);
  const seeds = bodies(kind);
  const typeUrl = kind === "address" ? ADDRESS_TYPE_URL : AUTHORIZATION_TYPE_URL;
  const result: FuzzResult = { target: `decoders:${kind}`, iterations, outcomes: {}, failures: [], ms: 0 };
  const t0 = Date.now();
  for (let i = 0; i < iterations; i++) {
    const input = mutate(rng, rng.pick(seeds), rng.pick(seeds));
    try {
      const r = decodeResource({ type_url: typeUrl, value: input }, typeUrl);
      result.outcomes[r.kind] = (result.outcomes[r.kind] ?? 0) + 1;
    } catch (e) {
      if (e instanceof ZtsError) result.outcomes[`refused:${e.code}`] = (result.outcomes[`refused:${e.code}`] ?? 0) + 1;
      else result.failures.push({ input: hex(input), problem: `not a ZtsError: ${(e as Error).stack}` });
    }
  }
  result.ms = Date.now() - t0;
  return result;
}
