/** Base of every error the app raises on purpose; `code` is stable and machine-readable. */
export abstract class RempartError extends Error {
  abstract readonly code: string;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}
