import { describe, expect, it } from "vitest";
import { plainLine } from "../../src/log-plain.ts";

describe("plain log lines (ztunnel's IstioFormat)", () => {
  it("time, level, target, message and key=value fields, strings quoted", () => {
    const json = JSON.stringify({
      level: 30,
      time: Date.UTC(2026, 11, 3, 14, 18, 24, 123),
      pid: 1,
      hostname: "h",
      target: "access",
      "src.addr": "10.0.0.1:4242",
      "dst.workload": "echo",
      bytes_sent: 12,
      msg: "connection complete",
    });
    expect(plainLine(json)).toBe(
      '2026-12-03T14:18:24.123Z\tinfo\taccess\tconnection complete src.addr="10.0.0.1:4242" dst.workload="echo" bytes_sent=12\n',
    );
  });

  it("a record without a target names its component, else ztunnel; an error shows its message", () => {
    const line = plainLine(
      JSON.stringify({ level: 40, time: 0, component: "xds", err: { message: "boom", stack: "x" }, msg: "lost" }),
    );
    expect(line).toBe('1970-01-01T00:00:00.000Z\twarn\txds\tlost err="boom"\n');
    expect(plainLine(JSON.stringify({ level: 50, time: 0, msg: "m" }))).toBe(
      "1970-01-01T00:00:00.000Z\terror\tztunnel\tm\n",
    );
  });

  it("a line that is not JSON passes through unchanged", () => {
    expect(plainLine("not json")).toBe("not json\n");
  });
});
