// The admin page in a real browser (Debian's chromium through playwright-core): it
// renders the state counts and draws one plot series per worker, and it asks for
// nothing outside the admin port.
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestAdmin, type TestAdmin } from "../fixtures/admin-mesh.ts";

const CHROMIUM = "/usr/bin/chromium";
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium)
  console.log(`skipping admin page browser test: ${CHROMIUM} not installed (apt-get install chromium)`);

const WORKERS = [
  { id: 0, accepted: 40, open: 4, queued: 0, credits: 60 },
  { id: 1, accepted: 38, open: 5, queued: 1, credits: 59 },
  { id: 2, accepted: 41, open: 3, queued: 0, credits: 61 },
];

let t: TestAdmin;
let browser: Browser;

beforeAll(async () => {
  if (!haveChromium) return;
  t = await startTestAdmin({ workers: WORKERS });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
});
afterAll(async () => {
  await browser?.close();
  await t?.servers.close();
});

describe.skipIf(!haveChromium)("admin page in Chromium", () => {
  it("plots one series per worker for open and accepted connections", async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on("request", (r) => requested.push(r.url()));
    await page.goto(`${t.base}/`);
    await page.waitForSelector("svg#open polyline.series", { state: "attached" });
    const open = await page.$$eval("svg#open polyline.series", (ls) => ls.map((l) => l.getAttribute("data-worker")));
    const accepted = await page.$$eval("svg#accepted polyline.series", (ls) =>
      ls.map((l) => l.getAttribute("data-worker")),
    );
    expect(open).toEqual(["0", "1", "2"]);
    expect(accepted).toEqual(["0", "1", "2"]);
    // Drawn, not empty: every series has at least one point.
    const points = await page.$$eval("svg#open polyline.series", (ls) => ls.map((l) => l.getAttribute("points") ?? ""));
    for (const p of points) expect(p).toMatch(/^\d+(\.\d+)?,\d+(\.\d+)?/);
    expect(requested.every((u) => u.startsWith(t.base))).toBe(true);
    await page.close();
  });

  it("shows state counts, xDS status and certificate expiry", async () => {
    const page = await browser.newPage();
    await page.goto(`${t.base}/`);
    await page.waitForSelector("#certs tr:nth-child(3)", { state: "attached" });
    const counts = await page.$$eval("#counts tr:nth-child(2) td", (tds) => tds.map((td) => td.textContent));
    expect(counts).toEqual(["3", "2", "1"]);
    const xds = await page.textContent("#xds");
    expect(xds).toContain("istio.workload.Address");
    expect(xds).toContain("bad-policy: missing name");
    const certs = await page.textContent("#certs");
    expect(certs).toContain("2036-01-02T03:04:05Z");
    expect(certs).toContain("Initializing");
    await page.close();
  });
});
