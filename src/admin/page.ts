// The admin page at GET /: one self-contained HTML document (no build step, no external
// assets — the admin port is often reached through `kubectl port-forward` on machines
// without Internet access). It polls two small JSON endpoints, /stats/summary and
// /stats/balance, and draws open and accepted connections per worker as SVG polylines,
// one series per worker, so an accept imbalance is visible at a glance.

export const ADMIN_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>ztunnel-ts admin</title>
<style>
  body { font: 14px system-ui, sans-serif; margin: 1.5em; color: #222; }
  h1 { font-size: 1.3em; } h2 { font-size: 1.05em; margin-top: 1.5em; }
  table { border-collapse: collapse; } td, th { padding: 2px 10px; text-align: left; border-bottom: 1px solid #ddd; }
  .bad { color: #b00; } .ok { color: #070; }
  svg { border: 1px solid #ccc; background: #fafafa; }
  .legend span { margin-right: 1em; }
  code { background: #f2f2f2; padding: 0 3px; }
</style>
</head>
<body>
<h1>ztunnel-ts</h1>
<p>JSON: <a href="config_dump">config_dump</a> · <a href="stats/balance">stats/balance</a> ·
 <a href="stats/summary">stats/summary</a> · <code>POST logging?level=debug</code> ·
 <code>debug/select?source=IP&amp;destination=ADDR&amp;count=N</code></p>
<h2>State</h2>
<table id="counts"><tr><th>workloads</th><th>services</th><th>policies</th></tr><tr><td>-</td><td>-</td><td>-</td></tr></table>
<h2>xDS</h2>
<table id="xds"><tr><th>type</th><th>connected</th><th>resources</th><th>last ACK</th><th>last NACK</th></tr></table>
<h2>Certificates</h2>
<table id="certs"><tr><th>identity</th><th>state</th><th>expires</th></tr></table>
<h2>Workers <small id="policy"></small></h2>
<p>Open connections per worker</p>
<svg id="open" width="720" height="180" viewBox="0 0 720 180" role="img" aria-label="open connections per worker"></svg>
<p>Accepted connections per worker (total)</p>
<svg id="accepted" width="720" height="180" viewBox="0 0 720 180" role="img" aria-label="accepted connections per worker"></svg>
<div class="legend" id="legend"></div>
<table id="workers"><tr><th>worker</th><th>accepted</th><th>open</th><th>queued</th><th>credits</th></tr></table>
<script>
"use strict";
const HISTORY = 120;
const COLORS = ["#1f77b4","#d62728","#2ca02c","#9467bd","#ff7f0e","#17becf","#8c564b","#e377c2","#7f7f7f","#bcbd22"];
const series = { open: new Map(), accepted: new Map() };

function text(s) { return document.createTextNode(String(s)); }
function row(table, cells, cls) {
  const tr = document.createElement("tr");
  for (const c of cells) { const td = document.createElement("td"); td.appendChild(text(c)); tr.appendChild(td); }
  if (cls) tr.className = cls;
  table.appendChild(tr);
}
function clearRows(table) { while (table.rows.length > 1) table.deleteRow(1); }

function plot(id, data) {
  // Built as markup: an HTML parser puts children of <svg> in the SVG namespace, so the
  // page needs no namespace URL at all.
  const svg = document.getElementById(id);
  const w = 720, h = 180, pad = 24;
  let max = 1;
  for (const pts of data.values()) for (const v of pts) if (v > max) max = v;
  const step = (w - 2 * pad) / Math.max(1, HISTORY - 1);
  let out = '<text x="4" y="14" font-size="11">max ' + Number(max) + '</text>';
  for (const [wid, pts] of data) {
    const off = HISTORY - pts.length;
    const points = pts.map((v, i) => ((off + i) * step + pad).toFixed(1) + "," + (h - pad - (v / max) * (h - 2 * pad)).toFixed(1)).join(" ");
    out += '<polyline class="series" data-worker="' + Number(wid) + '" fill="none" stroke-width="2" stroke="' +
      COLORS[Number(wid) % COLORS.length] + '" points="' + points + '"></polyline>';
  }
  svg.innerHTML = out;
}

function push(map, id, v) {
  let pts = map.get(id);
  if (!pts) { pts = []; map.set(id, pts); }
  pts.push(v);
  if (pts.length > HISTORY) pts.shift();
}

async function refreshBalance() {
  const b = await (await fetch("stats/balance")).json();
  document.getElementById("policy").textContent = "(policy " + b.policy + ", backend " + b.backend + ")";
  const ids = new Set(b.workers.map((x) => x.id));
  for (const m of [series.open, series.accepted]) for (const id of [...m.keys()]) if (!ids.has(id)) m.delete(id);
  const t = document.getElementById("workers");
  clearRows(t);
  const legend = document.getElementById("legend");
  legend.textContent = "";
  for (const x of b.workers) {
    push(series.open, x.id, x.open);
    push(series.accepted, x.id, x.accepted);
    row(t, [x.id, x.accepted, x.open, x.queued, x.credits]);
    const s = document.createElement("span");
    s.style.color = COLORS[x.id % COLORS.length];
    s.appendChild(text("■ worker " + x.id));
    legend.appendChild(s);
  }
  plot("open", series.open);
  plot("accepted", series.accepted);
}

async function refreshSummary() {
  const s = await (await fetch("stats/summary")).json();
  const c = document.getElementById("counts");
  clearRows(c);
  row(c, [s.counts.workloads, s.counts.services, s.counts.policies]);
  const x = document.getElementById("xds");
  clearRows(x);
  for (const [type, st] of Object.entries(s.xds)) {
    row(x, [type.split("/").pop(), st.connected ? "yes" : "no", st.resources,
      st.lastAck ? st.lastAck.time + " v" + st.lastAck.version : "-",
      st.lastNack ? st.lastNack.time + " " + st.lastNack.message : "-"], st.connected ? "ok" : "bad");
  }
  const ct = document.getElementById("certs");
  clearRows(ct);
  const now = Date.now();
  for (const cert of s.certificates) {
    const exp = cert.expirationTime;
    const left = exp ? Math.round((Date.parse(exp) - now) / 60000) : null;
    row(ct, [cert.identity, cert.state, exp ? exp + " (" + (left >= 0 ? "in " + left + " min" : "EXPIRED") + ")" : "-"],
      cert.state === "Available" && left !== null && left > 0 ? "ok" : "bad");
  }
}

async function tick() {
  try { await Promise.all([refreshBalance(), refreshSummary()]); } catch (e) { console.error(e); }
}
tick();
setInterval(tick, 1000);
</script>
</body>
</html>
`;
