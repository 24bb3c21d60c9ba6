// `ztunnel-ts proxy [ztunnel]`: the DaemonSet entry (Istio's chart passes `proxy ztunnel`).
// Reads every setting once from the environment, starts the node proxy, and drains on
// SIGTERM (unready at once, finish connections up to the deadline, exit 0).
import { startApp } from "../app.ts";
import { ConfigError, loadConfig } from "../config.ts";
import { createLogger } from "../log.ts";

export async function runProxy(args: string[]): Promise<void> {
  const extra = args.filter((a) => a !== "ztunnel");
  if (extra.length > 0)
    throw new ConfigError("ZTS_CONFIG_ARGS", `unexpected arguments: ${extra.join(" ")} (usage: proxy [ztunnel])`);
  const config = loadConfig();
  const log = createLogger({ level: config.logLevel, format: config.logFormat });
  const app = await startApp(config, { log });
  let signals = 0;
  const onSignal = (sig: NodeJS.Signals) => {
    signals++;
    if (signals > 1) {
      log.warn({ sig }, "second signal: stopping now");
      void app.stop().finally(() => process.exit(1));
      return;
    }
    log.info({ sig }, "signal received: draining");
    void app.drain().then(
      () => process.exit(0),
      (err) => {
        log.error({ err }, "drain failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
  app.ready.then(
    () => log.info("ready"),
    (err) => log.error({ err }, "start-up did not complete"),
  );
}
