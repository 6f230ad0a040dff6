/**
 * PostgreSQL databases this test file's tests are done with, emptied for the next test (see
 * databases.ts); dropped when the file ends (setup.ts). A module of its own, so that files without
 * databases load nothing for it.
 */
export const keptDatabases: string[] = [];
