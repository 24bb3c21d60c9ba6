// `ztunnel-ts config <view>`: what `istioctl ztunnel-config` shows, read from a running
// proxy's admin port instead of through the Kubernetes API — so it works on a node, in
// the demo, or through `kubectl port-forward`. Tables for people, `-o json` for scripts.
import { AdminError } from "../admin/errors.ts";
import { parseHostPort } from "../config.ts";
import { joinHostPort } from "../state/ip.ts";

const VIEWS = ["workloads", "services", "policies", "certs", "balance", "select"] as const;
type View = (typeof VIEWS)[number];

const USAGE =
  "usage: ztunnel-ts config <workloads|services|policies|certs|balance|select> [--admin host:port] [-o table|json]\n" +
  "       ztunnel-ts config select --source IP --destination ADDR [--count N]";

export interface ConfigArgs {
  view: View;
  admin: string;
  output: "table" | "json";
  source?: string;
  destination?: string;
  count?: string;
}

const usageError = (msg: string) => new AdminError("ZTS_ADMIN_USAGE", `${msg}\n${USAGE}`);

export function parseConfigArgs(args: string[]): ConfigArgs {
  const flags: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith("-")) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const name = (eq >= 0 ? a.slice(0, eq) : a).replace(/^--?/, "");
    const value = eq >= 0 ? a.slice(eq + 1) : args[++i];
    if (value === undefined) throw usageError(`${a} needs a value`);
    const key = {
      o: "output",
      output: "output",
      admin: "admin",
      source: "source",
      destination: "destination",
      count: "count",
    }[name];
    if (!key) throw usageError(`unknown option ${a}`);
    flags[key] = value;
  }
  const [view, ...extra] = positional;
  if (!view) throw usageError("which view?");
  if (!(VIEWS as readonly string[]).includes(view)) throw usageError(`unknown view ${JSON.stringify(view)}`);
  if (extra.length > 0) throw usageError(`unexpected argument ${JSON.stringify(extra[0])}`);
  const output = flags.output ?? "table";
  if (output !== "table" && output !== "json") throw usageError(`-o ${output}: use table or json`);
  const admin = flags.admin ?? "127.0.0.1:15000";
  parseHostPort(admin, "--admin"); // early, clear error for a malformed address
  if (view === "select" && (!flags.source || !flags.destination))
    throw usageError("select needs --source and --destination");
  if (flags.count !== undefined && !/^\d+$/.test(flags.count))
    throw usageError(`--count ${flags.count}: a whole number`);
  return {
    view: view as View,
    admin,
    output,
    ...(flags.source !== undefined && { source: flags.source }),
    ...(flags.destination !== undefined && { destination: flags.destination }),
    ...(flags.count !== undefined && { count: flags.count }),
  };
}

function adminBase(admin: string): string {
  const hp = parseHostPort(admin, "--admin");
  return `http://${joinHostPort(hp.host, hp.port)}`;
}

/** GETs a JSON document from the admin port; refusals and timeouts become one clear error. */
async function getJson(base: string, path: string): Promise<{ status: number; body: unknown }> {
  let res: Response;
  try {
    res = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(5000) });
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause;
    const why = cause?.code ?? (err as Error).name ?? String(err);
    throw new AdminError(
      "ZTS_ADMIN_UNREACHABLE",
      `cannot reach the admin port at ${base} (${why}); is ztunnel-ts running there? Use --admin host:port`,
      { cause: err },
    );
  }
  const text = await res.text();
  try {
    return { status: res.status, body: JSON.parse(text) };
  } catch {
    throw new AdminError(
      "ZTS_ADMIN_BAD_REPLY",
      `${base}${path} answered ${res.status} with something other than JSON; is this a ztunnel-ts admin port?`,
    );
  }
}

/** Columns padded to the widest cell, three spaces apart, like istioctl's tabwriter. */
export function formatTable(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? "").length)));
  return all
    .map((r) =>
      r
        .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!)))
        .join("   ")
        .trimEnd(),
    )
    .join("\n");
}

// biome-ignore lint/suspicious/noExplicitAny: config_dump is JSON of a documented shape
type Json = any;

const none = (v: string | undefined | null): string => (v ? v : "None");
/** `network/ip` with the default (empty) network shown as the bare IP. */
const vip = (v: string): string => (v.startsWith("/") ? v.slice(1) : v);

function workloadsTable(ws: Json[]): string {
  return formatTable(
    ["NAMESPACE", "POD-NAME", "ADDRESS", "NODE", "WAYPOINT", "PROTOCOL"],
    ws.map((w) => [
      w.namespace ?? "",
      w.name ?? "",
      (w.workloadIps ?? []).join(","),
      w.node ?? "",
      none(w.waypoint && vip(w.waypoint.destination)),
      w.protocol ?? "",
    ]),
  );
}

