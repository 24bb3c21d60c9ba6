// A service's own upstream pick: the `ztunnel-ts.io/lb` Service extension on the wire (what
// the proxy accepts and what it NACKs), and the embedded control plane setting it from the
// Service annotation of the same name.
import { describe, expect, it } from "vitest";
import { decodeAddress } from "../../src/state/from-proto.ts";
import { LB_EXTENSION, lbExtension, STRING_VALUE_TYPE_URL } from "../../src/state/service-lb.ts";
import type { Service } from "../../src/state/types.ts";
import { handleResponse } from "../../xds/client/response.ts";
import { ControlPlaneError } from "../../xds/controlplane/errors.ts";
import { parseMeshText } from "../../xds/controlplane/mesh-files.ts";
import { serviceToProto } from "../../xds/controlplane/to-proto.ts";
import { translate } from "../../xds/controlplane/translate.ts";
import { google, istio } from "../../xds/gen/protos.js";

const W = istio.workload;
const ADDRESS = "type.googleapis.com/istio.workload.Address";
const NAME = "default/echo.default.svc.cluster.local";
const base = { name: "echo", namespace: "default", hostname: "echo.default.svc.cluster.local" };
const str = (value: string) => ({
  type_url: STRING_VALUE_TYPE_URL,
  value: google.protobuf.StringValue.encode({ value }).finish(),
});
type Ext = istio.workload.Extension.$Properties;
const bytesOf = (extensions: Ext[]) => W.Address.encode({ service: { ...base, extensions } }).finish();
const serviceOf = (extensions: Ext[]): Service => {
  const d = decodeAddress(bytesOf(extensions));
  if (d.kind !== "service") throw new Error("not a service");
  return d.service;
};

/** The xDS client's verdict on one Address response holding this service. */
function verdict(extensions: Ext[]) {
  return handleResponse({
    typeUrl: ADDRESS,
    nonce: "1",
    resources: [{ name: NAME, version: "1", resource: { type_url: ADDRESS, value: bytesOf(extensions) } }],
  });
}

describe("ztunnel-ts.io/lb on the wire", () => {
  for (const v of ["round-robin", "least-conn", "least-conn-p2c"] as const) {
    it(`${v} becomes the service's lbPolicy`, () => {
      expect(serviceOf([{ name: LB_EXTENSION, config: str(v) }]).lbPolicy).toBe(v);
    });
  }

  it("without the extension the service has no policy of its own (ZTS_LB applies)", () => {
    expect(serviceOf([]).lbPolicy).toBeUndefined();
  });

  it("other extensions are opaque and ignored", () => {
    const other = { name: "example.com/x", config: { type_url: "type.googleapis.com/x.Y", value: Uint8Array.of(1) } };
    expect(serviceOf([other, { name: LB_EXTENSION, config: str("least-conn") }]).lbPolicy).toBe("least-conn");
  });

  it("an unknown value is NACKed naming the service and the value", () => {
    const h = verdict([{ name: LB_EXTENSION, config: str("fastest") }]);
    expect(h.delta?.upsertServices).toEqual([]);
    expect(h.rejected).toHaveLength(1);
    expect(h.rejected[0]).toContain(NAME);
    expect(h.rejected[0]).toContain('unknown value "fastest"');
  });

  it("a config that is not a StringValue is NACKed", () => {
    const h = verdict([
      { name: LB_EXTENSION, config: { type_url: "type.googleapis.com/google.protobuf.UInt32Value" } },
    ]);
    expect(h.rejected[0]).toMatch(/must be a type\.googleapis\.com\/google\.protobuf\.StringValue/);
  });

  it("the extension given twice is NACKed", () => {
    const twice = { name: LB_EXTENSION, config: str("least-conn") };
    expect(verdict([twice, twice]).rejected[0]).toMatch(/given twice/);
  });

  it("a good service in the same response is applied while the bad one is NACKed", () => {
    const good = W.Address.encode({
      service: { ...base, hostname: "ok.default.svc.cluster.local", extensions: [lbExtension("least-conn")] },
    }).finish();
    const h = handleResponse({
      typeUrl: ADDRESS,
      nonce: "1",
      resources: [
        {
          name: NAME,
          version: "1",
          resource: { type_url: ADDRESS, value: bytesOf([{ name: LB_EXTENSION, config: str("x") }]) },
        },
        { name: "default/ok.default.svc.cluster.local", version: "1", resource: { type_url: ADDRESS, value: good } },
      ],
    });
    expect(h.rejected).toHaveLength(1);
    expect(h.delta?.upsertServices?.map((s) => [s.hostname, s.lbPolicy])).toEqual([
      ["ok.default.svc.cluster.local", "least-conn"],
    ]);
  });
});

describe("embedded control plane: the Service annotation", () => {
  const OPTS = { clusterId: "Kubernetes", trustDomain: "cluster.local", clusterDomain: "cluster.local", network: "" };
  const mesh = (annotation: string) =>
    translate(
      parseMeshText(
        `
apiVersion: v1
kind: Service
metadata:
  name: echo
  namespace: default
${annotation ? `  annotations:\n    ztunnel-ts.io/lb: ${annotation}\n` : ""}spec:
  clusterIP: 127.88.0.10
  ports:
  - port: 80
    targetPort: 8080
`,
        "inline.yaml",
      ),
      OPTS,
    );

  it("least-conn-p2c on the annotation travels as the extension and decodes back", () => {
    const svc = mesh("least-conn-p2c").services[0] as Service;
    expect(svc.lbPolicy).toBe("least-conn-p2c");
    const wire = W.Address.encode({ service: serviceToProto(svc) }).finish();
    const back = decodeAddress(wire);
    expect(back.kind === "service" && back.service.lbPolicy).toBe("least-conn-p2c");
  });

  it("no annotation: no extension sent", () => {
    const svc = mesh("").services[0] as Service;
    expect(serviceToProto(svc).extensions ?? []).toEqual([]);
  });

  it("an unknown annotation value is refused with the field named", () => {
    expect(() => mesh("fastest")).toThrow(ControlPlaneError);
    expect(() => mesh("fastest")).toThrow(/metadata\.annotations\.ztunnel-ts\.io\/lb/);
  });
});
