/**
 * Benchmark of `v2030 import budget` on Wesel's whole published plan (5,972 lines, every product
 * mapped): reading the file, the first import (all lines created) and the second (nothing changes),
 * against a baseline measured in the same run: reading the same file's bytes and splitting it with
 * csv-parse in one call, the least any importer must do. Peak memory is the process's RSS.
 * Run: `npx tsx bench/import/run.ts` (SQLite); `DATABASE_URL=postgresql://root@127.0.0.1:5432/postgres npx tsx bench/import/run.ts`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { createDb } from '../../src/db/client';
import { WESEL_DIR } from '../../src/demo/weselPlan';
import { readProductMapping } from '../../src/import/budget/productMapping';
import { readBudgetPlanFile } from '../../src/import/budget/readBudgetPlanFile';
import { importBudgetPlan } from '../../src/usecases/import/importBudgetPlan';
import { benchDatabase } from '../benchDatabase';

const PLAN = path.join(WESEL_DIR, 'hhplan2017.csv');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'v2030-bench-import-'));
const mappingFile = path.join(dir, 'mapping.csv');
fs.writeFileSync(mappingFile, `Produkt;Handlungsfeld\n${Array.from({ length: 9 }, (_, i) => `${i + 1};ALL`).join('\n')}\n`);

const database = await benchDatabase();
const db = createDb(database.target);
const tenant = await db.tenant.create({ data: { slug: 'bench', name: 'Bench' } });
await db.actionField.create({ data: { tenantId: tenant.id, code: 'ALL', name: 'Alles' } });

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
const time = async <T>(work: () => Promise<T> | T): Promise<[T, number]> => {
  const start = process.hrtime.bigint();
  const result = await work();
  return [result, Number(process.hrtime.bigint() - start) / 1e6];
};

const [, baselineMs] = await time(() => parse(new TextDecoder('latin1').decode(fs.readFileSync(PLAN)), { delimiter: ';', relax_column_count: true }));
const [plan, readMs] = await time(() => readBudgetPlanFile(PLAN, { year: 2026, columns: { amount: 'Plan 2017' } }));
const mapping = await readProductMapping(mappingFile);
const run = () =>
  importBudgetPlan(db, { tenantId: tenant.id, locale: 'de', year: 2026, entries: plan.entries, rules: mapping.rules, sourceTitle: 'hhplan2017.csv', amountColumn: plan.amountColumn, dryRun: false, update: false, now: new Date() });
const [first, firstMs] = await time(run);
const [second, secondMs] = await time(run);
clearInterval(sampler);
await db.$disconnect();
await database.drop();
fs.rmSync(dir, { recursive: true, force: true });

const ratio = (ms: number) => (ms / baselineMs).toFixed(1);
const table = [
  `Wesel's plan (${plan.entries.length} budget lines from 5,972 file lines), ${database.label}, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}:`,
  '',
  '| step | ms | × baseline |',
  '|---|---:|---:|',
  `| baseline: read the bytes and csv-parse them in one call | ${baselineMs.toFixed(0)} | 1.0 |`,
  `| read the plan (encoding, separator, header, amounts; streamed) | ${readMs.toFixed(0)} | ${ratio(readMs)} |`,
  `| first import (${first.created.length} lines created) | ${firstMs.toFixed(0)} | ${ratio(firstMs)} |`,
  `| second import (${second.unchanged.length} unchanged, nothing written) | ${secondMs.toFixed(0)} | ${ratio(secondMs)} |`,
  '',
  `Read + first import: ${((readMs + firstMs) / 1000).toFixed(1)} s (goal: under 5 s). Peak RSS: ${(peakRss / 1024 / 1024).toFixed(0)} MB.`,
].join('\n');
console.log(table);
const results = path.resolve(import.meta.dirname, '..', 'results');
fs.writeFileSync(path.join(results, `import${database.label === 'SQLite' ? '' : '-postgresql'}.md`), `${table}\n`);
