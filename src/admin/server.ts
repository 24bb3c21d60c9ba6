// The three operations listeners, as ztunnel has them (SPEC.md §5): admin (:15000,
// localhost by default — config_dump, logging, debug/select, the page), stats (:15020
// /metrics) and readiness (:15021 /healthz/ready). Plain node:http: the handlers are few
// and tiny, and a handler that throws answers 500 instead of taking the proxy down.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { HostPort } from "../config.ts";
import { changeLogFilter, currentLogFilter, logger } from "../log.ts";
import { LogFilterError } from "../log-filter.ts";
import type { StateView } from "../state/store.ts";
import { buildConfigDump, type DumpProviders, dumpCerts } from "./config-dump.ts";
import { AdminError } from "./errors.ts";
import { createMetricsHub, type MetricsHub } from "./metrics.ts";
import { ADMIN_PAGE } from "./page.ts";
import { MAX_PROFILE_SECONDS, type Profiler } from "./profile.ts";
import type { Readiness } from "./readiness.ts";

export interface SelectResult {
  status: number;
  body: unknown;
}

export interface AdminProviders extends DumpProviders {
  /** /debug/select: src/pick/debug.ts's debugSelect bound to the live view. */
  select(query: URLSearchParams): SelectResult | Promise<SelectResult>;
}

export interface AdminOptions {
  config: { adminAddr: HostPort; statsAddr: HostPort; readinessAddr: HostPort };
  view: StateView;
  providers: AdminProviders;
  readiness: Readiness;
  /** Source of /metrics; default: the providers' gauges only (no workers). */
  metrics?: MetricsHub;
  /** POST /quitquitquit: start the graceful stop (called once the answer is sent). */
  onQuit?: () => void;
  /** /debug/pprof/*: CPU profiles and heap snapshots of the proxy's threads. */
  profiler?: Profiler;
}

export interface AdminServers {
  /** Bound ports (useful with port 0). */
  ports: { admin: number; stats: number; readiness: number };
  close(): Promise<void>;
}

type Handler = (req: IncomingMessage, url: URL, res: ServerResponse) => Promise<void> | void;
type Routes = Record<string, { methods: string[]; handle: Handler }>;

function send(res: ServerResponse, status: number, body: string, type: string): void {
  res.writeHead(status, { "content-type": type, "cache-control": "no-store" });
  res.end(body);
}

const sendJson = (res: ServerResponse, status: number, body: unknown) =>
  send(res, status, `${JSON.stringify(body, null, 2)}\n`, "application/json");

const sendText = (res: ServerResponse, status: number, body: string) =>
  send(res, status, body, "text/plain; charset=utf-8");

const errorBody = (code: string, message: string) => ({ error: { code, message } });

function router(name: string, routes: Routes) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://admin.invalid");
    const route = routes[url.pathname];
    if (!route) {
      sendJson(
        res,
        404,
        errorBody(
          "ZTS_ADMIN_NOT_FOUND",
          `no ${url.pathname} on the ${name} port; try ${Object.keys(routes).join(", ")}`,
        ),
      );
      return;
    }
    if (!route.methods.includes(req.method ?? "GET")) {
      res.setHeader("allow", route.methods.join(", "));
      sendJson(
        res,
        405,
        errorBody("ZTS_ADMIN_METHOD", `${req.method} ${url.pathname}: use ${route.methods.join(" or ")}`),
      );
      return;
    }
    Promise.resolve()
      .then(() => route.handle(req, url, res))
      .catch((err: unknown) => {
        logger().error({ err, path: url.pathname }, "admin handler failed");
        if (!res.headersSent) sendJson(res, 500, errorBody("ZTS_ADMIN_INTERNAL", String(err)));
        else res.destroy();
      });
  };
}

// As ztunnel's HELP_STRING says it, with the `target:level` form istioctl sends.
const LOGGING_HELP = `
usage: POST /logging                               (to list the current level)
usage: POST /logging?level=<level>                 (to change the global level)
usage: POST /logging?level=<target>=<level>,...    (to change targets' levels; <target>:<level> too)
usage: POST /logging?reset[&level=...]             (back to the start-up level, then apply level)

hint: level: error|warn|info|debug|trace|off
hint: target: e.g. access (the connection log)
`;

