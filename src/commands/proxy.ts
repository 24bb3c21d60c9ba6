// `ztunnel-ts proxy [ztunnel]`: the DaemonSet entry (Istio's chart passes `proxy ztunnel`).
// Reads every setting once from the environment, starts the node proxy, and drains on
// SIGTERM (unready at once, finish connections up to the deadline, exit 0). Upgrades: it
// first asks a running proxy on ZTS_HANDOFF_SOCKET for its listening sockets, and once
// ready tells that proxy to drain; then it serves the socket for its own successor.
// `--exit-with-parent` (the demo's children): stdin is a pipe from the parent, and its end —
// the parent exiting, even by SIGKILL — drains and exits as SIGTERM does.
import { startApp } from "../app.ts";
import { loadAddon } from "../balance/addon.ts";
import { ConfigError, loadConfig, STOP_GRACE_MS } from "../config.ts";
import { createLogger } from "../log.ts";
import {
  type HandoffAddon,
  type HandoffServer,
  requestHandoff,
  resolveHandoffPath,
  serveHandoff,
} from "../upgrade/handoff.ts";

export async function runProxy(args: string[]): Promise<void> {
  const exitWithParent = args.includes("--exit-with-parent");
  const extra = args.filter((a) => a !== "ztunnel" && a !== "--exit-with-parent");
  if (extra.length > 0)
    throw new ConfigError(
      "ZTS_CONFIG_ARGS",
      `unexpected arguments: ${extra.join(" ")} (usage: proxy [ztunnel] [--exit-with-parent])`,
    );
  const config = loadConfig();
  const log = createLogger({ level: config.logLevel, format: config.logFormat });
  const handoffPath = resolveHandoffPath(config.handoffSocket);
  const addon = loadAddon() as ReturnType<typeof loadAddon> & HandoffAddon;
  const previous = handoffPath ? await requestHandoff(addon, handoffPath, { node: config.nodeName, log }) : undefined;
  let app: Awaited<ReturnType<typeof startApp>>;
  // Bound once drainAndExit exists below; a request before that finds the app still starting.
  let quit = () => log.warn("quitquitquit during start-up: ignored");
  try {
    app = await startApp(config, { log, inherited: previous?.listeners, onQuit: () => quit() });
  } catch (err) {
    // The previous proxy keeps serving: we never told it to stop.
    previous?.listeners.closeRest();
    previous?.close();
    throw err;
  }

  let handoff: HandoffServer | undefined;
  let draining: Promise<void> | undefined;
  // Whatever a peer or a stuck close does, the process ends shortly after the deadline: a
  // proxy that outlives its drain holds its ports and delays its successor and its node.
  const watchdog = (ms: number, why: string) =>
    setTimeout(() => {
      log.error({ ms }, `${why}: exiting now`);
      process.exit(1);
    }, ms).unref();
  const drainAndExit = () => {
    if (!draining) watchdog(config.drainDeadlineMs + STOP_GRACE_MS, "drain did not finish by its deadline");
    draining ??= app.drain().then(
      () => {
        handoff?.close();
        process.exit(0);
      },
      (err) => {
        log.error({ err }, "drain failed");
        process.exit(1);
      },
    );
  };
  let signals = 0;
  const onSignal = (sig: NodeJS.Signals) => {
    signals++;
    if (signals > 1) {
      log.warn({ sig }, "second signal: stopping now");
      handoff?.close();
      watchdog(STOP_GRACE_MS, "stop did not finish");
      void app.stop().finally(() => process.exit(1));
      return;
    }
    log.info({ sig }, "signal received: draining");
    drainAndExit();
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
  quit = () => {
    log.info("admin /quitquitquit: draining");
    drainAndExit();
  };
  if (exitWithParent) {
    process.stdin.once("end", () => {
      log.info("parent gone (stdin closed): draining");
      drainAndExit();
    });
    process.stdin.resume();
  }

  app.ready.then(
    async () => {
      log.info("ready");
      if (previous) {
        // Ready: accept on the adopted sockets, then tell the old process to stop.
        await previous.listeners.activate();
        const unused = previous.listeners.closeRest();
        // Only a predecessor whose sockets we adopted is told to go: another proxy that
        // happens to serve the same path (different addresses) keeps running.
        if (previous.listeners.taken() > 0) {
          const ok = await previous.takeover();
          log.info({ adopted: previous.listeners.taken(), unused, acknowledged: ok }, "upgrade: took over listeners");
        } else previous.close();
      }
      if (handoffPath && !draining) {
        try {
          handoff = serveHandoff(addon, handoffPath, {
            node: config.nodeName,
            log,
            listeners: () => (draining ? [] : app.listenerFds()),
            onTakeover: () => {
              log.info("a successor took over our listeners: draining");
              drainAndExit();
            },
          });
        } catch (err) {
          log.warn(
            { err, path: handoffPath },
            "upgrade: cannot serve the handoff socket; a successor will bind its own",
          );
        }
      }
    },
    (err) => log.error({ err }, "start-up did not complete"),
  );
}
