import { format } from 'node:util';
import { CommanderError, type Command } from 'commander';
import { onTestFinished, vi } from 'vitest';

export interface CliResult {
  stdout: string;
  stderr: string;
  /** The exit code the command would end the process with. */
  code: number;
}

/**
 * Runs `v2030 <args>` in this process, as adapters/cli/main.ts does, with `env` as the whole
 * environment (German unless `LANG` says otherwise; `LOG_LEVEL` silent unless given, unset when given
 * as undefined), and returns what it printed (log lines on stderr included) and its exit code. Starting the command as a process costs seconds (tsx, Prisma,
 * the platform SDKs), so only the tests that need the process itself (a piped console session, the
 * exit on a configuration error, `v2030 start`) spawn it.
 */
export async function runOperatorCommand(args: string[], env: Record<string, string | undefined>): Promise<CliResult> {
  const saved = process.env;
  const swapped = Object.fromEntries(Object.entries({ PATH: saved.PATH, LANG: 'de_DE.UTF-8', LOG_LEVEL: 'silent', ...env }).filter(([, value]) => value !== undefined));
  process.env = swapped;
  // A timed-out test leaves this call pending: the environment goes back when the test ends, not
  // when the command does, and only if no later call has swapped it since.
  const restoreEnvironment = () => {
    if (process.env === swapped) process.env = saved;
  };
  onTestFinished(restoreEnvironment);
  const stdout: string[] = [];
  const stderr: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void stdout.push(`${format(...parts)}\n`));
  const error = vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void stderr.push(`${format(...parts)}\n`));
  const logLines = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => stderr.push(String(chunk)) > 0);
  let code = 0;
  try {
    // Imported here, under this environment: the CLI picks its language when it is loaded.
    const { operatorProgram } = await import('../../adapters/cli/program');
    const program = operatorProgram();
    const all = (command: Command): Command[] => [command, ...command.commands.flatMap(all)];
    for (const command of all(program)) {
      command.exitOverride().configureOutput({ writeOut: (text) => void stdout.push(text), writeErr: (text) => void stderr.push(text) });
    }
    await program.parseAsync(['node', 'v2030', ...args]);
    code = Number(process.exitCode ?? 0);
  } catch (thrown) {
    if (!(thrown instanceof CommanderError)) throw thrown;
    code = thrown.exitCode;
  } finally {
    process.exitCode = undefined;
    log.mockRestore();
    error.mockRestore();
    logLines.mockRestore();
    restoreEnvironment();
  }
  return { stdout: stdout.join(''), stderr: stderr.join(''), code };
}
