/**
 * The one error type for problems in the user's input or usage (a bad file, a bad setting, a
 * missing revision). Adapters turn it into one clear message and exit status 2; anything else
 * that escapes is a bug in drift-gate.
 */
export class UserInputError extends Error {
  override readonly name = 'UserInputError';
  /** The file (or setting source) the problem is in, when there is one. */
  readonly file?: string;
  /** 1-based line in `file`, when the problem has a position. */
  readonly line?: number;
  /** 1-based column (field number for CSV) in `file`, when the problem has a position. */
  readonly column?: number;

  constructor(message: string, where: { file?: string; line?: number; column?: number } = {}) {
    super(message);
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
  }

  /** "file:line:column: message", leaving out the parts that are unknown. */
  describe(): string {
    const place = [this.file, this.line, this.column].filter((part) => part !== undefined).join(':');
    return place ? `${place}: ${this.message}` : this.message;
  }
}
