// Zero-loss upgrade of a node proxy, as a DaemonSet rollout with maxSurge 1 does it:
// under a steady stream of new connections (SOCKS5 from a pod → HBONE → the other node →
// pod), a second `ztunnel-ts proxy` for the same node starts on the same ports, takes the
// listening sockets over ZTS_HANDOFF_SOCKET (SCM_RIGHTS), and the first one gets SIGTERM.
// Not one connection may fail, and both processes must have served some.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import type { Server, SocketConnectOpts } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { SocksClient } from "socks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ControlPlane, startControlPlane } from "../../xds/controlplane/server.ts";
import {
  closeServer,
  listen,
  meshAddresses,
  nodeEnv,
  PORTS,
  podServer,
  type RunningProxy,
  spawnProxy,
  stopProxy,
  until,
  waitProxyReady,
} from "../fixtures/proxy-harness.ts";

const NET = "127.82";
const TEMPLATE = fileURLToPath(new URL("../fixtures/proxy-mesh/mesh.yaml.tmpl", import.meta.url));
const addr = meshAddresses(NET);
/** Process 2's operations ports (the data ports are the handed-over ones). */
const OPS2 = { admin: 15100, stats: 15120, ready: 15121 };

let dir: string;
let cp: ControlPlane;
let tokens: Record<string, string>;
let rootFile: string;
const proxies: RunningProxy[] = [];
let echo: Server | undefined;

const envFor = (name: string, ip: string) => ({
  ...nodeEnv({ name, ip }, cp.address, tokens[name]!, rootFile),
  ZTS_HANDOFF_SOCKET: join(dir, `handoff-${name}.sock`),
  CONNECTION_TERMINATION_DEADLINE: "10s",
});

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "zts-upgrade-"));
  const meshFile = join(dir, "mesh.yaml");
  await writeFile(meshFile, (await readFile(TEMPLATE, "utf8")).replaceAll("NET.", `${NET}.`));
  cp = await startControlPlane({ mesh: meshFile, host: "127.0.0.1", port: 0, watch: false });
  tokens = await cp.writeTokens(dir);
  rootFile = join(dir, "root.pem");
  await writeFile(rootFile, cp.rootPem);
  echo = await listen(podServer("echo-pod"), addr.echo, 8080);
  proxies.push(spawnProxy("node-a", addr.nodeA, envFor("node-a", addr.nodeA)));
  proxies.push(spawnProxy("node-b", addr.nodeB, envFor("node-b", addr.nodeB)));
  await Promise.all(proxies.map((p) => waitProxyReady(p)));
}, 30_000);

afterAll(async () => {
  await Promise.all(proxies.map(stopProxy));
  await closeServer(echo);
  await cp?.close();
  await rm(dir, { recursive: true, force: true });
});

/** One request through node-a's SOCKS5 port: resolves with the error, or undefined when the pod answered. */
async function oneRequest(): Promise<string | undefined> {
  try {
    const { socket } = await SocksClient.createConnection({
      proxy: { host: addr.nodeA, port: PORTS.socks5, type: 5 },
      command: "connect",
      destination: { host: addr.echoVip, port: 80 },
      socket_options: { localAddress: addr.client } as unknown as SocketConnectOpts,
      timeout: 10_000,
    });
    const body = await new Promise<string>((resolve, reject) => {
      const chunks: Buffer[] = [];
      socket.on("data", (d: Buffer) => chunks.push(d));
      socket.on("error", reject);
      socket.on("close", () => resolve(Buffer.concat(chunks).toString()));
      socket.setTimeout(10_000, () => socket.destroy(new Error("no answer within 10 s")));
      socket.end("GET / HTTP/1.0\r\n\r\n");
    });
    return body.includes("echo-pod") ? undefined : `unexpected answer ${JSON.stringify(body.slice(0, 80))}`;
  } catch (err) {
    return (err as Error).message;
  }
}

async function acceptedBy(adminAddr: string): Promise<number> {
  const dump = (await (await fetch(`http://${adminAddr}/config_dump`)).json()) as {
    balance: { workers: { accepted: number }[] };
  };
  return dump.balance.workers.reduce((a, w) => a + w.accepted, 0);
}

describe("upgrade: listener handoff", () => {
  it("a second process takes the listening sockets, the first drains: 0 failed connections", async () => {
    const p1 = proxies[0]!;
    const failures: string[] = [];
    let done = 0;
    let stopAfter = Number.POSITIVE_INFINITY;
    const CONCURRENCY = 8;
    const MAX = 3000;
    const client = async () => {
      while (done < Math.min(stopAfter, MAX)) {
        const err = await oneRequest();
        done++;
        if (err) failures.push(err);
      }
    };
    const stream = Promise.all(Array.from({ length: CONCURRENCY }, client));

    await until(() => done >= 100, 20_000, "100 connections through process 1");
    const acceptedBefore = await acceptedBy(`${addr.nodeA}:${PORTS.admin}`);
    expect(acceptedBefore).toBeGreaterThan(0);

    const p2 = spawnProxy("node-a#2", addr.nodeA, {
      ...envFor("node-a", addr.nodeA),
      ZTS_ADMIN_ADDR: `${addr.nodeA}:${OPS2.admin}`,
      ZTS_STATS_ADDR: `${addr.nodeA}:${OPS2.stats}`,
      ZTS_READINESS_ADDR: `${addr.nodeA}:${OPS2.ready}`,
    });
    proxies.push(p2);
    await until(
      () => p2.logs.some((l) => l.msg === "upgrade: took over listeners"),
      20_000,
      "process 2 to take over the listeners",
    );
    const took = p2.logs.find((l) => l.msg === "upgrade: took over listeners")!;
    expect(took.adopted).toBeGreaterThanOrEqual(4); // 15001, 15006, 15008, SOCKS5 (+ the client pod's 15008)
    expect(took.acknowledged).toBe(true);
    expect((await fetch(`http://${addr.nodeA}:${OPS2.ready}/healthz/ready`)).status).toBe(200);

    // What the kubelet does next: SIGTERM to the old pod (already draining after the takeover).
    const p1Exit = new Promise<number | null>((r) =>
      p1.child.exitCode !== null ? r(p1.child.exitCode) : p1.child.once("exit", r),
    );
    p1.child.kill("SIGTERM");
    expect(await p1Exit).toBe(0);
    const atExit = done;
    stopAfter = done + 200;
    await stream;
    console.log(
      `upgrade: ${done} connections, ${failures.length} failed; process 2 took ${took.adopted} listeners; ` +
        `${atExit} done when process 1 exited`,
    );
    expect(failures).toEqual([]);
    expect(done).toBeGreaterThanOrEqual(atExit + 200);
    expect(await acceptedBy(`${addr.nodeA}:${OPS2.admin}`)).toBeGreaterThan(0);
  }, 60_000);
});
