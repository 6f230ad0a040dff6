import type { access as de } from '../de/access';

export const access: Record<keyof typeof de, string> = {
  unknownTenant: 'This installation does not know the municipality "{{key}}". IT can create it with "v2030 seed" (demo) or an import.',
  unknownUser: 'Your account ({{platform}} {{userId}}) is not linked to a person in "{{tenant}}" yet. Ask your administrators to link it: v2030 link {{platform}} {{userId}} your.address@municipality.de',
};
