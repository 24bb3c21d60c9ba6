// What the ServiceEntry / WorkloadEntry / waypoint / network translation produces survives
// to-proto.ts → from-proto.ts unchanged: every model field it sets reaches the Address proto
// and is read back (hostname-only workloads, network gateways, application tunnels,
// PASSTHROUGH load balancing, SANs, ingress_use_waypoint, visibility).
import { describe, expect, it } from "vitest";
import { decodeAddress } from "../../src/state/from-proto.ts";
import type { Service } from "../../src/state/types.ts";
import { parseMeshText } from "../../xds/controlplane/mesh-files.ts";
import { encodeService, encodeWorkload } from "../../xds/controlplane/to-proto.ts";
import { translate } from "../../xds/controlplane/translate.ts";

const OPTS = { clusterId: "Kubernetes", trustDomain: "cluster.local", clusterDomain: "cluster.local", network: "" };

const MESH = `
kind: Node
metadata: {name: node-a}
---
kind: Namespace
metadata: {name: istio-system, labels: {topology.istio.io/network: net1}}
---
kind: Namespace
metadata: {name: app, labels: {istio.io/use-waypoint: wp, istio.io/ingress-use-waypoint: "true"}}
---
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: wp, namespace: app, labels: {istio.io/waypoint-for: all}, annotations: {ambient.istio.io/waypoint-inbound-binding: PROXY/15088}}
spec: {gatewayClassName: istio-waypoint, listeners: [{name: mesh, port: 15008, protocol: HBONE}]}
status: {addresses: [{type: Hostname, value: wp.app.svc.cluster.local}]}
---
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: ew, namespace: istio-system, labels: {topology.istio.io/network: net1}}
spec: {gatewayClassName: istio-remote, listeners: [{name: mesh, port: 15008, protocol: HBONE}]}
status: {addresses: [{type: Hostname, value: ew.example.net}]}
---
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata: {name: ext, namespace: app}
spec:
  hosts: [ext.example.com]
  ports: [{number: 443, name: tls, targetPort: 8443}]
  resolution: DNS
  subjectAltNames: [spiffe://cluster.local/ns/app/sa/ext]
  endpoints: [{address: backend.example.net, weight: 4, locality: r/z/s}]
---
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata: {name: pass, namespace: app}
spec: {hosts: [pass.example.com], addresses: [192.0.2.1], ports: [{number: 80, name: http}]}
---
apiVersion: networking.istio.io/v1
kind: WorkloadEntry
metadata: {name: vm, namespace: app}
spec: {address: 192.0.2.9, serviceAccount: vm}
---
kind: Pod
metadata: {name: wp-0, namespace: app, labels: {gateway.networking.k8s.io/gateway-name: wp}}
spec: {nodeName: node-a}
status: {podIP: 10.0.0.9}
`;

describe("ServiceEntry / waypoint / network model → protobuf → model", () => {
  const mesh = translate(parseMeshText(MESH, "mesh.yaml"), OPTS);

  it("every workload round-trips unchanged, the hostname-only endpoint and the gateway workload included", () => {
    const uids = mesh.workloads.map((w) => w.uid);
    expect(uids).toContain("Kubernetes/networking.istio.io/ServiceEntry/app/ext/backend.example.net");
    expect(uids).toContain("NetworkGateway/net1/ew.example.net/15008");
    const tunnel = mesh.workloads.find((w) => w.uid === "Kubernetes//Pod/app/wp-0");
    expect(tunnel?.applicationTunnel).toEqual({ protocol: "PROXY", port: 15088 });
    for (const w of mesh.workloads)
      expect(decodeAddress(encodeWorkload(w).bytes)).toEqual({ kind: "workload", workload: w });
  });

  it("every service round-trips unchanged: waypoint, ingress_use_waypoint, SANs, PASSTHROUGH, allocated VIPs", () => {
    const ext = mesh.services.find((s) => s.hostname === "ext.example.com");
    expect(ext?.ingressUseWaypoint).toBe(true);
    expect(ext?.vips.length).toBe(2);
    for (const s of mesh.services)
      expect(decodeAddress(encodeService(s).bytes)).toEqual({ kind: "service", service: s });
  });

  it("Service.visibility Namespace is sent and read back", () => {
    const s: Service = { ...(mesh.services[0] as Service), visibility: "Namespace" };
    expect(decodeAddress(encodeService(s).bytes)).toEqual({ kind: "service", service: s });
  });
});
