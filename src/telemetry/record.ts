// The telemetry stage: what a connection leaves behind, written once for every path.
// Opened (istio_tcp_connections_opened_total, live byte counters) from the moment the
// request is decided — so a connect that then fails is opened, closed and failed with its
// response flag, as ztunnel's ConnectionResult — listed in the admin's connection table
// while bytes flow, and at its end closed with ztunnel's response flag and one access-log line.
import type { ConnectionMetrics, ResponseFlag, TcpLabels, TcpMetrics } from "../admin/metrics.ts";
import type { Logger } from "../log.ts";
import { type AccessRecord, accessLogWanted, logAccess } from "./access-log.ts";
import type { ConnectionEntry, ConnectionTable } from "./connections.ts";

/** The sinks a worker holds. */
export interface Telemetry {
  metrics: TcpMetrics;
  connections: ConnectionTable;
  /** The connection log: target `access` of the log filter (ztunnel's), so it can be tuned alone. */
  accessLog: Logger;
}

/** The access-log facts known when the connection was decided; the end adds bytes and error. */
export type AccessFacts = Omit<AccessRecord, "bytesSent" | "bytesReceived" | "error">;

export interface ConnectionRecord {
  /** Bytes as the copy moves them: "sent" = client → upstream (Istio's "received" on either reporter). */
  onBytes(direction: "sent" | "received", n: number): void;
  /** Bytes flow now: the connection is listed in the admin dump until it ends. */
  established(entry: ConnectionEntry): void;
  /**
   * The end, exactly once: closed with `flag` (`-` when it ran its course), logged with the
   * bytes moved and why it ended. The access facts come only now: an open connection keeps
   * nothing for its log line (it is built, if the level wants it, from what the path holds).
   */
  end(
    result: { bytesSent: number; bytesReceived: number; error?: string | undefined },
    flag: ResponseFlag,
    access: () => AccessFacts,
  ): void;
}

/** One object per connection, its behaviour on the prototype (no closures per connection). */
class Record implements ConnectionRecord {
  private untrack: (() => void) | undefined;
  /** Bound once: the copy stage calls it per chunk (or per batch) without a receiver. */
  readonly onBytes: ConnectionRecord["onBytes"];

  constructor(
    private readonly t: Telemetry,
    private readonly conn: ConnectionMetrics,
  ) {
    this.onBytes = (dir, n) => (dir === "sent" ? conn.received(n) : conn.sent(n));
  }

  established(entry: ConnectionEntry): void {
    this.untrack = this.t.connections.add(entry);
  }

  end(
    result: { bytesSent: number; bytesReceived: number; error?: string | undefined },
    flag: ResponseFlag,
    access: () => AccessFacts,
  ): void {
    this.untrack?.();
    this.untrack = undefined;
    this.conn.close(flag);
    // The facts are gathered only for a line that will be written.
    const log = this.t.accessLog;
    if (accessLogWanted(log, result.error)) logAccess(log, { ...access(), ...result });
  }
}

export function openRecord(t: Telemetry, labels: TcpLabels): ConnectionRecord {
  return new Record(t, t.metrics.open(labels));
}

/** A connection refused before it was anyone's to report on: ztunnel logs it, without metrics. */
export function logRefused(t: Telemetry, access: AccessFacts, error: string): void {
  logAccess(t.accessLog, { ...access, bytesSent: 0, bytesReceived: 0, error });
}
