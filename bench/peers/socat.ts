// socat peers: one forked process per connection (`fork`), plain TCP and a TLS pair
// (client-side socat originates mTLS to a server-side socat that verifies the client).
import { certsIn } from "../lib/certs.ts";
import { freePort, type Proc, start, waitForPort } from "../lib/procs.ts";
import type { Endpoint, Running, Subject } from "../subjects/types.ts";

const H = "127.0.0.1";

async function launch(procs: Proc[], args: string[], port: number): Promise<void> {
  const p = start("socat", args);
  procs.push(p);
  await waitForPort(H, port, 5000, p);
}

function running(procs: Proc[], frontends: Endpoint[]): Running {
  return {
    frontends,
    pids: procs.map((p) => p.pid),
    stop: async () => {
      await Promise.all(procs.map((p) => p.stop()));
    },
  };
}

export const socat: Subject = {
  name: "socat",
  binaries: ["socat"],
  async start(backends) {
    const procs: Proc[] = [];
    const frontends: Endpoint[] = [];
    try {
      for (const b of backends) {
        const port = await freePort();
        await launch(
          procs,
          [`TCP-LISTEN:${port},bind=${H},reuseaddr,fork,backlog=1024`, `TCP:${b.host}:${b.port},nodelay`],
          port,
        );
        frontends.push({ host: H, port });
      }
    } catch (err) {
      await Promise.all(procs.map((p) => p.stop()));
      throw err;
    }
    return running(procs, frontends);
  },
};

export const socatTls: Subject = {
  name: "socat-tls",
  binaries: ["socat", "openssl"],
  async start(backends, workDir) {
    const c = await certsIn(workDir);
    const procs: Proc[] = [];
    const frontends: Endpoint[] = [];
    try {
      for (const b of backends) {
        const tls = await freePort();
        await launch(
          procs,
          [
            `OPENSSL-LISTEN:${tls},bind=${H},reuseaddr,fork,backlog=1024,cert=${c.server},cafile=${c.ca},verify=1`,
            `TCP:${b.host}:${b.port},nodelay`,
          ],
          tls,
        );
        const port = await freePort();
        await launch(
          procs,
          [
            `TCP-LISTEN:${port},bind=${H},reuseaddr,fork,backlog=1024,nodelay`,
            `OPENSSL:${H}:${tls},cert=${c.client},cafile=${c.ca},verify=1,commonname=server,nodelay`,
          ],
          port,
        );
        frontends.push({ host: H, port });
      }
    } catch (err) {
      await Promise.all(procs.map((p) => p.stop()));
      throw err;
    }
    return running(procs, frontends);
  },
};
