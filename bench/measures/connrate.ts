// New connections per second: a fixed number of connections, `concurrency` at a time, each
// connect → read the backend's "ok\n" → close. Counting to the first byte means the subject
// really connected upstream (a proxy that accepts but never dials would not score).
import { createConnection } from "node:net";
import type { Endpoint } from "../subjects/types.ts";

function one(front: Endpoint): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = createConnection({ host: front.host, port: front.port });
    s.setNoDelay(true);
    const timer = setTimeout(() => {
      s.destroy();
      reject(new Error("connection timed out after 5 s"));
    }, 5000);
    s.once("data", () => {
      clearTimeout(timer);
      s.destroy();
      resolve();
    });
    s.once("error", (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

/** conn/s over `total` connections; throws if more than 1% fail. */
export async function connRate(front: Endpoint, total: number, concurrency: number): Promise<number> {
  let next = 0;
  let failed = 0;
  let lastErr: unknown;
  const t0 = process.hrtime.bigint();
  const lane = async () => {
    while (next < total) {
      next++;
      try {
        await one(front);
      } catch (err) {
        failed++;
        lastErr = err;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  if (failed > total / 100) throw new Error(`${failed}/${total} connections failed: ${String(lastErr)}`);
  return (total - failed) / secs;
}
