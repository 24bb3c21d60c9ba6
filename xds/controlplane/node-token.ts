// Who is calling: the bearer token the control plane issued to one node proxy (written by
// `writeTokens`, read by the proxy from AUTH_TOKEN and sent as `authorization: Bearer …`).
// Both services of the embedded control plane ask this one function: the CA to know whose
// identities a caller may get, ADS so that only the mesh's own proxies see the mesh.
import type { Metadata } from "@grpc/grpc-js";

export type NodeOfCall = { node: string } | { refused: string };

export function nodeOfCall(metadata: Metadata, nodeForToken: (token: string) => string | undefined): NodeOfCall {
  const auth = metadata.get("authorization")[0];
  const m = typeof auth === "string" ? /^Bearer\s+(.+)$/i.exec(auth.trim()) : null;
  if (!m)
    return { refused: "missing 'authorization: Bearer <token>' metadata (the node token from the control plane)" };
  const node = nodeForToken(m[1]!);
  return node ? { node } : { refused: "unknown token" };
}
