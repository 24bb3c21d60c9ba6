// One log line per connection at close, like ztunnel's access log: who talked to whom
// (addresses, workloads, identities, service), how much, how long, and why it ended.
import type { Logger } from "../log.ts";
import type { Service, Workload } from "../state/types.ts";

export interface AccessRecord {
  direction: "outbound" | "inbound";
  src: { addr: string; workload?: Workload | undefined; identity?: string | undefined };
  dst: { addr: string; workload?: Workload | undefined; identity?: string | undefined; hbone?: string | undefined };
  service?: Service | undefined;
  /** source → destination. */
  bytesSent: number;
  /** destination → source. */
  bytesReceived: number;
  startedAt: number;
  error?: string | undefined;
}

/** Whether a line for a connection that ended with(out) an error would be written at all. */
export const accessLogWanted = (log: Logger, error: string | undefined): boolean =>
  log.isLevelEnabled(error ? "warn" : "info");

export function logAccess(log: Logger, r: AccessRecord): void {
  // Checked first: at the default level (or warn, as benchmarks run) building the line
  // object for every connection is work nobody reads.
  if (!accessLogWanted(log, r.error)) return;
  const line = {
    direction: r.direction,
    "src.addr": r.src.addr,
    "src.workload": r.src.workload?.name,
    "src.namespace": r.src.workload?.namespace,
    "src.identity": r.src.identity,
    "dst.addr": r.dst.addr,
    "dst.hbone_addr": r.dst.hbone,
    "dst.service": r.service?.hostname,
    "dst.workload": r.dst.workload?.name,
    "dst.namespace": r.dst.workload?.namespace,
    "dst.identity": r.dst.identity,
    bytes_sent: r.bytesSent,
    bytes_recv: r.bytesReceived,
    duration_ms: Date.now() - r.startedAt,
    error: r.error,
  };
  if (r.error) log.warn(line, "connection failed");
  else log.info(line, "connection complete");
}
