export interface Token {
  text: string;
  /** Offset in the original line, so free text after the arguments keeps its spelling and spacing. */
  start: number;
}

/** Splits a command line at white space (including the no-break spaces chat clients insert). */
export function tokenize(line: string): Token[] {
  return [...line.matchAll(/\S+/g)].map((match) => ({ text: match[0], start: match.index }));
}
