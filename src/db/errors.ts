/** Prisma's unique-constraint violation (P2002), raised the same way by both driver adapters. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}

/** Prisma's "table does not exist" (P2021): the database was never migrated. */
export function isMissingTable(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2021';
}
