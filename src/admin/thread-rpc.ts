// Request/response between the main thread and a worker over the worker's port, for the
// admin's on-demand questions (metrics scrapes, profiles, open connections): the worker
// answers requests of one method, the main thread asks and waits, with a timeout. The
// messages are the `rpc` / `rpc-result` members of the worker protocol
// (src/worker/protocol.ts); other messages on the same port are left to their owners.
import type { MessagePort, Worker } from "node:worker_threads";
import type { RpcMethod, RpcMethods, RpcRequest, RpcResponse } from "../worker/protocol.ts";
import { AdminError } from "./errors.ts";

/** Worker side: `handle` answers every request for `method` arriving on `port`. */
export function answer<M extends RpcMethod>(
  port: MessagePort,
  method: M,
  handle: (params: RpcMethods[M]["params"]) => RpcMethods[M]["result"] | Promise<RpcMethods[M]["result"]>,
): () => void {
  const onMessage = (msg: { t?: string } | null) => {
    if (msg?.t !== "rpc") return;
    const req = msg as RpcRequest;
    if (req.method !== method) return;
    const { id } = req;
    Promise.resolve()
      .then(() => handle(req.params as RpcMethods[M]["params"]))
      .then(
        (result) => port.postMessage({ t: "rpc-result", id, method, result } satisfies RpcResponse<M>),
        (err: Error) => port.postMessage({ t: "rpc-result", id, method, error: err.message } satisfies RpcResponse<M>),
      );
  };
  port.on("message", onMessage);
  return () => port.off("message", onMessage);
}

let nextId = 1;

/** Main side: asks `target` and resolves with its answer (AdminError ZTS_ADMIN_THREAD on timeout or failure). */
export function ask<M extends RpcMethod>(
  target: Worker | MessagePort,
  method: M,
  params: RpcMethods[M]["params"],
  timeoutMs: number,
): Promise<RpcMethods[M]["result"]> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      target.off("message", onMessage);
      reject(new AdminError("ZTS_ADMIN_THREAD", `${method}: no answer from the thread within ${timeoutMs} ms`));
    }, timeoutMs);
    const onMessage = (msg: { t?: string } | null) => {
      if (msg?.t !== "rpc-result") return;
      const res = msg as RpcResponse<M>;
      if (res.id !== id) return;
      clearTimeout(timer);
      target.off("message", onMessage);
      if (res.error !== undefined) reject(new AdminError("ZTS_ADMIN_THREAD", `${method}: ${res.error}`));
      else resolve(res.result as RpcMethods[M]["result"]);
    };
    target.on("message", onMessage);
    target.postMessage({ t: "rpc", id, method, params } satisfies RpcRequest<M>);
  });
}
