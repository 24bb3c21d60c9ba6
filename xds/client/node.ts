// Who this proxy is, as istiod wants to be told: the Node id ztunnel sends (istiod parses
// the pod IP, name and namespace out of it) and the metadata Struct, plus the gRPC call
// metadata (token, cluster id, XDS_HEADER_*).
import { readFileSync } from "node:fs";
import { Metadata } from "@grpc/grpc-js";
import type { Config } from "../../src/config.ts";
import type { envoy, google } from "../gen/protos.js";

export type NodeConfig = Pick<
  Config,
  "instanceIp" | "podName" | "podNamespace" | "nodeName" | "clusterId" | "serviceAccount" | "istioMeta"
>;

export function nodeId(c: Pick<NodeConfig, "instanceIp" | "podName" | "podNamespace">): string {
  return `ztunnel~${c.instanceIp}~${c.podName}.${c.podNamespace}~${c.podNamespace}.svc.cluster.local`;
}

export function buildNode(c: NodeConfig): envoy.service.discovery.v3.Node.$Properties {
  const meta: Record<string, string> = {
    NAME: c.podName,
    NAMESPACE: c.podNamespace,
    INSTANCE_IPS: c.instanceIp,
    NODE_NAME: c.nodeName,
    CLUSTER_ID: c.clusterId,
    SERVICE_ACCOUNT: c.serviceAccount,
    // ISTIO_META_* last, as ztunnel does: an operator's explicit metadata wins.
    ...c.istioMeta,
  };
  const fields: Record<string, google.protobuf.Value.$Properties> = {};
  for (const [k, v] of Object.entries(meta)) fields[k] = { stringValue: v };
  return { id: nodeId(c), metadata: { fields } };
}

export type CallMetadataConfig = Pick<Config, "authToken" | "clusterId" | "xdsHeaders">;

/** Read at every (re)connect: the projected token is rotated by the kubelet. */
export function callMetadata(c: CallMetadataConfig): Metadata {
  const md = new Metadata();
  for (const [k, v] of Object.entries(c.xdsHeaders)) md.set(k.toLowerCase(), v);
  if (c.authToken) {
    let token: string | undefined;
    try {
      token = readFileSync(c.authToken, "utf8").trim();
    } catch {
      token = undefined; // no token file (local testing, plaintext control plane): send none
    }
    if (token) md.set("authorization", `Bearer ${token}`);
  }
  md.set("clusterid", c.clusterId);
  return md;
}
