import { Prisma, type Tx } from './client';

/** Rows per statement: 12 columns × 400 rows stays well under SQLite's 32,766 and PostgreSQL's 65,535 parameters. */
const ROWS_PER_STATEMENT = 400;

/**
 * Inserts many rows with multi-row `INSERT … VALUES (…), (…)` statements in the caller's
 * transaction. Prisma's `createMany` compiles every row through its query compiler, which was most
 * of a large budget import (bench/import); this sends the same values, bound as parameters, a few
 * hundred rows a statement. Columns left out get the migrations' defaults (not Prisma's `@default`:
 * give ids and timestamps). `table` and `columns` are the schema's names, never input.
 */
export async function insertRows(tx: Tx, table: string, columns: readonly string[], rows: readonly (readonly unknown[])[]): Promise<void> {
  const into = Prisma.raw(`"${table}" (${columns.map((c) => `"${c}"`).join(', ')})`);
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const values = rows.slice(i, i + ROWS_PER_STATEMENT).map((row) => Prisma.sql`(${Prisma.join(row)})`);
    await tx.$executeRaw`INSERT INTO ${into} VALUES ${Prisma.join(values)}`;
  }
}
