// A sandwich waypoint (a workload with applicationTunnel PROXY) behind one real node proxy
// run from a ztunnel local config: a client pod's connection to a service whose waypoint is
// that workload goes SOCKS5 → outbound (the waypoint pick) → HBONE to the waypoint's :15008 →
// the proxy's own inbound → the tunnel port on loopback, where a stand-in waypoint reads the
// PROXY v2 header. The stand-in parses the header itself, field by field from haproxy's
// proxy-protocol.txt (section 2.2), never with the project's encoder.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SocksClient } from "socks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  closeServer,
  listen,
  localConfigProxyEnv,
  PORTS,
  type RunningProxy,
  spawnProxy,
  stopProxy,
  waitProxyReady,
} from "../fixtures/proxy-harness.ts";

const NODE_IP = "127.61.0.1";
const CLIENT = "127.61.1.10";
const WAYPOINT = "127.61.2.10";
const VIP = "127.61.9.1";

interface ParsedProxy {
  verCmd: number;
  famProto: number;
  src?: string;
  srcPort?: number;
  dst?: string;
  dstPort?: number;
  tlvs: { type: number; value: string }[];
  /** The bytes after the header that arrived with it. */
  rest: Buffer;
}

const SIGNATURE = Buffer.from("0d0a0d0a000d0a515549540a", "hex");

/** A v2 header off the front of `b`, or undefined while more bytes are needed. */
function parseProxyV2(b: Buffer): ParsedProxy | undefined {
  if (b.length < 16) return undefined;
  if (!b.subarray(0, 12).equals(SIGNATURE))
    throw new Error(`not a PROXY v2 signature: ${b.subarray(0, 12).toString("hex")}`);
  const len = b.readUInt16BE(14);
  if (b.length < 16 + len) return undefined;
  const famProto = b[13] as number;
  const out: ParsedProxy = { verCmd: b[12] as number, famProto, tlvs: [], rest: b.subarray(16 + len) };
  let at = 16;
  if (famProto >> 4 === 1) {
    out.src = [...b.subarray(16, 20)].join(".");
    out.dst = [...b.subarray(20, 24)].join(".");
    out.srcPort = b.readUInt16BE(24);
    out.dstPort = b.readUInt16BE(26);
    at = 28;
  }
  while (at < 16 + len) {
    const type = b[at] as number;
    const vlen = b.readUInt16BE(at + 1);
    out.tlvs.push({ type, value: b.subarray(at + 3, at + 3 + vlen).toString("utf8") });
    at += 3 + vlen;
  }
  return out;
}

/** The stand-in waypoint: reads one header per connection, then echoes what follows it. */
function sandwichStandIn(seen: ParsedProxy[], open: Set<Socket>): Server {
  return createServer({ allowHalfOpen: true }, (s: Socket) => {
    open.add(s);
    s.on("close", () => open.delete(s));
    s.on("error", () => s.destroy());
    let buf = Buffer.alloc(0);
    const onData = (d: Buffer) => {
      buf = Buffer.concat([buf, d]);
      let h: ParsedProxy | undefined;
      try {
        h = parseProxyV2(buf);
      } catch {
        s.destroy();
        return;
      }
      if (!h) return;
      s.off("data", onData);
      seen.push(h);
      if (h.rest.length) s.write(h.rest);
      s.pipe(s);
    };
    s.on("data", onData);
  });
}

let dir: string;
let proxy: RunningProxy;
let standIn: Server;
const seen: ParsedProxy[] = [];
const standInSockets = new Set<Socket>();

beforeAll(async () => {
  standIn = await listen(sandwichStandIn(seen, standInSockets), "127.0.0.1", 0);
  const tunnelPort = (standIn.address() as { port: number }).port;
  const config = `workloads:
- uid: Kubernetes//Pod/default/client
  name: client
  namespace: default
  serviceAccount: client
  workloadIps: ["${CLIENT}"]
  protocol: HBONE
  node: n1
  services: {}
- uid: Kubernetes//Pod/default/waypoint
  name: waypoint
  namespace: default
  serviceAccount: waypoint
  workloadIps: ["${WAYPOINT}"]
  protocol: HBONE
  node: n1
  services: {}
  applicationTunnel:
    protocol: PROXY
    port: ${tunnelPort}
services:
- name: backend
  namespace: default
  hostname: backend.default.svc.cluster.local
  vips: ["/${VIP}"]
  ports:
    80: 8080
  waypoint:
    destination: "/${WAYPOINT}"
    hboneMtlsPort: 15008
`;
  dir = mkdtempSync(join(tmpdir(), "zts-sandwich-"));
  writeFileSync(join(dir, "local.yaml"), config);
  proxy = spawnProxy("n1", NODE_IP, localConfigProxyEnv(NODE_IP, join(dir, "local.yaml")));
  await waitProxyReady(proxy);
}, 30_000);

afterAll(async () => {
  if (proxy) await stopProxy(proxy);
  for (const s of standInSockets) s.destroy();
  await closeServer(standIn);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("a sandwich waypoint (application tunnel PROXY)", () => {
  it("receives PROXY v2 with the client, the original destination and the client's identity, then the bytes", async () => {
    const { socket } = await SocksClient.createConnection({
      proxy: { host: NODE_IP, port: PORTS.socks5, type: 5 },
      command: "connect",
      destination: { host: VIP, port: 80 },
      socket_options: { localAddress: CLIENT } as never,
      timeout: 5000,
    });
    socket.on("error", () => {});
    const echoed = new Promise<string>((resolve) => {
      let got = "";
      setTimeout(() => resolve(`timed out with ${JSON.stringify(got)}`), 5000);
      socket.on("data", (d: Buffer) => {
        got += d;
        if (got.length >= 5) resolve(got);
      });
    });
    socket.write("hello");
    expect(await echoed).toBe("hello");
    socket.destroy();

    expect(seen).toHaveLength(1);
    const h = seen[0] as ParsedProxy;
    // Version 2 + PROXY; TCP over IPv4.
    expect(h.verCmd).toBe(0x21);
    expect(h.famProto).toBe(0x11);
    // The HBONE peer (the client pod's address: node mode dials from it) and what it asked for.
    expect(h.src).toBe(CLIENT);
    expect(h.srcPort).toBeGreaterThan(0);
    expect(`${h.dst}:${h.dstPort}`).toBe(`${VIP}:80`);
    expect(h.tlvs).toEqual([{ type: 0xd0, value: "spiffe://cluster.local/ns/default/sa/client" }]);
  });
});
