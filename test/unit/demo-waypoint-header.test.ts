// The demo's waypoint stand-in marks the replies it forwards: one header after an HTTP/1
// status line, however the reply is split into chunks; anything that is not HTTP/1 is
// passed on byte for byte.
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { describe, expect, it } from "vitest";
import { headerAdder } from "../../src/demo/waypoint.ts";

const through = (chunks: string[]) =>
  text(Readable.from(chunks.map((c) => Buffer.from(c))).pipe(headerAdder("x-waypoint", "default/waypoint")));

describe("waypoint stand-in reply header", () => {
  it("goes right after the status line", async () => {
    expect(await through(["HTTP/1.1 200 OK\r\nx-pod: a\r\n\r\nbody"])).toBe(
      "HTTP/1.1 200 OK\r\nx-waypoint: default/waypoint\r\nx-pod: a\r\n\r\nbody",
    );
  });

  it("is inserted once when the status line arrives split over chunks", async () => {
    expect(await through(["HTTP/1.", "1 200 O", "K\r", "\nx-pod: a\r\n\r\n", "HTTP/1.1 200 OK\r\n"])).toBe(
      "HTTP/1.1 200 OK\r\nx-waypoint: default/waypoint\r\nx-pod: a\r\n\r\nHTTP/1.1 200 OK\r\n",
    );
  });

  it("leaves a non-HTTP stream unchanged", async () => {
    expect(await through(["ping\r\n", "pong"])).toBe("ping\r\npong");
  });

  it("passes on a short stream that ends before any line break", async () => {
    expect(await through(["HTTP/1.1 2"])).toBe("HTTP/1.1 2");
  });
});
