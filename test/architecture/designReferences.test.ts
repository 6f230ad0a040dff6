import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return ['generated', 'node_modules'].includes(entry.name) ? [] : files(full);
    return /\.(ts|mts|md)$/.test(entry.name) ? [full] : [];
  });
}

describe('the design document the code cites', () => {
  const design = fs.readFileSync(path.join(ROOT, 'docs', 'DESIGN.md'), 'utf8');
  const sections = new Set([...design.matchAll(/^## (\d+)\. /gm)].map((m) => m[1]));

  it('is in the repository with its numbered sections', () => {
    expect([...sections]).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });

  it('has every section the code and the README cite (DESIGN §n, DESIGN.md §n)', () => {
    const cited = ['src', 'adapters', 'test', 'bench'].flatMap((dir) => files(path.join(ROOT, dir))).concat(path.join(ROOT, 'README.md'));
    const references = cited.flatMap((file) =>
      [...fs.readFileSync(file, 'utf8').matchAll(/DESIGN(?:\.md)?\s+((?:§\s*\d+(?:,\s*)?)+)/g)].flatMap((m) => [...m[1]!.matchAll(/\d+/g)].map((n) => ({ file: path.relative(ROOT, file), section: n[0] }))),
    );
    expect(references.length).toBeGreaterThan(5);
    expect(references.filter((r) => !sections.has(r.section))).toEqual([]);
  });
});
