import { describe, expect, it } from "vitest";
import { formatLogFilter, parseLogFilter } from "../../src/log-filter.ts";

const base = { level: "info", targets: {} };
const show = (text: string, from = base) => formatLogFilter(parseLogFilter(text, from));

describe("log filter (ztunnel's /logging?level=)", () => {
  it.each([
    ["debug", "debug"],
    ["off", "off"],
    ["access=debug", "info,access=debug"],
    ["access:debug,info", "info,access=debug"],
    ["warn,access=trace", "warn,access=trace"],
    ["ztunnel::proxy=debug", "info,ztunnel::proxy=debug"],
    ["ztunnel::proxy:debug", "info,ztunnel::proxy=debug"],
    ["DEBUG", "debug"],
  ])("%s → %s", (text, want) => {
    expect(show(text)).toBe(want);
  });

  it("applies on top of the current filter; later clauses win", () => {
    const cur = parseLogFilter("access=debug", base);
    expect(show("xds=trace,access=warn", cur)).toBe("info,access=warn,xds=trace");
  });

  it.each(["loud", "__proto__", "access=", "=debug", "access:loud", "a b=debug"])("%j is refused", (text) => {
    expect(() => parseLogFilter(text, base)).toThrow(/is invalid/);
  });
});
