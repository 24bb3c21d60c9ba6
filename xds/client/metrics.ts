// What ztunnel's xDS client counts (src/xds/metrics.rs), kept as plain numbers the metrics
// hub mirrors at scrape time: istio_xds_message_total{url}, istio_xds_message_bytes_total{url}
// (the resources' payload bytes of each response), istio_xds_connection_terminations_total{reason}.
import { status as grpcStatus, type ServiceError } from "@grpc/grpc-js";

/** ztunnel's ConnectionTerminationReason, spelled as its label values are. */
export type TerminationReason = "ConnectionError" | "Error" | "Reconnect" | "Complete";

export interface XdsCounters {
  messages: Record<string, number>;
  messageBytes: Record<string, number>;
  terminations: Record<TerminationReason, number>;
}

export const newXdsCounters = (): XdsCounters => ({
  messages: {},
  messageBytes: {},
  terminations: { ConnectionError: 0, Error: 0, Reconnect: 0, Complete: 0 },
});

/**
 * Why a stream ended, as ztunnel's client classifies it: no error → Complete; the server
 * could not be reached → ConnectionError; a status the server sends when it cycles streams
 * (Unknown, Cancelled, DeadlineExceeded, Unavailable "transport is closing" / after GOAWAY)
 * → Reconnect; any other status or failure → Error.
 */
export function terminationReason(err: Partial<ServiceError> | Error | undefined): TerminationReason {
  if (!err) return "Complete";
  const code = (err as Partial<ServiceError>).code;
  const details = (err as Partial<ServiceError>).details ?? err.message ?? "";
  if (code === undefined) return "Error";
  if (code === grpcStatus.UNAVAILABLE) {
    if (/transport is closing|prior goaway|GOAWAY/i.test(details)) return "Reconnect";
    return "ConnectionError";
  }
  if (code === grpcStatus.UNKNOWN || code === grpcStatus.CANCELLED || code === grpcStatus.DEADLINE_EXCEEDED) {
    return "Reconnect";
  }
  return "Error";
}

/** One response: counted with the bytes of its resources' payloads. */
export function countMessage(
  c: XdsCounters,
  typeUrl: string,
  resources: readonly { resource?: { value?: Uint8Array | null } | null }[],
): void {
  let bytes = 0;
  for (const r of resources) bytes += r.resource?.value?.length ?? 0;
  c.messages[typeUrl] = (c.messages[typeUrl] ?? 0) + 1;
  c.messageBytes[typeUrl] = (c.messageBytes[typeUrl] ?? 0) + bytes;
}
