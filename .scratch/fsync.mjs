import Database from 'better-sqlite3';
import fs from 'node:fs';
for (const dir of ['/tmp', '/work/main/data']) for (const [jm, sync] of [['DELETE','FULL'],['WAL','FULL'],['WAL','NORMAL']]) {
  const f = `${dir}/fsync-test.db`; for (const s of ['', '-wal', '-shm', '-journal']) fs.rmSync(f + s, { force: true });
  const db = new Database(f); db.pragma(`journal_mode=${jm}`); db.pragma(`synchronous=${sync}`);
  db.exec('create table t(id integer primary key, v text)');
  const ins = db.prepare('insert into t(v) values (?)');
  const t0 = performance.now(); const N = 500;
  for (let i = 0; i < N; i++) ins.run('x'.repeat(200));
  console.log(dir, jm, sync, ((performance.now() - t0) / N).toFixed(3), 'ms/commit');
  db.close(); for (const s of ['', '-wal', '-shm', '-journal']) fs.rmSync(f + s, { force: true });
}
