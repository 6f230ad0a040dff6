/** The demo municipality. Thresholds as an NRW town might set them (DESIGN.md §7). */
export const demoTenant = {
  slug: 'demo',
  name: 'Musterstadt (Demo)',
  locale: 'de',
  timeZone: 'Europe/Berlin',
  policy: {
    reallocation: {
      teamLeadMaxCents: 500_000,
      treasurerMaxCents: 1_500_000,
      materialityCents: 1_500_000,
      supplementaryBudgetCents: 25_000_000,
    },
  },
};

export const DEMO_EMAIL_DOMAIN = 'musterstadt.de';
