// Base for every module's error type. Each module defines one subclass with its own
// family of stable `code`s (ZTS_XDS_*, ZTS_SELECT_*, …) so callers and tests match on
// codes, never on message text; messages say what to do about it.
export class ZtsError extends Error {
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}
