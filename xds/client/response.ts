// One DeltaDiscoveryResponse → what to apply and what to answer. Pure (no I/O), so the
// per-resource rules are testable without a stream: every valid resource is applied,
// each bad one is named in the NACK (`name: reason`, joined with `; `), a name repeated
// inside one response keeps its first occurrence, and a response of an unknown type is
// NACKed whole with nothing applied. Workers apply the same rules to the raw resources
// of an Address response (src/state/wire.ts unpackResources): keep the two in step.
import {
  ADDRESS_TYPE_URL,
  AUTHORIZATION_TYPE_URL,
  type DecodedResource,
  decodeResource,
} from "../../src/state/from-proto.ts";
import type { Delta } from "../../src/state/store.ts";
import { policyKey, serviceKey } from "../../src/state/types.ts";
import type { envoy } from "../gen/protos.js";

export const TYPE_URLS = [ADDRESS_TYPE_URL, AUTHORIZATION_TYPE_URL] as const;

type PResponse = envoy.service.discovery.v3.DeltaDiscoveryResponse.$Properties;

export interface Handled {
  typeUrl: string;
  nonce: string;
  /** Undefined when the type is unknown: nothing to apply. */
  delta?: Delta;
  /** name → version of each resource accepted (to record once the delta is applied). */
  accepted: Map<string, string>;
  /** Names removed by the server. */
  removed: string[];
  /** `name: reason` per rejected resource; empty = ACK. */
  rejected: string[];
}

function keyOf(r: DecodedResource): string {
  if (r.kind === "workload") return r.workload.uid;
  if (r.kind === "service") return serviceKey(r.service);
  return policyKey(r.policy);
}

export function handleResponse(resp: PResponse): Handled {
  const typeUrl = resp.typeUrl ?? "";
  const nonce = resp.nonce ?? "";
  const accepted = new Map<string, string>();
  const removed = [...(resp.removedResources ?? [])];
  if (!(TYPE_URLS as readonly string[]).includes(typeUrl)) {
    return { typeUrl, nonce, accepted, removed: [], rejected: [`unknown type URL ${typeUrl || "(empty)"}`] };
  }
  const rejected: string[] = [];
  const delta: Delta =
    typeUrl === ADDRESS_TYPE_URL
      ? { upsertWorkloads: [], upsertServices: [], removeAddresses: removed }
      : { upsertPolicies: [], removePolicies: removed };
  const seen = new Set<string>();
  (resp.resources ?? []).forEach((res, i) => {
    const name = res.name || `resources[${i}]`;
    if (!res.name) {
      rejected.push(`${name}: resource has no name`);
      return;
    }
    if (seen.has(name)) {
      rejected.push(`${name}: duplicate name in one response (the first one was applied)`);
      return;
    }
    seen.add(name);
    if (!res.resource) {
      rejected.push(`${name}: resource has no body`);
      return;
    }
    let decoded: DecodedResource;
    try {
      decoded = decodeResource(res.resource, typeUrl);
    } catch (e) {
      rejected.push(`${name}: ${(e as Error).message}`);
      return;
    }
    // The store is keyed by uid / ns/hostname / ns/name and removals arrive by resource
    // name, so a resource whose name is not its key could never be removed again.
    const key = keyOf(decoded);
    if (key !== name) {
      rejected.push(`${name}: resource name does not match its key ${key}`);
      return;
    }
    if (decoded.kind === "workload") delta.upsertWorkloads!.push(decoded.workload);
    else if (decoded.kind === "service") delta.upsertServices!.push(decoded.service);
    else delta.upsertPolicies!.push(decoded.policy);
    accepted.set(name, res.version ?? "");
  });
  return { typeUrl, nonce, delta, accepted, removed, rejected };
}
