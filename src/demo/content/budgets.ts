/**
 * The demo's joint budgets: expense lines of Wesel's published plan (column `Plan 2017`) chosen to fit
 * each action field. A line is found by Objektnr. and Kostenart, which together name one plan row.
 */
export const BUDGET_PLAN_COLUMN = 'Plan 2017';
export const BUDGET_PLAN_SOURCE = 'Haushaltsplan 2017 Stadt Wesel';

export interface BudgetLineContent {
  code: string;
  objectNumber: string;
  account: string;
  name: string;
  /**
   * Spending pace in per mille of the time-proportional share: 1000 spends as much as the elapsed
   * part of the year, 500 half of that. Omitted: nothing spent yet.
   */
  pacePermille?: number;
  /** Open commitments (orders placed, not yet paid) in per mille of the planned amount. */
  committedPermille?: number;
  blockReason?: string;
  earmark?: string;
}

export interface CoverabilityContent {
  from: string;
  to: string;
  mutual: boolean;
}

export interface JointBudgetContent {
  field: string;
  lines: BudgetLineContent[];
  coverability: CoverabilityContent[];
}

export const jointBudgets: JointBudgetContent[] = [
  {
    field: 'MOB',
    lines: [
      { code: 'HF-MOB-01', objectNumber: 'L09010200002', account: '52910000', name: 'Kampagne Fahrradfreundliche Stadt (Dienstleistungen)', pacePermille: 1100, committedPermille: 150 },
      { code: 'HF-MOB-02', objectNumber: 'L09010200002', account: '52810000', name: 'Kampagne Fahrradfreundliche Stadt (Sachmittel)', pacePermille: 600 },
      { code: 'HF-MOB-03', objectNumber: 'L09010200002', account: '54310000', name: 'Kampagne Fahrradfreundliche Stadt (Geschäftsaufwand)' },
      { code: 'HF-MOB-04', objectNumber: 'L09010200003', account: '52510000', name: 'Unterhaltung Dienst-Pedelecs', pacePermille: 900 },
      { code: 'HF-MOB-05', objectNumber: 'L09010200004', account: '52910000', name: 'Verkehrsentwicklungsplanung (Gutachten)', pacePermille: 700, committedPermille: 350 },
      { code: 'HF-MOB-06', objectNumber: 'L12010299901', account: '52420000', name: 'Strom Lichtsignalanlagen', pacePermille: 1000 },
      { code: 'HF-MOB-07', objectNumber: 'L12010299903', account: '52160000', name: 'Unterhaltung Verkehrssignalanlagen', pacePermille: 800, committedPermille: 100 },
      { code: 'HF-MOB-08', objectNumber: '7.190074.700.400', account: '78530000', name: 'Lichtsignalanlagen (Investition)', pacePermille: 300, committedPermille: 500 },
    ],
    coverability: [
      { from: 'HF-MOB-01', to: 'HF-MOB-02', mutual: true },
      { from: 'HF-MOB-01', to: 'HF-MOB-03', mutual: true },
      { from: 'HF-MOB-06', to: 'HF-MOB-07', mutual: true },
    ],
  },
  {
    field: 'KLI',
    lines: [
      { code: 'HF-KLI-01', objectNumber: 'L14010100005', account: '52910000', name: 'Klimaschutzmanagement (Dienstleistungen)', pacePermille: 1200, earmark: 'Förderprogramm Klimaschutz (Bund)' },
      { code: 'HF-KLI-02', objectNumber: 'L14010100005', account: '52810000', name: 'Klimaschutzmanagement (Sachmittel)', pacePermille: 500 },
      { code: 'HF-KLI-03', objectNumber: 'L14010100005', account: '54319018', name: 'Klimaschutzmanagement (Geschäftsaufwand)' },
      { code: 'HF-KLI-04', objectNumber: 'L14010100006', account: '52910000', name: 'Energieberatung für Privathaushalte (Eigenanteil)', pacePermille: 900 },
      { code: 'HF-KLI-05', objectNumber: 'L12010299902', account: '52420000', name: 'Strom Straßenbeleuchtung', pacePermille: 950 },
      { code: 'HF-KLI-06', objectNumber: 'L12010299904', account: '52160000', name: 'Unterhaltung und LED-Umrüstung Straßenbeleuchtung', pacePermille: 1300, committedPermille: 250 },
      { code: 'HF-KLI-07', objectNumber: '1.100.01.07.05', account: '52410000', name: 'Bewirtschaftung Schulgebäude (Energie)', pacePermille: 1050 },
    ],
    coverability: [
      { from: 'HF-KLI-02', to: 'HF-KLI-03', mutual: true },
      { from: 'HF-KLI-02', to: 'HF-KLI-04', mutual: true },
      // Savings on street-light electricity may fund the LED conversion, not the other way round.
      { from: 'HF-KLI-05', to: 'HF-KLI-06', mutual: false },
    ],
  },
  {
    field: 'WOH',
    lines: [
      { code: 'HF-WOH-01', objectNumber: 'L09010100011', account: '52910000', name: 'Modernisierungsberatung Fassaden', pacePermille: 800, committedPermille: 200 },
      { code: 'HF-WOH-02', objectNumber: 'L09010100014', account: '53170000', name: 'Fassadenprogramm (Zuschüsse an Eigentümer)', pacePermille: 500, committedPermille: 300 },
      { code: 'HF-WOH-03', objectNumber: 'L09010100007', account: '53150000', name: 'Quartiersentwicklung Zitadellenviertel, 2. Bauabschnitt', pacePermille: 1000 },
      { code: 'HF-WOH-04', objectNumber: 'L09010100012', account: '52910000', name: 'Stadtplanung (Gutachten)', pacePermille: 900 },
      { code: 'HF-WOH-05', objectNumber: '1.100.05.08.03', account: '54296100', name: 'Hilfen zum Erhalt oder Erlangen einer Wohnung', pacePermille: 1400 },
      { code: 'HF-WOH-06', objectNumber: 'L09010100020', account: '53910000', name: 'Verfügungsfonds Quartier', pacePermille: 600 },
      {
        code: 'HF-WOH-07',
        objectNumber: '7.190084.700.200',
        account: '78520000',
        name: 'Erschließung Wohngebiet Am Schwan',
        blockReason: 'Haushaltswirtschaftliche Sperre (§ 25 KomHVO) bis zum Satzungsbeschluss des Bebauungsplans',
      },
    ],
    coverability: [
      { from: 'HF-WOH-01', to: 'HF-WOH-02', mutual: true },
      { from: 'HF-WOH-03', to: 'HF-WOH-06', mutual: true },
    ],
  },
  {
    field: 'KON',
    lines: [
      { code: 'HF-KON-01', objectNumber: '1.100.13.01.01', account: '52910007', name: 'Grünflächenpflege (Leistungsentgelt Betriebshof)', pacePermille: 1000 },
      { code: 'HF-KON-02', objectNumber: 'L13010100003', account: '52910000', name: 'Fledermausnacht und Naturerlebnis' },
      { code: 'HF-KON-03', objectNumber: 'L06020100020', account: '52160000', name: 'Instandhaltung Spielplätze', pacePermille: 700 },
      { code: 'HF-KON-04', objectNumber: 'L06020100020', account: '52420000', name: 'Bewirtschaftung Spielplätze', pacePermille: 1000 },
      { code: 'HF-KON-05', objectNumber: '7.150065.700.500', account: '78530000', name: 'Neugestaltung Spielplatz Am Wasserturm', committedPermille: 700 },
      { code: 'HF-KON-06', objectNumber: '1.100.08.01.01', account: '52558000', name: 'Unterhaltung Sporthallen', pacePermille: 1100 },
      { code: 'HF-KON-07', objectNumber: 'L08010100008', account: '52910000', name: 'Sportentwicklungsplan', pacePermille: 500 },
      { code: 'HF-KON-08', objectNumber: 'L01030100004', account: '52910000', name: 'Betriebliches Gesundheitsmanagement', pacePermille: 900 },
    ],
    coverability: [
      { from: 'HF-KON-03', to: 'HF-KON-04', mutual: true },
      { from: 'HF-KON-06', to: 'HF-KON-07', mutual: true },
    ],
  },
  {
    field: 'GLO',
    lines: [
      { code: 'HF-GLO-01', objectNumber: '1.100.15.02.01', account: '54990005', name: 'Pflege der Städtepartnerschaften', pacePermille: 700 },
      { code: 'HF-GLO-02', objectNumber: '1.100.15.02.01', account: '52810002', name: 'Schüleraustausch mit Partnerstädten', pacePermille: 1500 },
      { code: 'HF-GLO-03', objectNumber: '1.100.15.02.01', account: '54312002', name: 'Empfang von Delegationen' },
      { code: 'HF-GLO-04', objectNumber: 'L15020100009', account: '54313000', name: 'Mitgliedschaft Städtebund Die Hanse', pacePermille: 4000 },
      { code: 'HF-GLO-05', objectNumber: 'L04060100002', account: '52910000', name: 'Stolpersteine – Erinnerungskultur' },
      { code: 'HF-GLO-06', objectNumber: 'L04020100020', account: '52910016', name: 'Kulturrucksack (interkulturelle Projekte)', pacePermille: 800 },
      { code: 'HF-GLO-07', objectNumber: '1.100.01.05.02', account: '54123000', name: 'Fortbildung faire Beschaffung (Vergabestelle)', pacePermille: 300 },
    ],
    coverability: [{ from: 'HF-GLO-01', to: 'HF-GLO-03', mutual: true }],
  },
  {
    field: 'BIL',
    lines: [
      { code: 'HF-BIL-01', objectNumber: '1.100.04.04.01', account: '53130000', name: 'Zuschuss Volkshochschule', pacePermille: 1000 },
      { code: 'HF-BIL-02', objectNumber: 'L06010100006', account: '53180000', name: 'Sprachförderung in Kitas', pacePermille: 800 },
      { code: 'HF-BIL-03', objectNumber: 'L06010100007', account: '53180000', name: 'U3-Ausbau (Zuschüsse an Träger)' },
      { code: 'HF-BIL-04', objectNumber: 'L03010100069', account: '53180000', name: 'Schulsozialarbeit an Grundschulen', pacePermille: 1000 },
      { code: 'HF-BIL-05', objectNumber: 'L03080100017', account: '52910000', name: 'Sozialraumkonzept Innenstadtschule', pacePermille: 900, committedPermille: 150 },
      { code: 'HF-BIL-06', objectNumber: 'L03080100013', account: '52910000', name: 'Härtefallfonds „Alle Kinder essen mit“', pacePermille: 1100 },
      { code: 'HF-BIL-07', objectNumber: 'L04050100001', account: '52810000', name: 'Sommerleseclub der Stadtbücherei', pacePermille: 1300 },
      { code: 'HF-BIL-08', objectNumber: '1.100.03.01.01', account: '52710000', name: 'Lernmittel Grundschulen', pacePermille: 1200 },
    ],
    coverability: [
      { from: 'HF-BIL-02', to: 'HF-BIL-03', mutual: true },
      { from: 'HF-BIL-04', to: 'HF-BIL-05', mutual: true },
    ],
  },
];
