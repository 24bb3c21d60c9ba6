// The `ztunnel-ts.io/lb` Service extension: a service's own upstream pick, carried in the
// Address resource as `Service.extensions[{name: "ztunnel-ts.io/lb", config: Any{
// google.protobuf.StringValue}}]`. Istio's workload.proto has an opaque extensions list on
// Service for exactly this; istiod never sets this name, so a stock mesh keeps ZTS_LB.
// The same name is the Kubernetes Service annotation the embedded control plane reads.
import { google } from "../../xds/gen/protos.js";
import { SERVICE_LB_POLICIES, type ServiceLbPolicy } from "./types.ts";

export const LB_EXTENSION = "ztunnel-ts.io/lb";
export const STRING_VALUE_TYPE_URL = "type.googleapis.com/google.protobuf.StringValue";

/** A value of the extension (or annotation), or undefined when it is not one we know. */
export function parseLbPolicy(value: string): ServiceLbPolicy | undefined {
  return (SERVICE_LB_POLICIES as readonly string[]).includes(value) ? (value as ServiceLbPolicy) : undefined;
}

/** The extension entry for a policy, as the control plane sends it. */
export function lbExtension(policy: ServiceLbPolicy): { name: string; config: google.protobuf.Any.$Properties } {
  return {
    name: LB_EXTENSION,
    config: { type_url: STRING_VALUE_TYPE_URL, value: google.protobuf.StringValue.encode({ value: policy }).finish() },
  };
}

/**
 * The policy in a Service's extensions (none without the entry), or what is wrong with the
 * entry (the caller rejects the resource with it: a typo must not silently fall back to
 * another balancing policy).
 */
export function lbPolicyFromExtensions(
  extensions: ReadonlyArray<{ name?: string | null; config?: google.protobuf.Any.$Properties | null }>,
): { policy?: ServiceLbPolicy; error?: string } {
  let found: ServiceLbPolicy | undefined;
  for (const [i, ext] of extensions.entries()) {
    if (ext.name !== LB_EXTENSION) continue; // others are opaque to us
    const where = `extensions[${i}] ${LB_EXTENSION}`;
    if (found) return { error: `${where}: given twice` };
    const typeUrl = ext.config?.type_url ?? "";
    if (typeUrl !== STRING_VALUE_TYPE_URL) {
      return { error: `${where}: config must be a ${STRING_VALUE_TYPE_URL}, got ${typeUrl || "(none)"}` };
    }
    let value: string;
    try {
      value = google.protobuf.StringValue.decode(ext.config?.value ?? new Uint8Array()).value;
    } catch (e) {
      return { error: `${where}: cannot decode its StringValue: ${(e as Error).message}` };
    }
    const policy = parseLbPolicy(value);
    if (!policy) {
      return { error: `${where}: unknown value ${JSON.stringify(value)}; expected ${SERVICE_LB_POLICIES.join(", ")}` };
    }
    found = policy;
  }
  return found ? { policy: found } : {};
}
