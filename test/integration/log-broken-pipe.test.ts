// A proxy whose stdout reader goes away (the demo's parent exited, a log pipe closed)
// must still exit when told to: pino's default asynchronous stream looped forever in its
// exit flush on EPIPE, which is what kept node proxies alive after the demo stopped.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const RUN_TS = fileURLToPath(new URL("../../bin/run-ts.mjs", import.meta.url));
const FIXTURE = fileURLToPath(new URL("../fixtures/log-then-exit.ts", import.meta.url));

describe("logging to a stdout whose reader is gone", () => {
  it.each(["json", "plain"])(
    "%s: the process still exits, with its own exit code",
    async (format) => {
      const child = spawn(process.execPath, [RUN_TS, FIXTURE, format], { stdio: ["ignore", "pipe", "ignore"] });
      await new Promise<void>((r) => child.stdout!.once("data", () => r()));
      // Close our end of the pipe: the child's next writes get EPIPE.
      child.stdout!.destroy();
      const code = await new Promise<number | null>((resolve) => {
        const t = setTimeout(() => {
          child.kill("SIGKILL");
          resolve(-1);
        }, 10_000);
        child.once("exit", (c) => {
          clearTimeout(t);
          resolve(c);
        });
      });
      expect(code).toBe(0);
    },
    15_000,
  );
});
