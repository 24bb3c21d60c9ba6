// The three operations listeners, as ztunnel has them (SPEC.md §5): admin (:15000,
// localhost by default — config_dump, logging, debug/select, the page), stats (:15020
// /metrics) and readiness (:15021 /healthz/ready). Plain node:http: the handlers are few
// and tiny, and a handler that throws answers 500 instead of taking the proxy down.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { HostPort } from "../config.ts";
import { logger, setLevel } from "../log.ts";
import type { StateView } from "../state/store.ts";
import { buildConfigDump, type DumpProviders, dumpCerts } from "./config-dump.ts";
import { AdminError } from "./errors.ts";
import { createMetricsHub, type MetricsHub } from "./metrics.ts";
import { ADMIN_PAGE } from "./page.ts";
import type { Readiness } from "./readiness.ts";

export interface SelectResult {
  status: number;
  body: unknown;
}

export interface AdminProviders extends DumpProviders {
  /** /debug/select: src/select/debug.ts's debugSelect bound to the live view. */
  select(query: URLSearchParams): SelectResult | Promise<SelectResult>;
}

export interface AdminOptions {
  config: { adminAddr: HostPort; statsAddr: HostPort; readinessAddr: HostPort };
  view: StateView;
  providers: AdminProviders;
  readiness: Readiness;
  /** Source of /metrics; default: the providers' gauges only (no workers). */
  metrics?: MetricsHub;
}

export interface AdminServers {
  /** Bound ports (useful with port 0). */
  ports: { admin: number; stats: number; readiness: number };
  close(): Promise<void>;
}

type Handler = (req: IncomingMessage, url: URL, res: ServerResponse) => Promise<void> | void;
type Routes = Record<string, { methods: string[]; handle: Handler }>;

/** Pino's levels plus ztunnel's `off`. */
const LEVELS: Record<string, string> = {
  trace: "trace",
  debug: "debug",
  info: "info",
  warn: "warn",
  error: "error",
  fatal: "fatal",
  off: "silent",
  silent: "silent",
};

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

const LOGGING_HELP =
  "usage: POST /logging?level=<level>   levels: trace, debug, info, warn, error, fatal, off\n" +
  "       GET|POST /logging              prints the current level\n";

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
      // ztunnel takes POST only; GET with ?level is accepted too for curl/browser convenience.
      methods: ["GET", "POST"],
      handle: (_q, url, res) => {
        const raw = url.searchParams.get("level");
        if (raw !== null) {
          const level = LEVELS[raw.trim().toLowerCase()];
          if (!level) {
            sendText(res, 400, `invalid level ${JSON.stringify(raw)}\n${LOGGING_HELP}`);
            return;
          }
          setLevel(level);
          logger().info({ level }, "log level changed through the admin port");
        }
        sendText(res, 200, `current log level is ${logger().level}\n`);
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
