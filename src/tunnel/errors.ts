// The one error type of the HBONE client and server. Codes are stable; tests and the
// access log match on them.
import { ZtsError } from "../errors.ts";

export type HboneErrorCode =
  /** TCP connect to the peer's :15008 failed. */
  | "ZTS_HBONE_DIAL"
  /** TLS handshake failed (bad chain, expired, peer rejected our cert, no ALPN h2). */
  | "ZTS_HBONE_TLS"
  /** The peer's certificate does not carry any of the expected SPIFFE identities. */
  | "ZTS_HBONE_PEER_IDENTITY"
  /** No certificate for the source identity is available yet. */
  | "ZTS_HBONE_NO_CERT"
  /** The native server got a certificate whose key is not PEM (a token key). */
  | "ZTS_HBONE_NATIVE_KEY"
  /** The HTTP/2 session or stream failed before the tunnel was up. */
  | "ZTS_HBONE_PROTOCOL"
  /** The peer answered the CONNECT with a non-200 status (see `status`). */
  | "ZTS_TUNNEL_REFUSED";

export class HboneError extends ZtsError {
  declare readonly code: HboneErrorCode;
  /** HTTP status for ZTS_TUNNEL_REFUSED. */
  readonly status?: number;

  constructor(code: HboneErrorCode, message: string, options?: { cause?: unknown; status?: number }) {
    super(code, message, options);
    if (options?.status !== undefined) this.status = options.status;
  }
}
