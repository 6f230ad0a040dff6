export interface MembershipContent {
  person: string;
  role: 'lead' | 'member';
  /** Temporary members (from another department for a while): days relative to the seed time. */
  temporary?: { fromDays: number; untilDays: number };
}

export interface ActionFieldContent {
  code: string;
  name: string;
  nameEn: string;
  description: string;
  teamName: string;
  members: MembershipContent[];
}

export const actionFields: ActionFieldContent[] = [
  {
    code: 'MOB',
    name: 'Mobilität',
    nameEn: 'Mobility',
    description: 'Umweltverbund stärken: Rad- und Fußverkehr, ÖPNV und E-Mobilität statt Autoverkehr.',
    teamName: 'Kernteam Mobilität',
    members: [
      { person: 'markus.schneider', role: 'lead' },
      { person: 'julia.fischer', role: 'member' },
      { person: 'frank.schroeder', role: 'member' },
      { person: 'anna.weber', role: 'member', temporary: { fromDays: -130, untilDays: 120 } },
      { person: 'oliver.schmid', role: 'member', temporary: { fromDays: -320, untilDays: -20 } },
    ],
  },
  {
    code: 'KLI',
    name: 'Klima und Energie',
    nameEn: 'Climate and energy',
    description: 'Treibhausgasneutrale Verwaltung bis 2035, erneuerbare Energien und Energieeffizienz in der Stadt.',
    teamName: 'Kernteam Klima und Energie',
    members: [
      { person: 'miriam.schulte', role: 'lead' },
      { person: 'jonas.becker', role: 'member' },
      { person: 'lea.hoffmann', role: 'member' },
      { person: 'stefan.wagner', role: 'member' },
      { person: 'frank.schroeder', role: 'member', temporary: { fromDays: -45, untilDays: 180 } },
    ],
  },
  {
    code: 'WOH',
    name: 'Wohnen und nachhaltige Quartiere',
    nameEn: 'Housing and sustainable neighbourhoods',
    description: 'Bezahlbarer Wohnraum, Innenentwicklung vor Außenentwicklung und lebendige, klimaangepasste Quartiere.',
    teamName: 'Kernteam Wohnen und Quartiere',
    members: [
      { person: 'thomas.meyer', role: 'lead' },
      { person: 'sabine.schulz', role: 'member' },
      { person: 'ahmet.yilmaz', role: 'member' },
      { person: 'julia.fischer', role: 'member', temporary: { fromDays: -70, untilDays: 150 } },
    ],
  },
  {
    code: 'KON',
    name: 'Nachhaltiger Konsum und gesundes Leben',
    nameEn: 'Sustainable consumption and healthy living',
    description: 'Abfall vermeiden, regionale und ökologische Verpflegung, Grün- und Bewegungsräume für alle.',
    teamName: 'Kernteam Konsum und Gesundheit',
    members: [
      { person: 'claudia.richter', role: 'lead' },
      { person: 'daniel.wolf', role: 'member' },
      { person: 'sophie.neumann', role: 'member', temporary: { fromDays: -90, untilDays: 90 } },
      { person: 'nadine.hartmann', role: 'member' },
    ],
  },
  {
    code: 'GLO',
    name: 'Globale Verantwortung und Eine Welt',
    nameEn: 'Global responsibility and One World',
    description: 'Faire Beschaffung, kommunale Partnerschaften und entwicklungspolitische Bildung.',
    teamName: 'Kernteam Eine Welt',
    members: [
      { person: 'lea.hoffmann', role: 'lead' },
      { person: 'petra.zimmermann', role: 'member' },
      { person: 'sophie.neumann', role: 'member' },
      { person: 'felix.lange', role: 'member', temporary: { fromDays: -20, untilDays: 200 } },
    ],
  },
  {
    code: 'BIL',
    name: 'Soziale Gerechtigkeit und Bildung',
    nameEn: 'Social justice and education',
    description: 'Gleiche Bildungschancen von der Kita bis zur Weiterbildung, Teilhabe für Kinder aus armen Familien.',
    teamName: 'Kernteam Bildung und Teilhabe',
    members: [
      { person: 'michael.braun', role: 'lead' },
      { person: 'nadine.hartmann', role: 'member' },
      { person: 'felix.lange', role: 'member' },
      { person: 'ahmet.yilmaz', role: 'member' },
      { person: 'tobias.krueger', role: 'member' },
    ],
  },
];
