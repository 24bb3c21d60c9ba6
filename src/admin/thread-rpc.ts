// Request/response between the main thread and a worker over the worker's port, for the
// admin's on-demand questions (metrics scrapes, profiles, open connections): the worker answers requests of
// one `type`, the main thread asks and waits, with a timeout. Messages of other types on the
// same port are left to their owners.
import type { MessagePort, Worker } from "node:worker_threads";
import { AdminError } from "./errors.ts";

interface Request {
  type: string;
  rpc: "request";
  id: number;
  payload: unknown;
}

interface Response {
  type: string;
  rpc: "response";
  id: number;
  result?: unknown;
  error?: string;
}

/** Worker side: `handle` answers every request of `type` arriving on `port`. */
export function answer(port: MessagePort, type: string, handle: (payload: unknown) => unknown): () => void {
  const onMessage = (msg: unknown) => {
    const req = msg as Partial<Request> | null;
    if (req?.type !== type || req.rpc !== "request" || typeof req.id !== "number") return;
    const id = req.id;
    Promise.resolve()
      .then(() => handle(req.payload))
      .then(
        (result) => port.postMessage({ type, rpc: "response", id, result } satisfies Response),
        (err: Error) => port.postMessage({ type, rpc: "response", id, error: err.message } satisfies Response),
      );
  };
  port.on("message", onMessage);
  return () => port.off("message", onMessage);
}

let nextId = 1;

/** Main side: asks `target` and resolves with its answer (AdminError ZTS_ADMIN_THREAD on timeout or failure). */
export function ask<T>(target: Worker | MessagePort, type: string, payload: unknown, timeoutMs: number): Promise<T> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      target.off("message", onMessage);
      reject(new AdminError("ZTS_ADMIN_THREAD", `${type}: no answer from the thread within ${timeoutMs} ms`));
    }, timeoutMs);
    const onMessage = (msg: unknown) => {
      const res = msg as Partial<Response> | null;
      if (res?.type !== type || res.rpc !== "response" || res.id !== id) return;
      clearTimeout(timer);
      target.off("message", onMessage);
      if (res.error !== undefined) reject(new AdminError("ZTS_ADMIN_THREAD", `${type}: ${res.error}`));
      else resolve(res.result as T);
    };
    target.on("message", onMessage);
    target.postMessage({ type, rpc: "request", id, payload } satisfies Request);
  });
}
