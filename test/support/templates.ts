import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolveDatabaseTarget } from '../../src/db/databaseUrl';
import { applyMigrations } from '../../src/db/migrate';
import { adminQuery, databaseExists, databaseUrl } from './postgresAdmin';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
/** Templates of other migration states unused for this long are removed. */
const STALE_MS = 7 * 86_400_000;

/**
 * Migrated, empty template databases, one per provider and state of the migrations, kept between
 * runs: `prisma migrate deploy` takes seconds per database, so a run migrates only when the
 * migrations changed (or on a new machine). A template is built under a temporary name and renamed
 * when complete, so a run that was killed while building leaves nothing another run would use, and
 * two runs building the same template at once both end with the same one.
 */
export function migrationsHash(): string {
  const hash = crypto.createHash('sha256');
  for (const provider of ['postgresql', 'sqlite']) {
    const dir = path.join(ROOT, 'prisma', provider, 'migrations');
    const files = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort();
    for (const file of files) hash.update(`${provider}/${file}\n`).update(fs.readFileSync(path.join(dir, file))).update('\n');
  }
  return hash.digest('hex').slice(0, 16);
}

/** The SQLite template file (in the system's temporary directory). */
export async function sqliteTemplate(hash: string): Promise<string> {
  const dir = path.join(os.tmpdir(), 'v2030-test-templates');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `sqlite-${hash}.db`);
  if (!fs.existsSync(file)) {
    const building = `${file}.${process.pid}.building`;
    try {
      await applyMigrations(resolveDatabaseTarget(`file:${building}`));
      fs.renameSync(building, file);
    } finally {
      fs.rmSync(building, { force: true });
    }
  }
  const now = new Date();
  fs.utimesSync(file, now, now);
  for (const other of fs.readdirSync(dir)) {
    const stale = path.join(dir, other);
    if (other !== path.basename(file) && now.getTime() - fs.statSync(stale).mtimeMs > STALE_MS) fs.rmSync(stale, { force: true });
  }
  return file;
}

const TEMPLATE_NAME = /^v2030_tpl_[0-9a-f]{16}$/;

/** The PostgreSQL template database's name (on the test server). */
export async function postgresTemplate(hash: string): Promise<string> {
  const name = `v2030_tpl_${hash}`;
  if (!(await databaseExists(name))) {
    const building = `${name}_${process.pid}`;
    await adminQuery(`DROP DATABASE IF EXISTS ${building}`);
    await adminQuery(`CREATE DATABASE ${building}`);
    try {
      await applyMigrations(resolveDatabaseTarget(databaseUrl(building)));
      await adminQuery(`ALTER DATABASE ${building} RENAME TO ${name}`);
    } catch (error) {
      await adminQuery(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
      if (!(await databaseExists(name))) throw error; // else another run built it meanwhile
    }
  }
  await adminQuery(`COMMENT ON DATABASE ${name} IS '${new Date().toISOString()}'`);
  const others = await adminQuery<{ datname: string; used: string | null }>(
    "SELECT datname, shobj_description(oid, 'pg_database') AS used FROM pg_database WHERE datname LIKE 'v2030_tpl_%' AND datname <> $1",
    [name],
  );
  for (const other of others) {
    const used = Date.parse(other.used ?? '');
    if (TEMPLATE_NAME.test(other.datname) && Date.now() - used > STALE_MS) await adminQuery(`DROP DATABASE IF EXISTS ${other.datname} WITH (FORCE)`);
  }
  return name;
}
