// Facts about file descriptors handed over by istio-cni: is it a network namespace, and
// which one (its nsfs inode, so a re-sent add for the same pod keeps its listeners).
import { closeSync, fstatSync, readlinkSync } from "node:fs";
import { type InpodAddon, loadInpodAddon } from "./native.ts";

/** What the fd points at (error messages), or undefined if closed. */
export function fdTarget(fd: number): string | undefined {
  try {
    return readlinkSync(`/proc/self/fd/${fd}`);
  } catch {
    return undefined;
  }
}

/** Asks the kernel (NS_GET_NSTYPE): a netns opened from /var/run/netns/X reads back as a path. */
export function isNetnsFd(fd: number, addon: Pick<InpodAddon, "isNetnsFd"> = loadInpodAddon()): boolean {
  return addon.isNetnsFd(fd);
}

/** The namespace's inode: equal for two fds of the same netns. */
export function netnsInode(fd: number): bigint {
  return fstatSync(fd, { bigint: true }).ino;
}

/** Path the native helper thread opens to setns into the namespace held by `fd`. */
export function netnsPath(fd: number): string {
  return `/proc/self/fd/${fd}`;
}

export function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // already closed: nothing to release
  }
}
