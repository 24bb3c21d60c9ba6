// A small SVG writer for the results page: grouped bars (throughput), CDF lines (latency)
// and per-worker lines over time (balance). Plain strings, no browser, no dependencies.

const W = 720;
const H = 360;
const M = { top: 40, right: 160, bottom: 50, left: 70 };
const COLORS = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f"];

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const color = (i: number) => COLORS[i % COLORS.length]!;

function frame(title: string, body: string, xLabel: string, yLabel: string, legend: string[]): string {
  const items = legend
    .map(
      (name, i) =>
        `<rect x="${W - M.right + 12}" y="${M.top + i * 18}" width="12" height="12" fill="${color(i)}"/>` +
        `<text x="${W - M.right + 30}" y="${M.top + i * 18 + 10}">${esc(name)}</text>`,
    )
    .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="11">
<rect width="${W}" height="${H}" fill="white"/>
<text x="${W / 2}" y="20" text-anchor="middle" font-size="14">${esc(title)}</text>
<text x="${(M.left + W - M.right) / 2}" y="${H - 10}" text-anchor="middle">${esc(xLabel)}</text>
<text x="16" y="${(M.top + H - M.bottom) / 2}" text-anchor="middle" transform="rotate(-90 16 ${(M.top + H - M.bottom) / 2})">${esc(yLabel)}</text>
${body}${items}
</svg>
`;
}

function niceMax(v: number): number {
  if (!(v > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  return [1, 2, 2.5, 5, 10].map((k) => k * p).find((x) => x >= v) ?? 10 * p;
}

function yAxis(max: number): string {
  const ph = H - M.top - M.bottom;
  let s = `<line x1="${M.left}" y1="${M.top}" x2="${M.left}" y2="${H - M.bottom}" stroke="#333"/>`;
  for (let i = 0; i <= 5; i++) {
    const y = H - M.bottom - (ph * i) / 5;
    s += `<line x1="${M.left}" y1="${y}" x2="${W - M.right}" y2="${y}" stroke="#ddd"/>`;
    s += `<text x="${M.left - 6}" y="${y + 4}" text-anchor="end">${+((max * i) / 5).toPrecision(3)}</text>`;
  }
  return s;
}

/** Grouped bars: one group per category (e.g. "-P1"), one bar per series (subject). */
export function barChart(
  title: string,
  unit: string,
  categories: string[],
  series: Array<{ name: string; values: number[] }>,
): string {
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values.filter(Number.isFinite))));
  const pw = W - M.left - M.right;
  const ph = H - M.top - M.bottom;
  const gw = pw / Math.max(1, categories.length);
  const bw = (gw * 0.8) / Math.max(1, series.length);
  let body = yAxis(max);
  categories.forEach((cat, c) => {
    body += `<text x="${M.left + gw * c + gw / 2}" y="${H - M.bottom + 16}" text-anchor="middle">${esc(cat)}</text>`;
    series.forEach((s, i) => {
      const v = s.values[c] ?? Number.NaN;
      const x = M.left + gw * c + gw * 0.1 + bw * i;
      if (!Number.isFinite(v)) {
        body += `<text x="${x + bw / 2}" y="${H - M.bottom - 4}" text-anchor="middle" font-size="9">n/m</text>`;
        return;
      }
      const h = (v / max) * ph;
      body += `<rect x="${x}" y="${H - M.bottom - h}" width="${bw - 2}" height="${h}" fill="${color(i)}"><title>${esc(s.name)}: ${v.toPrecision(4)} ${esc(unit)}</title></rect>`;
    });
  });
  return frame(
    title,
    body,
    "",
    unit,
    series.map((s) => s.name),
  );
}

/** Lines through (x, y) points; used for latency CDFs (x = ms, y = percentile) and time series. */
export function lineChart(
  title: string,
  xLabel: string,
  yLabel: string,
  series: Array<{ name: string; points: Array<[number, number]> }>,
  opts: { yMax?: number } = {},
): string {
  const xs = series.flatMap((s) => s.points.map((p) => p[0])).filter(Number.isFinite);
  const ys = series.flatMap((s) => s.points.map((p) => p[1])).filter(Number.isFinite);
  const xMax = niceMax(Math.max(0, ...xs));
  const yMax = opts.yMax ?? niceMax(Math.max(0, ...ys));
  const pw = W - M.left - M.right;
  const ph = H - M.top - M.bottom;
  const X = (x: number) => M.left + (x / xMax) * pw;
  const Y = (y: number) => H - M.bottom - (y / yMax) * ph;
  let body = yAxis(yMax);
  body += `<line x1="${M.left}" y1="${H - M.bottom}" x2="${W - M.right}" y2="${H - M.bottom}" stroke="#333"/>`;
  for (let i = 0; i <= 5; i++) {
    body += `<text x="${X((xMax * i) / 5)}" y="${H - M.bottom + 16}" text-anchor="middle">${+((xMax * i) / 5).toPrecision(3)}</text>`;
  }
  series.forEach((s, i) => {
    const pts = s.points.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
    if (pts.length === 0) return;
    const d = pts.map(([x, y], k) => `${k ? "L" : "M"}${X(x).toFixed(1)},${Y(y).toFixed(1)}`).join(" ");
    body += `<path d="${d}" fill="none" stroke="${color(i)}" stroke-width="2"/>`;
  });
  return frame(
    title,
    body,
    xLabel,
    yLabel,
    series.map((s) => s.name),
  );
}
