/**
 * Waits until `check` holds, looking every few milliseconds. The ceiling is not a timing
 * expectation: it only turns a hang into a readable failure before the test's own timeout, so it
 * is far above anything a slow or busy machine needs.
 */
export async function waitFor(check: () => boolean | Promise<boolean>, what = 'condition', ceilingMs = 30_000): Promise<void> {
  const end = Date.now() + ceilingMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`${what}: not reached within ${ceilingMs / 1000} s (a hang)`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
