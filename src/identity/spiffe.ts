// SPIFFE workload identities as Istio spells them: spiffe://<td>/ns/<ns>/sa/<sa>.
// Parsing is strict because the parsed parts feed authorization decisions.
import { ZtsError } from "../errors.ts";

export class IdentityError extends ZtsError {}

export interface SpiffeId {
  trustDomain: string;
  namespace: string;
  serviceAccount: string;
}

// DNS-ish labels for the trust domain; k8s names for ns/sa (plus what Istio tolerates).
const TD = /^[a-z0-9]([a-z0-9._-]*[a-z0-9])?$/i;
const SEG = /^[A-Za-z0-9._-]+$/;

/**
 * A workload's identity, unchecked: its parts come from xDS or the local config, already
 * validated there, and this runs on every connection.
 */
export const identityOf = (id: SpiffeId): string =>
  `spiffe://${id.trustDomain}/ns/${id.namespace}/sa/${id.serviceAccount}`;

/** As identityOf, for parts that come from a user: each is checked first. */
export function buildSpiffeId(id: SpiffeId): string {
  for (const [what, v, re] of [
    ["trust domain", id.trustDomain, TD],
    ["namespace", id.namespace, SEG],
    ["service account", id.serviceAccount, SEG],
  ] as const) {
    if (!re.test(v)) throw new IdentityError("ZTS_IDENTITY_INVALID", `invalid SPIFFE ${what} ${JSON.stringify(v)}`);
  }
  return identityOf(id);
}

/** Parses `spiffe://td/ns/x/sa/y`; throws IdentityError(ZTS_IDENTITY_INVALID) otherwise. */
export function parseSpiffeId(uri: string): SpiffeId {
  const m = /^spiffe:\/\/([^/]+)\/ns\/([^/]+)\/sa\/([^/]+)$/.exec(uri);
  if (!m || !TD.test(m[1]!) || !SEG.test(m[2]!) || !SEG.test(m[3]!)) {
    throw new IdentityError(
      "ZTS_IDENTITY_INVALID",
      `${JSON.stringify(uri)} is not a SPIFFE id of the form spiffe://<trust-domain>/ns/<namespace>/sa/<service-account>`,
    );
  }
  return { trustDomain: m[1]!, namespace: m[2]!, serviceAccount: m[3]! };
}

export function trySpiffeId(uri: string): SpiffeId | undefined {
  try {
    return parseSpiffeId(uri);
  } catch {
    return undefined;
  }
}