function servicesTable(ss: Json[], workloads: Json[]): string {
  const status = new Map<string, string>(workloads.map((w) => [w.uid, w.status]));
  return formatTable(
    ["NAMESPACE", "SERVICE-NAME", "SERVICE-VIP", "WAYPOINT", "ENDPOINTS"],
    ss.map((s) => {
      const eps = Object.values(s.endpoints ?? {}) as Json[];
      const healthy = eps.filter((e) => (e.status ?? status.get(e.workloadUid)) === "Healthy").length;
      return [
        s.namespace ?? "",
        s.name ?? "",
        (s.vips ?? []).map(vip).join(","),
        none(s.waypoint && vip(s.waypoint.destination)),
        `${healthy}/${eps.length}`,
      ];
    }),
  );
}

function policiesTable(ps: Json[]): string {
  return formatTable(
    ["NAMESPACE", "POLICY-NAME", "ACTION", "SCOPE", "DRY-RUN"],
    ps.map((p) => [p.namespace ?? "", p.name ?? "", p.action ?? "", p.scope ?? "", String(p.dryRun ?? false)]),
  );
}

function certsTable(cs: Json[]): string {
  const rows: string[][] = [];
  for (const c of cs) {
    const certs: [string, Json][] = [
      ...(c.certChain ?? []).map((x: Json, i: number) => [i === 0 ? "Leaf" : "Intermediate", x] as [string, Json]),
      ...(c.rootCerts ?? []).map((x: Json) => ["Root", x] as [string, Json]),
    ];
    if (certs.length === 0) rows.push([c.identity, "-", c.state, "-", "-", "-"]);
    for (const [type, x] of certs)
      rows.push([c.identity, type, c.state, x.serialNumber, x.expirationTime, x.validFrom]);
  }
  return formatTable(["IDENTITY", "TYPE", "STATE", "SERIAL-NUMBER", "NOT-AFTER", "NOT-BEFORE"], rows);
}

function balanceTable(b: Json): string {
  const ws: Json[] = b.workers ?? [];
  const open = ws.map((w) => Number(w.open) || 0);
  const mean = open.length ? open.reduce((a, c) => a + c, 0) / open.length : 0;
  const max = open.length ? Math.max(...open) : 0;
  const head = `policy ${b.policy}, backend ${b.backend}; open max/mean ${mean > 0 ? (max / mean).toFixed(2) : "-"}`;
  const table = formatTable(
    ["WORKER", "ACCEPTED", "OPEN", "QUEUED", "CREDITS"],
    ws.map((w) => [String(w.id), String(w.accepted), String(w.open), String(w.queued), String(w.credits)]),
  );
  return `${head}\n${table}`;
}

/**
 * /debug/select as a table. A pick on another network shows its network gateway (or why it
 * has none); a remote workload with no IP of its own has no ADDRESS (`-`).
 */
export function selectTable(body: Json): string {
  const gateway = (p: Json): string => {
    if (!p.gateway) return "";
    return p.gateway.address ? `${p.gateway.address} (${p.network})` : `none: ${p.gateway.error?.code ?? "?"}`;
  };
  return formatTable(
    ["#", "UID", "ADDRESS", "VIA", "GATEWAY"],
    (body.picks ?? []).map((p: Json, i: number) => [
      String(i + 1),
      p.uid ?? "",
      p.address ?? "-",
      p.via ?? "",
      gateway(p),
    ]),
  );
}

/** Runs one view; returns what to print. Throws AdminError for anything the user must fix. */
export async function configView(a: ConfigArgs): Promise<string> {
  const base = adminBase(a.admin);
  const json = (v: unknown) => JSON.stringify(v, null, 2);
  if (a.view === "balance") {
    const { body } = await getJson(base, "/stats/balance");
    return a.output === "json" ? json(body) : balanceTable(body);
  }
  if (a.view === "select") {
    const q = new URLSearchParams({ source: a.source!, destination: a.destination!, count: a.count ?? "1" });
    const { status, body } = await getJson(base, `/debug/select?${q}`);
    if (status !== 200) {
      const e = (body as Json)?.error;
      throw new AdminError(
        "ZTS_ADMIN_SELECT",
        `no pick (${status}): ${e?.message ?? json(body)}${e?.code ? ` [${e.code}]` : ""}`,
      );
    }
    return a.output === "json" ? json(body) : selectTable(body);
  }
  const { status, body } = await getJson(base, "/config_dump");
  if (status !== 200)
    throw new AdminError("ZTS_ADMIN_BAD_REPLY", `${base}/config_dump answered ${status}: ${json(body)}`);
  const dump = body as Json;
  const section = { workloads: "workloads", services: "services", policies: "policies", certs: "certificates" }[a.view];
  const data = dump[section] ?? [];
  if (a.output === "json") return json(data);
  switch (a.view) {
    case "workloads":
      return workloadsTable(data);
    case "services":
      return servicesTable(data, dump.workloads ?? []);
    case "policies":
      return policiesTable(data);
    default:
      return certsTable(data);
  }
}

export async function runConfig(args: string[]): Promise<void> {
  process.stdout.write(`${await configView(parseConfigArgs(args))}\n`);
}
