import { ZtsError } from "../errors.ts";

/**
 * Errors of the listener handoff (src/upgrade/). Codes:
 * - ZTS_UPGRADE_SEND: the handoff peer is not reading
 * - ZTS_UPGRADE_TIMEOUT: no answer on the handoff socket in time
 * - ZTS_UPGRADE_PROTOCOL: a malformed or unexpected handoff message
 */
export class UpgradeError extends ZtsError {}
