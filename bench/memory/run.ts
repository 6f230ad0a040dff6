/**
 * Memory of `v2030 start` when idle (issue 16 item 11): the resident set (VmRSS, listener and inbox
 * thread together) of the real command, serving Teams for local development, some seconds after it
 * logged "bot started", against the baseline of a bare Node process with the same TypeScript loader
 * (tsx) serving HTTP. Then what each heavy library costs when loaded alone into such a process, to
 * show where the rest goes. Run: `npx tsx bench/memory/run.ts` (DATABASE_URL=postgresql://… for
 * PostgreSQL; BENCH_IDLE_SECONDS, default 10); writes bench/results/memory[-postgresql].md.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { benchDatabase } from '../benchDatabase';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const IDLE_MS = Number(process.env.BENCH_IDLE_SECONDS ?? 10) * 1000;
const PORT = 38000 + (process.pid % 1000);

const rssMb = (pid: number) => {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
};

/** Starts a process, waits for `ready` on its stdout/stderr, then `IDLE_MS`, and returns its RSS in MB. */
async function idleRss(args: string[], env: NodeJS.ProcessEnv, ready: string): Promise<number> {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { PATH: process.env.PATH, ...env } });
  let log = '';
  const seen = new Promise<void>((resolve, reject) => {
    const look = (chunk: Buffer) => {
      log += chunk;
      if (log.includes(ready)) resolve();
    };
    child.stdout.on('data', look);
    child.stderr.on('data', look);
    child.on('exit', (code) => reject(new Error(`exited with ${code} before "${ready}":\n${log}`)));
  });
  try {
    await seen;
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
    return rssMb(child.pid!);
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

const probe = (...modules: string[]) => idleRss([path.join(ROOT, 'bench', 'memory', 'probe.mjs'), ...modules], {}, 'probe ready');

async function main() {
  const database = await benchDatabase();
  try {
    const baseline = await probe();
    const env = { PORT: String(PORT), TEAMS_ALLOW_UNAUTHENTICATED: 'true', DATABASE_URL: database.target.url, V2030_TENANT: 'demo', LOG_LEVEL: 'info' };
    const bot = await idleRss([path.join(ROOT, 'bin', 'v2030.mjs'), 'start'], env, 'bot started');
    const libraries = ['@slack/bolt', 'botbuilder', './src/generated/postgresql/client.ts', './src/generated/sqlite/client.ts', 'echarts', 'exceljs', 'pdfkit', '@resvg/resvg-js'];
    const rows: string[] = [];
    for (const library of libraries) rows.push(`| ${library} | ${((await probe(library)) - baseline).toFixed(0)} MB |`);
    const all = await probe('./adapters/cli/serve.ts');
    const table = [
      `# Idle memory of v2030 start (${database.label}), ${new Date().toISOString().slice(0, 10)}, ${IDLE_MS / 1000} s after start`,
      '',
      '| process | RSS | × baseline |',
      '|---|---:|---:|',
      `| baseline: Node with tsx, an HTTP server | ${baseline.toFixed(0)} MB | 1.00 |`,
      `| \`v2030 start\` (Teams, listener and inbox thread) | ${bot.toFixed(0)} MB | ${(bot / baseline).toFixed(2)} |`,
      `| the server's modules loaded (adapters/cli/serve.ts), nothing started | ${all.toFixed(0)} MB | ${(all / baseline).toFixed(2)} |`,
      '',
      'What a library adds when loaded alone into the baseline process:',
      '',
      '| library | RSS added |',
      '|---|---:|',
      ...rows,
      '',
      'Reproduce: `npx tsx bench/memory/run.ts` (DATABASE_URL=postgresql://root@127.0.0.1:5432/postgres for PostgreSQL).',
    ].join('\n');
    console.log(table);
    fs.mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true });
    fs.writeFileSync(path.join(ROOT, 'bench', 'results', `memory${database.label === 'SQLite' ? '' : '-postgresql'}.md`), `${table}\n`);
  } finally {
    await database.drop();
  }
}

await main();
