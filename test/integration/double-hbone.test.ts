// The tunnel stage's double HBONE (connectDouble) against two independent python h2 + ssl
// servers on loopback: the east-west gateway stand-in (terminates the outer mTLS + CONNECT,
// relays the stream to the destination) and the HBONE server stand-in as the destination
// (terminates the inner mTLS + CONNECT, echoes, reports the CONNECT's headers). Each side's
// identity is checked: the gateway's on the outer TLS, the destination's on the inner one.
// Then with ztunnel-ts's own HBONE server (the fixture's, on ZTS_HBONE_DATAPATH's data path) as
// the destination behind the gateway stand-in: what reaches the server is the inner tunnel's
// TLS, relayed as plain TCP, as from Istio's east-west gateway.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { WorkloadCert } from "../../src/identity/workload-cert.ts";
import type { HboneClient } from "../../src/tunnel/client.ts";
import type { HboneServer, InboundContext } from "../../src/tunnel/server.ts";
import {
  createLocalCa,
  echoServer,
  hboneClient,
  hboneServer,
  issue,
  roundTrip,
  sha256,
  sid,
} from "../fixtures/hbone-mesh.ts";

const PY = "/usr/bin/python3";
const hasH2 = await new Promise<boolean>((r) =>
  existsSync(PY) ? execFile(PY, ["-c", "import h2"], (e) => r(!e)) : r(false),
);
if (!hasH2) console.log("skipping double HBONE: /usr/bin/python3 with h2 missing (apt-get install -y python3-h2)");

const GATEWAY_PY = fileURLToPath(new URL("../fixtures/eastwest_gateway.py", import.meta.url));
const DEST_PY = fileURLToPath(new URL("../fixtures/hbone_server.py", import.meta.url));
// Loopback addresses of this file only.
const CLIENT_IP = "127.0.47.1";
const GW_IP = "127.0.47.2";
const DEST_IP = "127.0.47.3";
const ECHO_IP = "127.0.47.4";
const AUTHORITY = "echo.default.svc.cluster.local:80";
const SRC = sid("default", "sleep");
const GW = sid("istio-system", "eastwest");
const DEST = sid("default", "echo");

let dir: string;
let clientCert: WorkloadCert;
let destCert: WorkloadCert;
const children: ChildProcess[] = [];
let client: HboneClient | undefined;
const closers: (() => Promise<void> | void)[] = [];

/** Starts a python stand-in; resolves with its stdout lines once it printed "listening". */
function start(argv: string[]): Promise<string[]> {
  const child = spawn(PY, argv, { stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  const lines: string[] = [];
  createInterface({ input: child.stderr! }).on("line", (l) => process.stderr.write(`[python] ${l}\n`));
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`${argv[0]} did not start`)), 10_000);
    createInterface({ input: child.stdout! }).on("line", (l) => {
      lines.push(l);
      if (l.startsWith("listening")) {
        clearTimeout(t);
        resolve(lines);
      }
    });
  });
}

