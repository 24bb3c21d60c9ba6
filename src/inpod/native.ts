// The SOCK_SEQPACKET part of the native addon (native/src/seqpacket.cc), typed here so the
// balance module's Addon type stays its own. Node's `net` cannot open SEQPACKET sockets or
// carry SCM_RIGHTS, which ZDS needs.
import { type Addon, loadAddon } from "../balance/addon.ts";

export interface SeqpacketAddon {
  /** Connects a nonblocking SOCK_SEQPACKET socket to `path`; throws with errno/code (ENOENT, ECONNREFUSED). */
  seqpacketConnect(path: string): number;
  /** Binds + listens (an existing file at `path` is replaced). */
  seqpacketListen(path: string, backlog?: number): number;
  /** One pending connection or null. */
  seqpacketAccept(fd: number): number | null;
  /** One message with optional SCM_RIGHTS fds (duplicated by the kernel); bytes sent, or null when it would block. */
  sendFds(fd: number, data: Buffer, fds?: number[]): number | null;
  /** True when fd is a network namespace (ioctl NS_GET_NSTYPE). */
  isNetnsFd(fd: number): boolean;
  /** Calls cb on this thread's loop while fd is readable; call the returned stop() before closing fd. */
  watchFd(fd: number, cb: (status: number, readable: boolean, hangup: boolean) => void, unref?: boolean): () => void;
  /** Writes a /proc/sys/net/ file as seen inside the netns at `netns` (native/src/sockets.cc); throws with errno/code. */
  setNetSysctl(netns: string, path: string, value: string): void;
}

export type InpodAddon = Addon & SeqpacketAddon;

export function loadInpodAddon(path?: string): InpodAddon {
  return loadAddon(path) as InpodAddon;
}
