// The demo's workloads: one small server per pod IP and container port. HTTP requests
// get the pod's name as the first line of the body (so `curl` shows who answered);
// anything else is echoed back byte for byte. A peer that half-closes is answered with our
// own FIN: the proxy propagates half-close, so a pod that kept its side open would keep the
// proxied connection (and its node's balance counts and drain) open for good.
import { createServer, type Server, type Socket } from "node:net";

const HTTP_METHOD = /^(GET|HEAD|POST|PUT|DELETE|OPTIONS|PATCH) /;

export interface EchoServer {
  podName: string;
  address: string;
  port: number;
  close(): Promise<void>;
}

function serve(podName: string, socket: Socket): void {
  socket.on("error", () => socket.destroy());
  socket.once("end", () => socket.end());
  socket.once("data", (first) => {
    if (!HTTP_METHOD.test(first.toString("latin1", 0, 8))) {
      socket.write(first);
      socket.pipe(socket);
      return;
    }
    // One request per connection keeps the server trivial; the proxy is what's under test.
    const body = `${podName}\nremote ${socket.remoteAddress}:${socket.remotePort}\n`;
    socket.end(
      `HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: ${Buffer.byteLength(body)}\r\n` +
        `x-pod: ${podName}\r\nconnection: close\r\n\r\n${body}`,
    );
  });
}

export function startEcho(podName: string, address: string, port: number): Promise<EchoServer> {
  const open = new Set<Socket>();
  const server: Server = createServer({ allowHalfOpen: true }, (s) => {
    open.add(s);
    s.once("close", () => open.delete(s));
    serve(podName, s);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, address, () => {
      server.off("error", reject);
      resolve({
        podName,
        address,
        port,
        // close() alone waits for every connection to end; a stopping demo ends them.
        close: () =>
          new Promise((r) => {
            server.close(() => r());
            for (const s of open) s.destroy();
          }),
      });
    });
  });
}
