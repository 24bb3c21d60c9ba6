import { ZtsError } from "../errors.ts";

/**
 * DNS proxy errors. Codes: ZTS_DNS_BIND (a listener could not be opened),
 * ZTS_DNS_UPSTREAM (no upstream answered in time), ZTS_DNS_NO_UPSTREAM (nothing to forward
 * to: no ZTS_DNS_UPSTREAM and no nameserver in resolv.conf), ZTS_DNS_CONFIG (a bad
 * upstream address).
 */
export class DnsError extends ZtsError {}
