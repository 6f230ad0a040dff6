/**
 * Runs queries one after another and returns their results as `Promise.all` would. Inside a
 * transaction every query goes over one connection, which must not get a second query while one
 * runs (node-postgres warns "already executing a query" and will refuse it in pg@9).
 */
export async function inSequence<T extends readonly unknown[] | []>(queries: { [K in keyof T]: () => PromiseLike<T[K]> }): Promise<T> {
  const results: unknown[] = [];
  for (const query of queries as readonly (() => unknown)[]) results.push(await query());
  return results as unknown as T;
}
