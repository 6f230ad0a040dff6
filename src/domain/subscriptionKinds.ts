/** What a channel can subscribe to; alerts, reports and approvals join this list as they arrive. */
export const SUBSCRIPTION_KINDS = ['digest', 'alerts', 'report', 'approvals', 'treasury'] as const;
export type SubscriptionKind = (typeof SUBSCRIPTION_KINDS)[number];