beforeAll(async () => {
  const ca = await createLocalCa({ trustDomain: "cluster.local" });
  clientCert = await issue(ca, SRC);
  dir = mkdtempSync(join(tmpdir(), "zts-double-hbone-"));
  for (const [name, id] of [
    ["gw", GW],
    ["dest", DEST],
  ] as const) {
    const c = await issue(ca, id);
    if (name === "dest") destCert = c;
    writeFileSync(join(dir, `${name}-cert.pem`), c.chainPem.join(""));
    writeFileSync(join(dir, `${name}-key.pem`), c.keyPem);
  }
  writeFileSync(join(dir, "ca.pem"), ca.rootPem);
});
afterEach(async () => {
  client?.close();
  for (const c of children.splice(0)) c.kill();
  for (const close of closers.splice(0)) await close();
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The gateway stand-in on GW_IP:port, routing AUTHORITY to `route` (ip:port). */
function gateway(port: number, route: string) {
  return start([
    GATEWAY_PY,
    GW_IP,
    String(port),
    join(dir, "gw-cert.pem"),
    join(dir, "gw-key.pem"),
    join(dir, "ca.pem"),
    JSON.stringify({ [AUTHORITY]: route }),
  ]);
}

const newClient = () => hboneClient({ certFor: (id) => (id === SRC ? clientCert : undefined), connectTimeoutMs: 5000 });

/** Both stand-ins (the destination accepts one connection); `port` keeps tests apart. */
async function standIns(port: number) {
  const dest = await start([
    DEST_PY,
    DEST_IP,
    String(port),
    join(dir, "dest-cert.pem"),
    join(dir, "dest-key.pem"),
    join(dir, "ca.pem"),
  ]);
  const gw = await gateway(port, `${DEST_IP}:${port}`);
  client = newClient();
  return { dest, gw };
}

/**
 * The gateway stand-in in front of ztunnel-ts's HBONE server on DEST_IP:port (the destination's
 * certificate), whose workload for AUTHORITY is an echo server; every CONNECT's context is kept.
 * `serves: false`: the server knows no workload for the authority.
 */
async function gatewayToServer(port: number, serves = true) {
  const seen: InboundContext[] = [];
  const echo: Server = await echoServer(ECHO_IP, port);
  closers.push(() => new Promise<void>((r) => echo.close(() => r())));
  const server: HboneServer = hboneServer({
    certFor: (ip) => (ip === DEST_IP ? destCert : undefined),
    resolveTarget: (dst, ctx) => {
      seen.push(ctx);
      return serves && dst.hostname && `${dst.host}:${dst.port}` === AUTHORITY ? { host: ECHO_IP, port } : undefined;
    },
  });
  const l = await server.listen([{ host: DEST_IP, port }]);
  closers.push(async () => {
    server.close();
    await l.close();
  });
  await gateway(port, `${DEST_IP}:${port}`);
  client = newClient();
  return { seen, server };
}

const outer = (port: number, dstIdentities = [GW]) => ({
  srcIdentity: SRC,
  dstIdentities,
  dstAddr: { host: GW_IP, port },
  srcIp: CLIENT_IP,
  authority: AUTHORITY,
  headers: { forwarded: `for="${CLIENT_IP}:40000";host=echo.default.svc.cluster.local` },
});
const inner = (dstIdentities = [DEST]) => ({
  dstIdentities,
  authority: AUTHORITY,
  headers: {
    forwarded: `for="${CLIENT_IP}:40000";host=echo.default.svc.cluster.local`,
    "x-forwarded-network": "net-a",
  },
});

const until = async (f: () => boolean, what: string) => {
  const end = Date.now() + 5000;
  while (!f()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe.skipIf(!hasH2)("double HBONE through an east-west gateway stand-in", () => {
  it("echoes through both tunnels; the destination's CONNECT carries the service authority and x-forwarded-network", async () => {
    const { dest } = await standIns(25081);
    const s = await client!.connectDouble(outer(25081), inner());
    const back = await roundTrip(s, Buffer.from("through the gateway"));
    expect(back.toString()).toBe("through the gateway");
    await until(() => dest.some((l) => l.startsWith("{")), "the destination's report");
    const headers = Object.fromEntries(
      (JSON.parse(dest.find((l) => l.startsWith("{"))!) as { headers: [string, string][] }).headers,
    );
    expect([headers[":method"], headers[":authority"], headers["x-forwarded-network"]]).toEqual([
      "CONNECT",
      AUTHORITY,
      "net-a",
    ]);
  });

  it("closes the outer stream when the inner tunnel ends (the gateway reports the stream finished)", async () => {
    const { gw } = await standIns(25082);
    const s = await client!.connectDouble(outer(25082), inner());
    await roundTrip(s, Buffer.from("bye"));
    await until(() => gw.some((l) => l.startsWith("{")), "the gateway's stream report");
    const report = JSON.parse(gw.find((l) => l.startsWith("{"))!) as {
      status: number;
      client_ended: boolean;
      reset: boolean;
    };
    // A graceful end (END_STREAM after the inner TLS closed), not the reset kept for a stuck gateway.
    expect([report.status, report.client_ended, report.reset]).toEqual([200, true, false]);
  });

  it("refuses a gateway that presents another identity than the gateway's (outer TLS)", async () => {
    await standIns(25083);
    await expect(client!.connectDouble(outer(25083, [sid("istio-system", "other")]), inner())).rejects.toMatchObject({
      code: "ZTS_HBONE_PEER_IDENTITY",
    });
  });

  it("refuses a destination that presents another identity than the destination's (inner TLS)", async () => {
    await standIns(25084);
    await expect(client!.connectDouble(outer(25084), inner([sid("default", "not-echo")]))).rejects.toMatchObject({
      code: "ZTS_HBONE_PEER_IDENTITY",
      message: expect.stringContaining(`${AUTHORITY} via ${GW_IP}:25084 presented ${DEST}`),
    });
  });

  it("a gateway that has no route for the authority answers 503: the connection is refused", async () => {
    await standIns(25085);
    await expect(
      client!.connectDouble({ ...outer(25085), authority: "other.default.svc.cluster.local:80" }, inner()),
    ).rejects.toMatchObject({ code: "ZTS_TUNNEL_REFUSED", status: 503 });
  });
});

describe.skipIf(!hasH2)("double HBONE through the gateway stand-in to ztunnel-ts's HBONE server", () => {
  it("echoes 4 MiB intact both ways through both tunnels", async () => {
    await gatewayToServer(25091);
    const s = await client!.connectDouble(outer(25091), inner());
    const payload = Buffer.alloc(4 << 20, "double hbone ");
    const back = await roundTrip(s, payload);
    expect(sha256(back)).toBe(sha256(payload));
  });

  it("judges the inner CONNECT by the client's identity, the service authority and x-forwarded-network", async () => {
    const { seen } = await gatewayToServer(25092);
    const s = await client!.connectDouble(outer(25092), inner());
    await roundTrip(s, Buffer.from("who"));
    expect(seen.map((c) => [c.srcIdentity, c.localIp, c.authority, c.forwardedNetwork])).toEqual([
      [SRC, DEST_IP, AUTHORITY, "net-a"],
    ]);
  });

  it("answers 400 to an inner CONNECT for no local workload: the client sees the refusal through the gateway", async () => {
    const { server } = await gatewayToServer(25093, false);
    await expect(client!.connectDouble(outer(25093), inner())).rejects.toMatchObject({
      code: "ZTS_TUNNEL_REFUSED",
      status: 400,
    });
    expect(server.stats().refused.authority).toBe(1);
  });
});
