// istio.security.Authorization (as decoded by the generated protobufjs code) → the state's
// Authorization. Bad addresses are an error naming the policy, so the xDS client can NACK
// just this resource.
import { istio } from "../../xds/gen/protos.js";
import { ZtsError } from "../errors.ts";
import { bytesToIp } from "./ip.ts";
import type { Authorization, Cidr, RbacMatch, StringMatch } from "./types.ts";

export class AuthzConvertError extends ZtsError {}

type PAuthz = istio.security.Authorization.$Properties;
type PMatch = istio.security.Match.$Properties;
type PString = istio.security.StringMatch.$Properties;
type PAddress = istio.security.Address.$Properties;

function stringMatch(s: PString): StringMatch | undefined {
  if (s.exact != null) return { exact: s.exact };
  if (s.prefix != null) return { prefix: s.prefix };
  if (s.suffix != null) return { suffix: s.suffix };
  if (s.presence != null) return { presence: true };
  return undefined; // an unset oneof matches nothing; dropping it keeps that meaning only in a list
}

const strings = (l: PString[] | null | undefined): StringMatch[] =>
  (l ?? []).map(stringMatch).filter((x): x is StringMatch => x !== undefined);

function cidrs(l: PAddress[] | null | undefined, where: string): Cidr[] {
  return (l ?? []).map((a) => {
    const bytes = a.address ?? new Uint8Array();
    const address = bytesToIp(bytes);
    const max = bytes.length * 8;
    const prefixLen = a.length ?? 0;
    if (!address || prefixLen > max) {
      throw new AuthzConvertError("ZTS_AUTHZ_BAD_ADDRESS", `${where}: bad CIDR (${bytes.length} bytes, /${prefixLen})`);
    }
    return { address, prefixLen };
  });
}

function match(m: PMatch, where: string): RbacMatch {
  const sa = (l: istio.security.ServiceAccountMatch.$Properties[] | null | undefined) =>
    (l ?? []).map((s) => ({ namespace: s.namespace ?? "", serviceAccount: s.serviceAccount ?? "" }));
  return {
    namespaces: strings(m.namespaces),
    notNamespaces: strings(m.notNamespaces),
    serviceAccounts: sa(m.serviceAccounts),
    notServiceAccounts: sa(m.notServiceAccounts),
    principals: strings(m.principals),
    notPrincipals: strings(m.notPrincipals),
    sourceIps: cidrs(m.sourceIps, where),
    notSourceIps: cidrs(m.notSourceIps, where),
    destinationIps: cidrs(m.destinationIps, where),
    notDestinationIps: cidrs(m.notDestinationIps, where),
    destinationPorts: [...(m.destinationPorts ?? [])],
    notDestinationPorts: [...(m.notDestinationPorts ?? [])],
  };
}

const SCOPES = {
  [istio.security.Scope.GLOBAL]: "Global",
  [istio.security.Scope.NAMESPACE]: "Namespace",
  [istio.security.Scope.WORKLOAD_SELECTOR]: "WorkloadSelector",
} as const;

export function authorizationFromProto(p: PAuthz): Authorization {
  const where = `Authorization ${p.namespace ?? ""}/${p.name ?? ""}`;
  const scope = SCOPES[(p.scope ?? 0) as keyof typeof SCOPES];
  if (!scope) throw new AuthzConvertError("ZTS_AUTHZ_BAD_SCOPE", `${where}: unknown scope ${p.scope}`);
  const action = (p.action ?? 0) === istio.security.Action.DENY ? "Deny" : "Allow";
  if (p.action != null && p.action !== istio.security.Action.DENY && p.action !== istio.security.Action.ALLOW) {
    throw new AuthzConvertError("ZTS_AUTHZ_BAD_ACTION", `${where}: unknown action ${p.action}`);
  }
  return {
    name: p.name ?? "",
    namespace: p.namespace ?? "",
    scope,
    action,
    rules: (p.rules ?? []).map((r) => (r.clauses ?? []).map((c) => (c.matches ?? []).map((m) => match(m, where)))),
    dryRun: p.dryRun === true,
  };
}

/** Decodes the bytes of an Any whose type is istio.security.Authorization. */
export function decodeAuthorization(bytes: Uint8Array): Authorization {
  return authorizationFromProto(istio.security.Authorization.decode(bytes));
}
