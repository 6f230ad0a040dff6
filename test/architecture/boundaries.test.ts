import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(full);
    return /\.(ts|mts|js|mjs)$/.test(entry.name) ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => (m[1] ?? m[2])!);
}

describe('architecture boundaries', () => {
  const core = sourceFiles(path.join(ROOT, 'src'));

  it('finds the core sources', () => {
    expect(core.length).toBeGreaterThan(20);
  });

  it('keeps src/ free of Slack, Teams and adapter imports', () => {
    const offending = core.flatMap((file) =>
      importsOf(file)
        .filter((spec) => /^@slack\//.test(spec) || /^botbuilder/.test(spec) || /(^|\/)adapters\//.test(spec) || spec.startsWith('@microsoft/'))
        .map((spec) => `${path.relative(ROOT, file)} imports ${spec}`),
    );
    expect(offending).toEqual([]);
  });

  it('keeps the platforms’ configuration out of src/: each adapter reads its own variables', () => {
    // The message catalogues may name them: operators are told which variable to set.
    const catalogues = path.join(ROOT, 'src', 'i18n');
    const offending = core
      .filter((file) => !file.startsWith(catalogues))
      .flatMap((file) => [...fs.readFileSync(file, 'utf8').matchAll(/\b(SLACK|MICROSOFT|TEAMS)_[A-Z_]+/g)].map((m) => `${path.relative(ROOT, file)} names ${m[0]}`));
    expect(offending).toEqual([]);
  });

  it('keeps each adapter out of the other adapters', () => {
    const adaptersDir = path.join(ROOT, 'adapters');
    const offending: string[] = [];
    for (const adapter of fs.readdirSync(adaptersDir)) {
      if (adapter === 'cli') continue; // the operator command is the composition root and wires every adapter
      for (const file of sourceFiles(path.join(adaptersDir, adapter))) {
        for (const spec of importsOf(file)) {
          const resolved = spec.startsWith('.') ? path.resolve(path.dirname(file), spec) : '';
          const other = path.relative(adaptersDir, resolved).split(path.sep)[0];
          // A platform hands its routes to the shared host through the port (ChatPlatform.inbound.routes).
          if (resolved.startsWith(adaptersDir) && other !== adapter) offending.push(`${path.relative(ROOT, file)} imports ${spec}`);
        }
      }
    }
    expect(offending).toEqual([]);
  });

  it('keeps the Prisma client out of adapters/: storage is behind the ports of the core (src/platform/stores.ts)', () => {
    const offending = sourceFiles(path.join(ROOT, 'adapters')).flatMap((file) =>
      importsOf(file)
        .filter((spec) => /^@prisma\//.test(spec) || /(^|\/)src\/(db\/client|generated)(\/|$)/.test(spec))
        .map((spec) => `${path.relative(ROOT, file)} imports ${spec}`),
    );
    expect(offending).toEqual([]);
  });
});
