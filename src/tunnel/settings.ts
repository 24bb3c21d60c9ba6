// HTTP/2 tuning both ends share. Node's defaults (64 KiB windows, 16 KiB frames) cap a
// tunnel well below what the CPU can do, so we use ztunnel's values (SPEC.md §3).
import type { Http2Session, Settings } from "node:http2";

export interface H2Tuning {
  streamWindow: number;
  connectionWindow: number;
  frameSize: number;
}

export const DEFAULT_H2: H2Tuning = { streamWindow: 4 << 20, connectionWindow: 16 << 20, frameSize: 1 << 20 };

/** From the frozen config (HTTP2_STREAM_WINDOW_SIZE, HTTP2_CONNECTION_WINDOW_SIZE, HTTP2_FRAME_SIZE). */
export function h2TuningFromConfig(c: {
  h2StreamWindow: number;
  h2ConnectionWindow: number;
  h2FrameSize: number;
}): H2Tuning {
  return { streamWindow: c.h2StreamWindow, connectionWindow: c.h2ConnectionWindow, frameSize: c.h2FrameSize };
}

/** Concurrent streams the HBONE server admits per connection: ztunnel's h2 server (src/proxy/h2/server.rs). */
export const SERVER_MAX_CONCURRENT_STREAMS = 200;

export function h2Settings(t: H2Tuning, extra: { maxConcurrentStreams?: number } = {}): Settings {
  // RFC 9113: frame size is 16 KiB..16 MiB-1.
  return {
    initialWindowSize: t.streamWindow,
    maxFrameSize: Math.min(Math.max(t.frameSize, 16384), 16777215),
    enablePush: false,
    ...extra,
  };
}

/** Session memory must cover a full connection window per session, with headroom (MB). */
export const maxSessionMemoryMb = (t: H2Tuning): number => Math.ceil((t.connectionWindow * 4) / 1e6) + 16;

export function applyConnectionWindow(s: Http2Session, t: H2Tuning): void {
  const apply = () => {
    try {
      s.setLocalWindowSize(t.connectionWindow);
    } catch {
      // session already gone
    }
  };
  if (s.connecting) s.once("connect", apply);
  else apply();
}
