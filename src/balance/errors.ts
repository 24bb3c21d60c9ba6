import { ZtsError } from "../errors.ts";

/**
 * Errors of the balance module. Codes:
 * - ZTS_BALANCE_ADDON_MISSING: native/build/Release/zts_dlb.node not built (run `npm run build:native`)
 * - ZTS_BALANCE_WORKER_START: a worker thread failed to start
 * - ZTS_BALANCE_LISTEN: a listener could not be created
 * - ZTS_BALANCE_CLOSED: the pool is closed
 * - ZTS_BALANCE_EVENTDEV: ZTS_DLB_BACKEND=eventdev was asked for but the DPDK event device cannot be used
 */
export class BalanceError extends ZtsError {}
