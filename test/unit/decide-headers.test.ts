// The CONNECT headers as ztunnel writes and reads them (src/proxy/outbound.rs build_forwarded,
// src/baggage.rs, src/proxy.rs parse_forwarded_host): the cases below are ztunnel's facts.
import { describe, expect, it } from "vitest";
import { baggageHeader, forwardedHeader, parseBaggage, parseForwardedHost } from "../../src/decide/headers.ts";
import { workload } from "./select-mesh.ts";

describe("forwardedHeader (build_forwarded)", () => {
  it.each([
    ["127.0.0.1", 80, undefined, 'for="127.0.0.1:80"'],
    ["::1", 80, undefined, 'for="[::1]:80"'],
    ["127.0.0.1", 80, "example.com", 'for="127.0.0.1:80";host=example.com'],
  ])("%s:%s host %s → %s", (ip, port, host, want) => {
    expect(forwardedHeader(ip, port, host)).toBe(want);
  });
});

describe("baggageHeader (baggage_header_val over Workload::baggage)", () => {
  it("every field, workload type in the key", () => {
    const w = workload("Kubernetes//Pod/ns1/p", {
      namespace: "ns1",
      clusterId: "c1",
      workloadType: "deployment",
      workloadName: "app",
      canonicalName: "app-svc",
      canonicalRevision: "v2",
      locality: { region: "us-east1", zone: "us-east1-b", subzone: "" },
    });
    expect(baggageHeader(w)).toBe(
      "k8s.cluster.name=c1,k8s.namespace.name=ns1,k8s.deployment.name=app,service.name=app-svc,service.version=v2,cloud.region=us-east1,cloud.availability_zone=us-east1-b",
    );
  });
  it("empty fields are left out", () => {
    const w = workload("Kubernetes//Pod/ns1/p", {
      namespace: "ns1",
      clusterId: "",
      workloadType: "pod",
      workloadName: "p",
      canonicalName: "",
      canonicalRevision: "",
      locality: { region: "", zone: "", subzone: "" },
    });
    expect(baggageHeader(w)).toBe("k8s.namespace.name=ns1,k8s.pod.name=p");
  });
});

describe("parseBaggage (parse_baggage_header)", () => {
  it("reads every known key, over several header values, the last one winning", () => {
    expect(
      parseBaggage([
        "k8s.cluster.name=K1,k8s.namespace.name=NS1,k8s.deployment.name=N1,service.name=N2,service.version=V1",
        "service.name=N3,unknown.key=x,cloud.region=R,cloud.availability_zone=Z",
      ]),
    ).toEqual({
      clusterId: "K1",
      namespace: "NS1",
      workloadName: "N1",
      serviceName: "N3",
      revision: "V1",
      region: "R",
      zone: "Z",
    });
  });
  it("an empty value clears the field; a part without = is ignored; no header is empty baggage", () => {
    expect(parseBaggage("k8s.namespace.name=NS1,k8s.namespace.name=,junk")).toEqual({});
    expect(parseBaggage(undefined)).toEqual({});
  });
});

describe("parseForwardedHost (parse_forwarded_host)", () => {
  it.each([
    ["by=identifier;for=identifier;host=example.com;proto=https", "example.com"],
    ['by=identifier;for=identifier;host="example.com";proto=https', "example.com"],
    ["by=identifier;for=identifier;proto=https", undefined],
    ["by=identifier;for=identifier;host=;proto=https", undefined],
    ['for=for;by=by;host=host;proto="pröto"', undefined],
  ])("%s → %s", (header, want) => {
    expect(parseForwardedHost(header)).toBe(want);
  });
});