function adminRoutes(o: AdminOptions): Routes {
  const summary = async () => {
    const certs = dumpCerts(await o.providers.certs());
    return {
      counts: o.view.counts(),
      xds: o.providers.xds(),
      certificates: certs.map((c) => ({
        identity: c.identity,
        state: c.state,
        expirationTime: c.certChain[0]?.expirationTime ?? null,
      })),
    };
  };
  return {
    "/": { methods: ["GET"], handle: (_q, _u, res) => send(res, 200, ADMIN_PAGE, "text/html; charset=utf-8") },
    "/config_dump": {
      methods: ["GET"],
      handle: async (_q, _u, res) => sendJson(res, 200, await buildConfigDump(o.view, o.providers)),
    },
    "/logging": {
      // POST only, as ztunnel: a GET (a crawler, a prefetching browser) must change nothing.
      methods: ["POST"],
      handle: (_q, url, res) => {
        const level = url.searchParams.get("level") ?? "";
        const reset = url.searchParams.has("reset");
        if (level !== "" || reset) {
          try {
            changeLogFilter(level, { reset });
          } catch (err) {
            if (!(err instanceof LogFilterError)) throw err;
            sendText(res, 400, `Invalid level provided: ${level}\n${LOGGING_HELP}`);
            return;
          }
          logger().info({ filter: currentLogFilter() }, "log level changed through the admin port");
        }
        sendText(res, 200, `current log level is ${currentLogFilter()}\n`);
      },
    },
    "/debug/pprof/profile": {
      methods: ["GET"],
      handle: async (_q, url, res) => {
        const raw = url.searchParams.get("seconds") ?? "10";
        const seconds = Number(raw);
        if (!/^\d+(\.\d+)?$/.test(raw) || seconds <= 0 || seconds > MAX_PROFILE_SECONDS) {
          sendJson(
            res,
            400,
            errorBody("ZTS_ADMIN_PROFILE", `seconds=${raw}: expected a number in (0, ${MAX_PROFILE_SECONDS}]`),
          );
          return;
        }
        if (!o.profiler) {
          sendJson(res, 404, errorBody("ZTS_ADMIN_PROFILE", "no profiler in this process"));
          return;
        }
        // One .cpuprofile per thread, keyed main, worker-0, …: each opens in Chrome DevTools.
        sendJson(res, 200, await o.profiler.cpu(seconds));
      },
    },
    "/debug/pprof/heap": {
      methods: ["GET"],
      handle: async (_q, url, res) => {
        const thread = url.searchParams.get("thread") ?? "main";
        const snap = await o.profiler?.heap(thread);
        if (snap === undefined) {
          const known = o.profiler?.threads().join(", ") ?? "none";
          sendJson(res, 404, errorBody("ZTS_ADMIN_PROFILE", `no thread ${JSON.stringify(thread)}; one of ${known}`));
          return;
        }
        res.setHeader("content-disposition", `attachment; filename="${thread}.heapsnapshot"`);
        send(res, 200, snap, "application/json");
      },
    },
    "/quitquitquit": {
      methods: ["POST"],
      handle: (_q, _u, res) => {
        // Answer first: the stop ends with the process, and the caller wants to know it started.
        res.once("finish", () => o.onQuit?.());
        sendText(res, 200, "shutdown now\n");
      },
    },
    "/debug/select": {
      methods: ["GET"],
      handle: async (_q, url, res) => {
        const r = await o.providers.select(url.searchParams);
        sendJson(res, r.status, r.body);
      },
    },
    "/stats/balance": { methods: ["GET"], handle: (_q, _u, res) => sendJson(res, 200, o.providers.balance()) },
    "/stats/summary": { methods: ["GET"], handle: async (_q, _u, res) => sendJson(res, 200, await summary()) },
  };
}

function readinessRoutes(r: Readiness): Routes {
  return {
    "/healthz/ready": {
      methods: ["GET"],
      handle: (_q, _u, res) => {
        if (r.isReady()) sendText(res, 200, "ready\n");
        else if (r.isDraining()) sendText(res, 503, "not ready, draining\n");
        else sendText(res, 503, `not ready, pending: ${[...r.pending()].sort().join(", ")}\n`);
      },
    },
  };
}

function statsRoutes(hub: MetricsHub): Routes {
  const handle: Handler = async (_q, _u, res) => {
    const m = await hub.render();
    send(res, 200, m.body, m.contentType);
  };
  // Istio scrapes ztunnel on /stats/prometheus as well as /metrics.
  return { "/metrics": { methods: ["GET"], handle }, "/stats/prometheus": { methods: ["GET"], handle } };
}

function listen(name: string, addr: HostPort, routes: Routes): Promise<Server> {
  const server = createServer(router(name, routes));
  return new Promise((resolve, reject) => {
    server.once("error", (err: NodeJS.ErrnoException) =>
      reject(
        new AdminError(
          "ZTS_ADMIN_LISTEN",
          `cannot listen for ${name} on ${addr.host}:${addr.port} (${err.code ?? err.message}); ` +
            "free the port or set the matching ZTS_*_ADDR",
          { cause: err },
        ),
      ),
    );
    server.listen(addr.port, addr.host, () => resolve(server));
  });
}

function closeServer(s: Server): Promise<void> {
  return new Promise((resolve) => {
    s.close(() => resolve());
    // Keep-alive connections (browsers, Prometheus) would hold close() open forever.
    s.closeAllConnections();
  });
}

export async function startAdmin(o: AdminOptions): Promise<AdminServers> {
  const hub = o.metrics ?? createMetricsHub({ balance: o.providers.balance, xds: o.providers.xds });
  const started: Server[] = [];
  try {
    started.push(await listen("admin", o.config.adminAddr, adminRoutes(o)));
    started.push(await listen("stats", o.config.statsAddr, statsRoutes(hub)));
    started.push(await listen("readiness", o.config.readinessAddr, readinessRoutes(o.readiness)));
  } catch (err) {
    await Promise.all(started.map(closeServer));
    throw err;
  }
  const [admin, stats, readiness] = started.map((s) => (s.address() as AddressInfo).port) as [number, number, number];
  return {
    ports: { admin, stats, readiness },
    close: async () => {
      await Promise.all(started.map(closeServer));
    },
  };
}
