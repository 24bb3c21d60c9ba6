import { ZtsError } from "../errors.ts";

/**
 * Errors of the in-pod module (ZDS from istio-cni, per-pod listeners). Codes:
 * - ZTS_INPOD_DECODE: a ZDS message that is not a WorkloadRequest, or was truncated
 * - ZTS_INPOD_NO_FD: an add without exactly one netns fd in SCM_RIGHTS
 * - ZTS_INPOD_NOT_NETNS: the fd handed over is not a network namespace
 * - ZTS_INPOD_PROTOCOL: a request out of ZDS order (keep after the snapshot)
 * - ZTS_INPOD_LISTEN: a listener inside the pod's netns could not be created
 * - ZTS_INPOD_SOCKET: the ZDS socket could not be opened or written
 */
export class InpodError extends ZtsError {}
