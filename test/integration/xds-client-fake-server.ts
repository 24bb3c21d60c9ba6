// A minimal delta ADS server for the xDS client's tests: real grpc-js on loopback, that
// records every request (decoded) and sends whatever bytes a test hands it as the
// response message (passthrough serializer), so golden vectors go on the wire unchanged.
import * as grpc from "@grpc/grpc-js";
import { ADS_METHOD } from "../../xds/client/client.ts";
import { envoy } from "../../xds/gen/protos.js";

const D = envoy.service.discovery.v3;
export type Req = envoy.service.discovery.v3.DeltaDiscoveryRequest;

export interface FakeStream {
  metadata: grpc.Metadata;
  requests: Req[];
  /** The next request matching `pred` (already received ones count). */
  request(pred?: (r: Req) => boolean): Promise<Req>;
  send(bytes: Uint8Array): void;
  /** A response built from properties, encoded here. */
  sendResponse(r: envoy.service.discovery.v3.DeltaDiscoveryResponse.$Properties): void;
  ended: boolean;
}

export interface FakeAds {
  port: number;
  streams: FakeStream[];
  stream(index: number): Promise<FakeStream>;
  close(): Promise<void>;
}

export async function startFakeAds(port = 0, onStream?: (s: FakeStream) => void): Promise<FakeAds> {
  const server = new grpc.Server();
  const streams: FakeStream[] = [];
  const streamWaiters: Array<() => void> = [];
  const def: grpc.ServiceDefinition = {
    DeltaAggregatedResources: {
      path: ADS_METHOD,
      requestStream: true,
      responseStream: true,
      requestSerialize: (x: Buffer) => x,
      requestDeserialize: (b: Buffer) => D.DeltaDiscoveryRequest.decode(b),
      responseSerialize: (b: Uint8Array) => Buffer.from(b),
      responseDeserialize: (b: Buffer) => b,
    },
  };
  server.addService(def, {
    DeltaAggregatedResources: (call: grpc.ServerDuplexStream<Req, Uint8Array>) => {
      const waiters: Array<{ pred: (r: Req) => boolean; from: number; resolve: (r: Req) => void }> = [];
      const s: FakeStream = {
        metadata: call.metadata,
        requests: [],
        ended: false,
        request(pred = () => true) {
          const hit = s.requests.find(pred);
          if (hit) return Promise.resolve(hit);
          return new Promise((resolve) => waiters.push({ pred, from: s.requests.length, resolve }));
        },
        send(bytes) {
          if (!s.ended) call.write(bytes);
        },
        sendResponse(r) {
          s.send(D.DeltaDiscoveryResponse.encode(r).finish());
        },
      };
      call.on("data", (r: Req) => {
        s.requests.push(r);
        for (const w of [...waiters]) {
          if (w.pred(r)) {
            waiters.splice(waiters.indexOf(w), 1);
            w.resolve(r);
          }
        }
      });
      const done = () => {
        s.ended = true;
      };
      call.on("end", () => {
        done();
        call.end();
      });
      call.on("error", done);
      call.on("cancelled", done);
      streams.push(s);
      for (const w of streamWaiters.splice(0)) w();
      onStream?.(s);
    },
  });
  const bound = await new Promise<number>((resolve, reject) =>
    server.bindAsync(`127.0.0.1:${port}`, grpc.ServerCredentials.createInsecure(), (err, p) =>
      err ? reject(err) : resolve(p),
    ),
  );
  return {
    port: bound,
    streams,
    async stream(i) {
      while (!streams[i]) await new Promise<void>((r) => streamWaiters.push(r));
      return streams[i]!;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.forceShutdown();
        resolve();
      }),
  };
}

// ---- building blocks for tests ----

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../../src/config.ts";
import { ADDRESS_TYPE_URL } from "../../src/state/from-proto.ts";
import { istio } from "../../xds/gen/protos.js";

/** A full Config pointing at a plaintext server on loopback, with a token file. */
export function testConfig(port: number, env: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), "zts-xds-"));
  const token = join(dir, "istio-token");
  writeFileSync(token, "test-token-123\n");
  return loadConfig({
    XDS_ADDRESS: `http://127.0.0.1:${port}`,
    AUTH_TOKEN: token,
    INSTANCE_IP: "127.0.0.5",
    POD_NAME: "ztunnel-abc",
    POD_NAMESPACE: "istio-system",
    NODE_NAME: "node-a",
    CLUSTER_ID: "cluster-test",
    SERVICE_ACCOUNT: "ztunnel",
    ...env,
  });
}

export const wl = (uid: string, ip: number[], extra: istio.workload.Workload.$Properties = {}) => ({
  uid,
  name: uid.split("/").pop(),
  namespace: "default",
  addresses: [Uint8Array.from(ip)],
  tunnelProtocol: istio.workload.TunnelProtocol.HBONE,
  node: "node-a",
  ...extra,
});

/** A Resource holding an Address with this workload or service. */
export function addrResource(
  name: string,
  version: string,
  a: istio.workload.Address.$Properties,
): envoy.service.discovery.v3.Resource.$Properties {
  return {
    name,
    version,
    resource: { type_url: ADDRESS_TYPE_URL, value: istio.workload.Address.encode(a).finish() },
  };
}
