/** A usage, configuration or output problem: exit code 2, its message shown as is (no trace). */
export class UsageError extends Error {
  /** The message's lines as shown; a line break inside one is data (a file name, config text) and is shown escaped. */
  readonly lines: readonly string[];

  constructor(message: string | readonly string[]) {
    const lines = typeof message === "string" ? [message] : [...message];
    super(lines.join("\n"));
    this.lines = lines;
  }
}
