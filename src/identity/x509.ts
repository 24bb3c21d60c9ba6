// The one entry to @peculiar/x509: its DI container (tsyringe) needs the Reflect metadata
// API loaded before it, and it needs a WebCrypto provider. Import x509 from here only.
import "reflect-metadata";
import { webcrypto } from "node:crypto";
import * as x509 from "@peculiar/x509";

x509.cryptoProvider.set(webcrypto as never);

export { x509 };
