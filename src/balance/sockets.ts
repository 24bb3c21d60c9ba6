// Socket options and the marked connect the proxy needs, over the native addon.
// connectMarked creates the socket natively so SO_MARK is set before the SYN (iptables
// capture skips the proxy's own traffic) and completes the connect off the JS thread.
import net from "node:net";
import { type ConnectSpec, type Endpoint, type KeepAliveSpec, loadAddon } from "./addon.ts";

/** ztunnel's mark for its own outbound traffic (capture rules skip it). */
export const ZTUNNEL_MARK = 1337;

const addon = () => loadAddon();

/** The pre-REDIRECT destination (SO_ORIGINAL_DST / IP6T_SO_ORIGINAL_DST), null if not redirected. */
export const getOriginalDst = (fd: number): Endpoint | null => addon().getOriginalDst(fd);
export const setMark = (fd: number, mark: number = ZTUNNEL_MARK): void => addon().setMark(fd, mark);
export const getMark = (fd: number): number => addon().getMark(fd);
export const setTransparent = (fd: number, on = true): void => addon().setTransparent(fd, on);
export const setReusePort = (fd: number, on = true): void => addon().setReusePort(fd, on);
export const setKeepAlive = (fd: number, spec: KeepAliveSpec): void => addon().setKeepAlive(fd, spec);
export const setUserTimeout = (fd: number, ms: number): void => addon().setUserTimeout(fd, ms);

/** Connected nonblocking fd; rejects with an Error carrying errno/code (ECONNREFUSED, ETIMEDOUT, …). */
export const connectMarked = (spec: ConnectSpec): Promise<number> => addon().connectMarked(spec);

/** connectMarked, wrapped as a net.Socket (already connected). */
export async function connectMarkedSocket(spec: ConnectSpec): Promise<net.Socket> {
  const fd = await connectMarked(spec);
  try {
    return new net.Socket({ fd, readable: true, writable: true });
  } catch (err) {
    addon().closeFd(fd);
    throw err;
  }
}

/** The fd under a net.Socket or net.Server (undefined when it has none yet). */
export function fdOf(s: net.Socket | net.Server): number | undefined {
  const fd = (s as unknown as { _handle?: { fd?: number } })._handle?.fd;
  return typeof fd === "number" && fd >= 0 ? fd : undefined;
}
