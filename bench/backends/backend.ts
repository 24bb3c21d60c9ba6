// The servers behind every subject, in their own process so their CPU is not the load
// client's: `http` (tiny HTTP/1.1 responder for wrk), `accept` (writes "ok\n" and closes:
// the new-connections/s target) and `idle` (writes one byte and holds the connection: the
// RSS-per-idle-connection target; the byte tells the client the whole path is open).
// argv[2] = JSON [{kind, host, port}]; prints the bound ports as one JSON line.
import { createServer as createHttp } from "node:http";
import { createServer, type Server } from "node:net";

type Kind = "http" | "accept" | "idle";
const specs = JSON.parse(process.argv[2] ?? "[]") as Array<{ kind: Kind; host: string; port: number }>;
const body = Buffer.from("ok\n");

function make(kind: Kind): Server {
  if (kind === "http") {
    const srv = createHttp((_req, res) => {
      res.writeHead(200, { "content-type": "text/plain", "content-length": body.length });
      res.end(body);
    });
    srv.keepAliveTimeout = 120_000;
    return srv;
  }
  if (kind === "accept") {
    return createServer((s) => {
      s.on("error", () => {});
      s.end(body);
    });
  }
  const held = new Set<unknown>();
  return createServer((s) => {
    held.add(s);
    s.on("error", () => {});
    s.on("close", () => held.delete(s));
    s.write("i");
  });
}

const ports: number[] = [];
for (const spec of specs) {
  const srv = make(spec.kind);
  await new Promise<void>((resolve, reject) => {
    srv.once("error", reject);
    srv.listen({ host: spec.host, port: spec.port, backlog: 4096 }, resolve);
  });
  const addr = srv.address();
  ports.push(typeof addr === "object" && addr ? addr.port : 0);
}
process.stdout.write(`${JSON.stringify({ ports })}\n`);
