// The Istio CA service (istio.v1.auth.IstioCertificateService/CreateCertificate) around the
// in-process local CA. Authentication is a bearer token the control plane issued to one node
// proxy; authorization follows istiod's rule for node proxies: the proxy may get a cert only
// for an identity (namespace + service account) of a pod that runs on its own node. As in
// istiod, ztunnel names the identity it wants in the `ImpersonatedIdentity` metadata field;
// without it the CSR's URI SAN is the request.
import * as grpc from "@grpc/grpc-js";
import { csrUris, type LocalCa } from "../../src/identity/local-ca.ts";
import { trySpiffeId } from "../../src/identity/spiffe.ts";
import { logger } from "../../src/log.ts";
import { istio } from "../gen/protos.js";
import { nodeOfCall } from "./node-token.ts";

type CertRequest = istio.v1.auth.IstioCertificateRequest;
type CertResponse = istio.v1.auth.IstioCertificateResponse.$Properties;
const { IstioCertificateRequest, IstioCertificateResponse } = istio.v1.auth;

export const CA_METHOD = "/istio.v1.auth.IstioCertificateService/CreateCertificate";
/** Metadata key ztunnel uses (src/identity/caclient.rs). */
export const IMPERSONATED_IDENTITY = "ImpersonatedIdentity";

export const CA_SERVICE: grpc.ServiceDefinition = {
  CreateCertificate: {
    path: CA_METHOD,
    requestStream: false,
    responseStream: false,
    requestSerialize: (m: istio.v1.auth.IstioCertificateRequest.$Properties) =>
      Buffer.from(IstioCertificateRequest.encode(m).finish()),
    requestDeserialize: (b: Buffer) => IstioCertificateRequest.decode(b),
    responseSerialize: (m: CertResponse) => Buffer.from(IstioCertificateResponse.encode(m).finish()),
    responseDeserialize: (b: Buffer) => IstioCertificateResponse.decode(b),
  },
};

const DAY_S = 24 * 3600;
/** istiod's default workload cert TTL and its cap (MAX_WORKLOAD_CERT_TTL). */
const DEFAULT_TTL_S = DAY_S;
const MAX_TTL_S = 90 * DAY_S;

export interface CaServerOptions {
  ca: LocalCa;
  trustDomain: string;
  /** Bearer token → the node whose proxy holds it, or undefined. */
  nodeForToken(token: string): string | undefined;
  /** Whether a pod with this namespace/service account runs on `node` (current mesh). */
  hasPodOnNode(node: string, namespace: string, serviceAccount: string): boolean;
  /** The roots to announce with each certificate (default: the CA's own). */
  roots?(): Promise<string[]>;
  /** Cap on an issued certificate's lifetime (default MAX_WORKLOAD_CERT_TTL's 90 days). */
  maxCertTtlMs?: number;
}

class CaRefusal extends Error {
  constructor(
    readonly grpcCode: grpc.status,
    message: string,
  ) {
    super(message);
  }
}

export function createCaServer(opts: CaServerOptions): {
  service: grpc.ServiceDefinition;
  handlers: grpc.UntypedServiceImplementation;
} {
  const log = logger().child({ component: "controlplane.ca" });

  async function sign(call: grpc.ServerUnaryCall<CertRequest, CertResponse>): Promise<string[]> {
    const caller = nodeOfCall(call.metadata, opts.nodeForToken);
    if ("refused" in caller) throw new CaRefusal(grpc.status.UNAUTHENTICATED, caller.refused);
    const node = caller.node;

    const req = call.request;
    let sans: string[];
    try {
      sans = csrUris(req.csr);
    } catch (e) {
      throw new CaRefusal(grpc.status.INVALID_ARGUMENT, `cannot parse CSR: ${(e as Error).message}`);
    }
    const impersonated = req.metadata?.fields?.[IMPERSONATED_IDENTITY]?.stringValue;
    const identity = impersonated || sans[0];
    if (!identity)
      throw new CaRefusal(grpc.status.INVALID_ARGUMENT, "no identity: CSR has no URI SAN and no ImpersonatedIdentity");
    const id = trySpiffeId(identity);
    if (!id) throw new CaRefusal(grpc.status.INVALID_ARGUMENT, `${JSON.stringify(identity)} is not a SPIFFE id`);
    if (id.trustDomain !== opts.trustDomain) {
      throw new CaRefusal(grpc.status.PERMISSION_DENIED, `trust domain ${id.trustDomain} is not ${opts.trustDomain}`);
    }
    if (!opts.hasPodOnNode(node, id.namespace, id.serviceAccount)) {
      throw new CaRefusal(
        grpc.status.PERMISSION_DENIED,
        `the proxy of node ${node} may not sign for ${identity}: no pod with that service account runs on its node`,
      );
    }
    const requested = Number(req.validityDuration ?? 0);
    const ttlS = requested > 0 ? Math.min(requested, MAX_TTL_S) : DEFAULT_TTL_S;
    try {
      const ttlMs = Math.min(ttlS * 1000, opts.maxCertTtlMs ?? Number.POSITIVE_INFINITY);
      const chain = await opts.ca.signCsr(req.csr, { identity, ttlMs });
      log.info({ node, identity, ttlS }, "signed");
      return chain;
    } catch (e) {
      throw new CaRefusal(grpc.status.INVALID_ARGUMENT, (e as Error).message);
    }
  }

  const handlers: grpc.UntypedServiceImplementation = {
    CreateCertificate(call: grpc.ServerUnaryCall<CertRequest, CertResponse>, cb: grpc.sendUnaryData<CertResponse>) {
      sign(call).then(
        // As istiod: leaf first, the root bundle as the last entry (clients take their trust from it).
        async (certChain) => {
          const roots = (await opts.roots?.()) ?? [opts.ca.rootPem];
          cb(null, { certChain: [...certChain, roots.join("")] });
        },
        (e: unknown) => {
          const code = e instanceof CaRefusal ? e.grpcCode : grpc.status.INTERNAL;
          if (code === grpc.status.INTERNAL) log.error({ err: e }, "CreateCertificate failed");
          else log.warn({ error: (e as Error).message }, "CreateCertificate refused");
          cb({ code, details: (e as Error).message });
        },
      );
    },
  };
  return { service: CA_SERVICE, handlers };
}
