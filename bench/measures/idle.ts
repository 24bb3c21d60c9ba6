// RSS per idle connection: open `count` connections through the subject to the idle
// backend (which writes one byte on accept, so each path is known to be fully open), let
// the subject settle, and divide its RSS growth (process tree, VmRSS) by the count.
import { createConnection, type Socket } from "node:net";
import { rssKb, sleep } from "../lib/procs.ts";
import type { Endpoint } from "../subjects/types.ts";

function open(front: Endpoint): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = createConnection({ host: front.host, port: front.port });
    const timer = setTimeout(() => {
      s.destroy();
      reject(new Error("idle connection not established in 10 s"));
    }, 10_000);
    s.once("data", () => {
      clearTimeout(timer);
      resolve(s);
    });
    s.once("error", (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

/** KB of RSS per idle connection. */
export async function idleRss(front: Endpoint, pids: number[], count: number): Promise<number> {
  await sleep(200);
  const before = rssKb(pids);
  const socks: Socket[] = [];
  try {
    const batch = 200; // bounded in-flight connects: the backlog and SYN queue stay small
    for (let i = 0; i < count; i += batch) {
      const n = Math.min(batch, count - i);
      const got = await Promise.allSettled(Array.from({ length: n }, () => open(front)));
      for (const g of got) if (g.status === "fulfilled") socks.push(g.value);
      const bad = got.find((g) => g.status === "rejected");
      if (bad) throw bad.reason;
    }
    await sleep(500);
    const after = rssKb(pids);
    return (after - before) / count;
  } finally {
    for (const s of socks) s.destroy();
    await sleep(300);
  }
}
