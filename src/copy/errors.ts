import { ZtsError } from "../errors.ts";

/**
 * Errors of the copy module (native-pump.ts; copy.ts reports the streams' own errors). Codes:
 * - ZTS_COPY_STOPPED: TypeScript stopped the native pump (pumpStop: policy change, drain)
 * - ZTS_COPY_NO_FD: a socket handed to the native pump has no fd (not connected, or destroyed)
 */
export class CopyError extends ZtsError {}
