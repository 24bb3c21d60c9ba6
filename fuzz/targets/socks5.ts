// Mutated SOCKS5 greetings and CONNECT requests over real loopback sockets into the proxy's
// SOCKS5 front end (src/accept/socks5.ts), each connection half-closed by the client after
// its bytes. Checked: the server answers with well-formed RFC 1928 bytes (the greeting's
// choice, then one reply), closes the connection within 2 s, and nothing escapes as an
// uncaught error. A request that parses is answered "host unreachable" here.
import { connect, createServer, type Server, type Socket } from "node:net";
import { fail, REPLY, readSocks5Request } from "../../src/accept/socks5.ts";
import { createRng, type FuzzResult, hex, mutate } from "../mutate.ts";

const SEEDS = [
  [5, 1, 0, 5, 1, 0, 1, 127, 0, 0, 1, 0, 80],
  [5, 2, 0, 2, 5, 1, 0, 4, ...Array(15).fill(0), 1, 1, 187],
  [5, 1, 0, 5, 1, 0, 3, 9, ...Buffer.from("echo.test"), 0, 80],
  [5, 1, 0, 5, 1, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 10, 0, 0, 1, 0x1f, 0x90],
].map((b) => Uint8Array.from(b));

/** Greeting choice ([5,0] or [5,0xff]) then at most one reply [5, code, 0, atyp, addr, port]. */
export function wellFormed(b: Buffer): boolean {
  let at = 0;
  if (b.length >= 2 && b[0] === 5 && b[1] === 0xff) return b.length === 2;
  if (b.length >= 2 && b[0] === 5 && b[1] === 0 && b.length !== 10 && b.length !== 22) at = 2;
  if (at === b.length) return true;
  const r = b.subarray(at);
  if (r[0] !== 5 || r[2] !== 0) return false;
  return (r[3] === 1 && r.length === 10) || (r[3] === 4 && r.length === 22);
}

/** What the answer said: no-method, greeting-only, or reply:<RFC 1928 code>. */
function replyCode(b: Buffer): string {
  if (b.length === 2) return b[1] === 0xff ? "no-method" : "greeting-only";
  const reply = b.length === 10 || b.length === 22 ? b : b.subarray(2);
  return `reply:${reply[1]}`;
}

function exchange(port: number, input: Uint8Array): Promise<{ data: Buffer; closedInMs: number } | "timeout"> {
  return new Promise((resolve) => {
    const s: Socket = connect({ host: "127.0.0.1", port, allowHalfOpen: true });
    const chunks: Buffer[] = [];
    let sentAt = 0;
    const timer = setTimeout(() => {
      s.destroy();
      resolve("timeout");
    }, 2000);
    s.on("data", (d: Buffer) => chunks.push(d));
    s.on("error", () => {});
    s.once("connect", () => {
      s.end(Buffer.from(input));
      sentAt = Date.now();
    });
    s.once("close", () => {
      clearTimeout(timer);
      resolve({ data: Buffer.concat(chunks), closedInMs: Date.now() - sentAt });
    });
  });
}

export async function runSocks5(iterations: number, seed: number): Promise<FuzzResult> {
  const rng = createRng(seed);
  const result: FuzzResult = { target: "socks5", iterations, outcomes: {}, failures: [], ms: 0 };
  const escaped: string[] = [];
  const onUncaught = (e: Error) => escaped.push(e.stack ?? String(e));
  process.on("uncaughtException", onUncaught);
  const server: Server = createServer({ allowHalfOpen: true }, (s) => {
    s.on("error", () => {});
    readSocks5Request(s).then(
      () => fail(s, REPLY.hostUnreachable),
      () => {
        // The front end has answered and closed already (or the socket is gone).
      },
    );
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const port = (server.address() as { port: number }).port;
  const t0 = Date.now();
  try {
    for (let i = 0; i < iterations; i++) {
      const input = mutate(rng, rng.pick(SEEDS), rng.pick(SEEDS));
      const got = await exchange(port, input);
      if (got === "timeout") {
        result.failures.push({ input: hex(input), problem: "the server did not close within 2 s of the client's FIN" });
        continue;
      }
      if (!wellFormed(got.data)) {
        result.failures.push({ input: hex(input), problem: `malformed answer ${got.data.toString("hex")}` });
        continue;
      }
      const code = replyCode(got.data);
      result.outcomes[code] = (result.outcomes[code] ?? 0) + 1;
    }
  } finally {
    process.off("uncaughtException", onUncaught);
    await new Promise<void>((r) => server.close(() => r()));
  }
  for (const e of escaped) result.failures.push({ input: "", problem: `uncaught: ${e}` });
  result.ms = Date.now() - t0;
  return result;
}
