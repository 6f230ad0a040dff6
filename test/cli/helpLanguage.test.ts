import type { Command } from 'commander';
import { describe, expect, it, vi } from 'vitest';
import { runOperatorCommand } from '../support/operatorCli';

// Issue 10, item 11: `v2030 --help` (and commander's errors) entirely in the operator's language.
const ENGLISH_LIBRARY_WORDS = /Usage:|Options:|Commands:|Arguments:|\[options\]|\[command\]|display help|\(default:|\berror:|unknown command|unknown option|missing required|Did you mean|too many arguments|output the version/;
const GERMAN_WORDS = /Aufruf:|Optionen|Befehl|Argumente:|zeigt|Vorgabe|Fehler|Meinten Sie|[äöüßÄÖÜ„]/;

/** Every command path of the operator program: `[]`, `['import']`, `['import', 'budget']`, … */
async function commandPaths(): Promise<string[][]> {
  vi.resetModules();
  const { operatorProgram } = await import('../../adapters/cli/program');
  const walk = (command: Command, path: string[]): string[][] => [path, ...command.commands.flatMap((sub) => walk(sub, [...path, sub.name()]))];
  return walk(operatorProgram(), []);
}

/** The help of every command, and commander's errors, printed under `lang`. */
async function everything(lang: string): Promise<string> {
  const paths = await commandPaths();
  vi.resetModules(); // the CLI picks its language when it is loaded
  const out: string[] = [];
  for (const path of paths) {
    const help = await runOperatorCommand([...path, '--help'], { LANG: lang });
    expect(help.code, path.join(' ')).toBe(0);
    out.push(help.stdout);
  }
  out.push((await runOperatorCommand(['help', 'import'], { LANG: lang })).stdout);
  for (const args of [['sed'], ['link'], ['people', '--bogus'], ['migrate', 'extra'], ['slack-install-link', '--days']]) {
    const failed = await runOperatorCommand(args, { LANG: lang });
    expect(failed.code, args.join(' ')).not.toBe(0);
    out.push(failed.stderr);
  }
  vi.resetModules();
  return out.join('\n');
}

describe('the help of v2030 speaks one language', () => {
  it('in German with LANG=de_DE.UTF-8: no English word of the command-line library', async () => {
    const text = await everything('de_DE.UTF-8');
    expect(text).toContain('Aufruf: v2030 [Optionen] [Befehl]');
    expect(text).toContain('Fehler: unbekannter Befehl „sed“');
    expect(text).toContain('(Meinten Sie seed?)');
    expect(text).toContain('Fehler: das Argument „platform“ fehlt');
    expect(text.match(ENGLISH_LIBRARY_WORDS)?.[0]).toBeUndefined();
  });

  it('in English with LANG=en_US.UTF-8: no German word', async () => {
    const text = await everything('en_US.UTF-8');
    expect(text).toContain('Usage: v2030 [options] [command]');
    expect(text).toContain('error: unknown command "sed"');
    expect(text.match(GERMAN_WORDS)?.[0]).toBeUndefined();
  });
});
