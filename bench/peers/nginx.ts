// nginx stream peers: the stream module is a dynamic module on Debian
// (libnginx-mod-stream), loaded with load_module. Each instance runs in the foreground
// with its own -p prefix dir, config, pid file and error log in the run's temp dir, so it
// never touches /etc/nginx or /var/log. The TLS pair mirrors HAProxy's: proxy_ssl with a
// client certificate on one side, ssl_verify_client on on the other.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { certsIn } from "../lib/certs.ts";
import { freePort, type Proc, startListening } from "../lib/procs.ts";
import type { Endpoint, Subject } from "../subjects/types.ts";

const H = "127.0.0.1";
export const STREAM_MODULE = "/usr/lib/nginx/modules/ngx_stream_module.so";

interface Route {
  listen: number;
  ssl?: boolean;
  to: Endpoint;
  proxySsl?: boolean;
}

async function launch(workDir: string, name: string, routes: Route[], tls?: Awaited<ReturnType<typeof certsIn>>) {
  if (!existsSync(STREAM_MODULE)) throw new Error(`missing ${STREAM_MODULE} (apt-get install libnginx-mod-stream)`);
  const dir = join(workDir, name);
  mkdirSync(join(dir, "logs"), { recursive: true });
  const servers = routes
    .map((r) => {
      const lines = [`listen ${H}:${r.listen}${r.ssl ? " ssl" : ""};`, `proxy_pass ${r.to.host}:${r.to.port};`];
      if (r.ssl && tls)
        lines.push(
          `ssl_certificate ${tls.serverCert};`,
          `ssl_certificate_key ${tls.serverKey};`,
          `ssl_client_certificate ${tls.ca};`,
          "ssl_verify_client on;",
        );
      if (r.proxySsl && tls)
        lines.push(
          "proxy_ssl on;",
          `proxy_ssl_certificate ${tls.clientCert};`,
          `proxy_ssl_certificate_key ${tls.clientKey};`,
          `proxy_ssl_trusted_certificate ${tls.ca};`,
          "proxy_ssl_verify on;",
          "proxy_ssl_name server;",
          "proxy_ssl_session_reuse on;",
        );
      return `  server {\n    ${lines.join("\n    ")}\n  }`;
    })
    .join("\n");
  const conf = `load_module ${STREAM_MODULE};
daemon off;
worker_processes auto;
worker_rlimit_nofile 20000;
pid ${join(dir, "nginx.pid")};
error_log ${join(dir, "logs", "error.log")} warn;
events { worker_connections 19000; }
stream {
${servers}
}
`;
  writeFileSync(join(dir, "nginx.conf"), conf);
  return startListening(
    "nginx",
    ["-p", dir, "-c", join(dir, "nginx.conf"), "-e", join(dir, "logs", "error.log")],
    H,
    routes.map((r) => r.listen),
  );
}

export const nginx: Subject = {
  name: "nginx",
  binaries: ["nginx"],
  async start(backends, workDir) {
    const routes: Route[] = [];
    for (const b of backends) routes.push({ listen: await freePort(), to: b });
    const p = await launch(workDir, "nginx", routes);
    return { frontends: routes.map((r) => ({ host: H, port: r.listen })), pids: [p.pid], stop: () => p.stop() };
  },
};

export const nginxTls: Subject = {
  name: "nginx-tls",
  binaries: ["nginx", "openssl"],
  async start(backends, workDir) {
    const c = await certsIn(workDir);
    const inner: Route[] = [];
    const outer: Route[] = [];
    for (const b of backends) {
      const tls = await freePort();
      inner.push({ listen: tls, ssl: true, to: b });
      outer.push({ listen: await freePort(), proxySsl: true, to: { host: H, port: tls } });
    }
    const server = await launch(workDir, "nginx-tls-server", inner, c);
    let client: Proc;
    try {
      client = await launch(workDir, "nginx-tls-client", outer, c);
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
