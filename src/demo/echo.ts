// The demo's workloads: one small server per pod IP and container port. HTTP requests
// get the pod's name as the first line of the body (so `curl` shows who answered);
// anything else is echoed back byte for byte.
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
  const server: Server = createServer({ allowHalfOpen: true }, (s) => serve(podName, s));
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, address, () => {
      server.off("error", reject);
      resolve({
        podName,
        address,
        port,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}
