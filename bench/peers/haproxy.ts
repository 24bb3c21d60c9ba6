// HAProxy peers in tcp mode, foreground (-db), config in the run's temp dir. The TLS pair:
// a client-side haproxy originates TLS with a client certificate to a server-side haproxy
// that terminates mTLS (verify required) and forwards plain TCP to the backend.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { certsIn } from "../lib/certs.ts";
import { freePort, type Proc, startListening } from "../lib/procs.ts";
import type { Endpoint, Subject } from "../subjects/types.ts";

const H = "127.0.0.1";
// Two fds per proxied connection must fit under this host's RLIMIT_NOFILE (see idle measure).
const MAXCONN = 9900;

const head = `global
  maxconn ${MAXCONN}
  ssl-server-verify required
defaults
  mode tcp
  timeout connect 5s
  timeout client 120s
  timeout server 120s
`;

interface Route {
  listen: number;
  bindSsl?: string;
  to: Endpoint;
  serverSsl?: string;
}

function config(routes: Route[]): string {
  return (
    head +
    routes
      .map(
        (r, i) => `listen l${i}
  bind ${H}:${r.listen}${r.bindSsl ? ` ${r.bindSsl}` : ""}
  server s${i} ${r.to.host}:${r.to.port}${r.serverSsl ? ` ${r.serverSsl}` : ""}
`,
      )
      .join("")
  );
}

async function launch(workDir: string, name: string, routes: Route[]): Promise<Proc> {
  const file = join(workDir, `${name}.cfg`);
  writeFileSync(file, config(routes));
  return startListening(
    "haproxy",
    ["-f", file, "-db"],
    H,
    routes.map((r) => r.listen),
  );
}

export const haproxy: Subject = {
  name: "haproxy",
  binaries: ["haproxy"],
  async start(backends, workDir) {
    const routes: Route[] = [];
    for (const b of backends) routes.push({ listen: await freePort(), to: b });
    const p = await launch(workDir, "haproxy", routes);
    return {
      frontends: routes.map((r) => ({ host: H, port: r.listen })),
      pids: [p.pid],
      stop: () => p.stop(),
    };
  },
};

export const haproxyTls: Subject = {
  name: "haproxy-tls",
  binaries: ["haproxy", "openssl"],
  async start(backends, workDir) {
    const c = await certsIn(workDir);
    const inner: Route[] = [];
    const outer: Route[] = [];
    for (const b of backends) {
      const tls = await freePort();
      inner.push({ listen: tls, to: b, bindSsl: `ssl crt ${c.server} ca-file ${c.ca} verify required` });
      outer.push({
        listen: await freePort(),
        to: { host: H, port: tls },
        serverSsl: `ssl crt ${c.client} ca-file ${c.ca} verify required verifyhost server sni str(server)`,
      });
    }
    const server = await launch(workDir, "haproxy-tls-server", inner);
    let client: Proc;
    try {
      client = await launch(workDir, "haproxy-tls-client", outer);
    } catch (err) {
      await server.stop();
      throw err;
    }
    return {
      frontends: outer.map((r) => ({ host: H, port: r.listen })),
      pids: [client.pid, server.pid],
      stop: async () => {
        await Promise.all([client.stop(), server.stop()]);
      },
    };
  },
};
