// The xDS client's error type. Codes are stable (tests and operators match on them):
// ZTS_XDS_CONNECT    the stream could not be opened or ended; the client retries with backoff
// ZTS_XDS_DECODE     a response message (or a resource inside one) is not valid protobuf
// ZTS_XDS_TOO_LARGE  a response exceeded ZTS_XDS_MAX_MESSAGE_SIZE
// ZTS_XDS_REJECTED   a response was NACKed (the message names each rejected resource)
// ZTS_XDS_UNKNOWN_TYPE a response of a type this client did not subscribe to
import { ZtsError } from "../../src/errors.ts";

export type XdsErrorCode =
  | "ZTS_XDS_CONNECT"
  | "ZTS_XDS_DECODE"
  | "ZTS_XDS_TOO_LARGE"
  | "ZTS_XDS_REJECTED"
  | "ZTS_XDS_UNKNOWN_TYPE";

export class XdsError extends ZtsError {
  declare readonly code: XdsErrorCode;

  constructor(code: XdsErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
  }
}
