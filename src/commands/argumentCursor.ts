import type { Token } from './tokenize';

/** Reads a command's arguments left to right; the rest of the line can be taken as free text. */
export class ArgumentCursor {
  private index = 0;

  constructor(
    private readonly line: string,
    private readonly tokens: readonly Token[],
  ) {}

  get done(): boolean {
    return this.index >= this.tokens.length;
  }

  peek(ahead = 0): string | undefined {
    return this.tokens[this.index + ahead]?.text;
  }

  next(): string | undefined {
    const token = this.tokens[this.index];
    if (token) this.index += 1;
    return token?.text;
  }

  /** The unread part of the line as typed (trimmed), or '' when nothing is left. */
  rest(): string {
    const token = this.tokens[this.index];
    this.index = this.tokens.length;
    return token ? this.line.slice(token.start).trim() : '';
  }
}
