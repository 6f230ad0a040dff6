import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { resolveDatabaseTarget } from './src/db/databaseUrl';
import { createDriverAdapter } from './src/db/driverAdapter';

// One config for both providers: DATABASE_URL chooses the schema, the migrations and the adapter.
// Prisma 6.19 runs its WebAssembly schema engine through the driver adapter, so nothing is downloaded.
const target = resolveDatabaseTarget(process.env.DATABASE_URL);
process.env.DATABASE_URL = target.url;
const dir = path.join('prisma', target.provider);

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join(dir, 'schema.prisma'),
  migrations: { path: path.join(dir, 'migrations') },
  adapter: async () => createDriverAdapter(target, true),
});
