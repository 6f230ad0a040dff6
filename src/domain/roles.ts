/** Tenant-wide roles of a person; core-team roles (lead, member) live on TeamMembership. */
export const ROLES = ['admin', 'treasurer', 'approver', 'manager', 'committee'] as const;
export type Role = (typeof ROLES)[number];

export const TEAM_ROLES = ['lead', 'member'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/** Chat platforms a person's account can be linked on. */
export const PLATFORMS = ['slack', 'teams', 'console'] as const;
export type Platform = (typeof PLATFORMS)[number];
