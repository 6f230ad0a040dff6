import { afterAll } from 'vitest';
import { keptDatabases } from './keptDatabases';

// Runs in every test file: the PostgreSQL databases its tests emptied for reuse are dropped at its end.
afterAll(async () => {
  if (keptDatabases.length === 0) return;
  const { adminQuery } = await import('./postgresAdmin');
  for (const name of keptDatabases.splice(0)) await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
});
