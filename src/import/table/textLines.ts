import fs from 'node:fs';
import readline from 'node:readline';
import { Readable, Transform } from 'node:stream';

export type TextEncoding = 'utf-8' | 'windows-1252';

/**
 * The file's encoding: UTF-8 (with or without BOM) when every byte sequence is valid UTF-8,
 * otherwise Windows-1252, the superset of Latin-1 that German finance systems export. Read as a
 * stream, so a large file is never held in memory.
 */
export async function detectEncoding(path: string): Promise<TextEncoding> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of fs.createReadStream(path)) decoder.decode(chunk as Buffer, { stream: true });
    decoder.decode();
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

function decodeStream(encoding: TextEncoding): Transform {
  // TextDecoder drops a UTF-8 BOM by itself; WHATWG's windows-1252 maps every byte.
  const decoder = new TextDecoder(encoding);
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      done(null, decoder.decode(chunk, { stream: true }));
    },
    flush(done) {
      done(null, decoder.decode());
    },
  });
}

/** The file's lines with their 1-based numbers (CRLF or LF), decoded, streamed. */
export async function* textLines(path: string, encoding: TextEncoding): AsyncGenerator<{ line: number; text: string }> {
  const input = fs.createReadStream(path).pipe(decodeStream(encoding));
  const lines = readline.createInterface({ input: input as unknown as Readable, crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) yield { line: ++line, text };
}

