// The admin module's error type: listeners that cannot bind, and the `config` command's
// failures talking to a proxy's admin port. Codes are ZTS_ADMIN_*.
import { ZtsError } from "../errors.ts";

export class AdminError extends ZtsError {}
