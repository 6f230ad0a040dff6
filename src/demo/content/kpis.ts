import type { KpiDirection } from '../../domain/kpiDirection';
import type { Frequency } from '../../domain/period';

/**
 * KPIs after the "SDG-Indikatoren für Kommunen" (Bertelsmann Stiftung, Difu, Deutscher Städtetag et al.).
 * Values are generated from the target path: `achievement` is the share of the planned improvement
 * actually reached (1 on target, 0.5 halfway, negative moving away), plus small deterministic noise.
 */
export interface KpiContent {
  code: string;
  name: string;
  nameEn: string;
  unit: string;
  sdgIndicator: string;
  direction: KpiDirection;
  frequency: Frequency;
  decimals: number;
  field: string;
  goal: string;
  recorder: string;
  baseline: number;
  /** Target for 2030 (or the last target year when seeded later). */
  target: number;
  achievement: number;
  noise: number;
  /** Seasonal swing (±) for monthly and quarterly KPIs, highest in `peakMonth`. */
  seasonal?: { amplitude: number; peakMonth: number };
  /** The latest due period has no value yet, so the KPI shows up as due. */
  latestMissing?: boolean;
}

export const kpis: KpiContent[] = [
  {
    code: 'CO2-1', name: 'CO2-Emissionen je Einwohner', nameEn: 'CO2 emissions per inhabitant', unit: 't',
    sdgIndicator: 'SDG 13 – Treibhausgasemissionen je Einwohner/-in', direction: 'lower_better', frequency: 'yearly', decimals: 1,
    field: 'KLI', goal: 'KLI-O1', recorder: 'jonas.becker', baseline: 7.9, target: 4.5, achievement: 0.75, noise: 0.08, latestMissing: true,
  },
  {
    code: 'KLI-1', name: 'Anteil erneuerbarer Energien an der Stromerzeugung', nameEn: 'Share of renewables in electricity generation', unit: '%',
    sdgIndicator: 'SDG 7 – Anteil erneuerbarer Energien', direction: 'higher_better', frequency: 'yearly', decimals: 1,
    field: 'KLI', goal: 'KLI-O4', recorder: 'jonas.becker', baseline: 31, target: 65, achievement: 0.9, noise: 1,
  },
  {
    code: 'KLI-2', name: 'Stromverbrauch städtischer Liegenschaften je Quartal', nameEn: 'Electricity use of municipal buildings per quarter', unit: 'MWh',
    sdgIndicator: 'SDG 7 – Energieverbrauch kommunaler Liegenschaften', direction: 'lower_better', frequency: 'quarterly', decimals: 0,
    field: 'KLI', goal: 'KLI-O2', recorder: 'stefan.wagner', baseline: 1450, target: 1015, achievement: 0.6, noise: 20, seasonal: { amplitude: 110, peakMonth: 1 },
  },
  {
    code: 'KLI-3', name: 'Installierte Photovoltaik-Leistung je Einwohner', nameEn: 'Installed photovoltaic capacity per inhabitant', unit: 'W',
    sdgIndicator: 'SDG 7 – Installierte Leistung erneuerbarer Energien', direction: 'higher_better', frequency: 'quarterly', decimals: 0,
    field: 'KLI', goal: 'KLI-O4', recorder: 'miriam.schulte', baseline: 310, target: 900, achievement: 0.85, noise: 4,
  },
  {
    code: 'MOB-1', name: 'Anteil Elektro-Pkw am Pkw-Bestand', nameEn: 'Share of electric cars in the car fleet', unit: '%',
    sdgIndicator: 'SDG 11 – Anteil Elektro-Pkw', direction: 'higher_better', frequency: 'quarterly', decimals: 1,
    field: 'MOB', goal: 'MOB-O3', recorder: 'julia.fischer', baseline: 1.2, target: 25, achievement: 0.55, noise: 0.1, latestMissing: true,
  },
  {
    code: 'MOB-2', name: 'Radverkehrsanteil am Modal Split', nameEn: 'Cycling share of all trips', unit: '%',
    sdgIndicator: 'SDG 11 – Modal Split (Radverkehr)', direction: 'higher_better', frequency: 'yearly', decimals: 0,
    field: 'MOB', goal: 'MOB-O1', recorder: 'julia.fischer', baseline: 14, target: 25, achievement: 0.8, noise: 0.3,
  },
  {
    code: 'MOB-3', name: 'Pkw-Dichte', nameEn: 'Cars per 1,000 inhabitants', unit: 'Pkw je 1.000 EW',
    sdgIndicator: 'SDG 11 – Pkw-Dichte', direction: 'lower_better', frequency: 'yearly', decimals: 0,
    field: 'MOB', goal: 'MOB-O1', recorder: 'markus.schneider', baseline: 585, target: 520, achievement: 0.25, noise: 2,
  },
  {
    code: 'MOB-4', name: 'Ausleihen im Fahrradverleihsystem', nameEn: 'Bike-sharing rentals', unit: 'Ausleihen',
    sdgIndicator: 'SDG 11 – Nachhaltige Mobilität (lokaler Indikator)', direction: 'higher_better', frequency: 'monthly', decimals: 0,
    field: 'MOB', goal: 'MOB-O1', recorder: 'julia.fischer', baseline: 2100, target: 4500, achievement: 1.05, noise: 120, seasonal: { amplitude: 900, peakMonth: 7 },
  },
  {
    code: 'WOH-1', name: 'Siedlungs- und Verkehrsfläche je Einwohner', nameEn: 'Settlement and transport area per inhabitant', unit: 'm²',
    sdgIndicator: 'SDG 11 – Flächeninanspruchnahme', direction: 'lower_better', frequency: 'yearly', decimals: 1,
    field: 'WOH', goal: 'WOH-O3', recorder: 'sabine.schulz', baseline: 612.4, target: 600, achievement: 0.5, noise: 0.6,
  },
  {
    code: 'WOH-2', name: 'Mietbelastung (Anteil der Nettokaltmiete am Haushaltseinkommen)', nameEn: 'Rent burden', unit: '%',
    sdgIndicator: 'SDG 11 – Wohnkosten', direction: 'lower_better', frequency: 'yearly', decimals: 1,
    field: 'WOH', goal: 'WOH-O1', recorder: 'thomas.meyer', baseline: 29.5, target: 27, achievement: -0.3, noise: 0.2,
  },
  {
    code: 'WOH-3', name: 'Fertiggestellte geförderte Wohnungen je Quartal', nameEn: 'Completed subsidised dwellings per quarter', unit: 'Wohnungen',
    sdgIndicator: 'SDG 11 – Geförderter Wohnraum', direction: 'higher_better', frequency: 'quarterly', decimals: 0,
    field: 'WOH', goal: 'WOH-O1', recorder: 'thomas.meyer', baseline: 8, target: 15, achievement: 0.9, noise: 3,
  },
  {
    code: 'ABF-1', name: 'Haushaltsabfälle je Einwohner', nameEn: 'Household waste per inhabitant', unit: 'kg',
    sdgIndicator: 'SDG 12 – Abfallmenge', direction: 'lower_better', frequency: 'yearly', decimals: 0,
    field: 'KON', goal: 'KON-O1', recorder: 'daniel.wolf', baseline: 468, target: 400, achievement: 0.7, noise: 4,
  },
  {
    code: 'KON-1', name: 'Trinkwasserverbrauch je Einwohner und Tag', nameEn: 'Drinking water use per inhabitant and day', unit: 'l',
    sdgIndicator: 'SDG 6 – Trinkwasserverbrauch', direction: 'lower_better', frequency: 'monthly', decimals: 0,
    field: 'KON', goal: 'KON-O2', recorder: 'claudia.richter', baseline: 128, target: 115, achievement: 0.6, noise: 1.5, seasonal: { amplitude: 9, peakMonth: 7 }, latestMissing: true,
  },
  {
    code: 'KON-2', name: 'Naherholungsfläche je Einwohner', nameEn: 'Recreational area per inhabitant', unit: 'm²',
    sdgIndicator: 'SDG 11 – Naherholungsflächen', direction: 'higher_better', frequency: 'yearly', decimals: 1,
    field: 'KON', goal: 'KON-O3', recorder: 'claudia.richter', baseline: 48.5, target: 52, achievement: 0.9, noise: 0.2,
  },
  {
    code: 'KON-3', name: 'Anteil Bio-Lebensmittel in der Gemeinschaftsverpflegung', nameEn: 'Share of organic food in school and day-care catering', unit: '%',
    sdgIndicator: 'SDG 12 – Nachhaltige Beschaffung (lokaler Indikator)', direction: 'higher_better', frequency: 'quarterly', decimals: 0,
    field: 'KON', goal: 'KON-O4', recorder: 'nadine.hartmann', baseline: 12, target: 50, achievement: 0.8, noise: 1.5,
  },
  {
    code: 'GLO-1', name: 'Anteil fair gehandelter Produkte an der Beschaffung', nameEn: 'Share of fair-trade products in procurement', unit: '%',
    sdgIndicator: 'SDG 12 – Faire Beschaffung', direction: 'higher_better', frequency: 'quarterly', decimals: 0,
    field: 'GLO', goal: 'GLO-O1', recorder: 'sophie.neumann', baseline: 8, target: 50, achievement: 0.7, noise: 2,
  },
  {
    code: 'GLO-2', name: 'Ausgaben für kommunale Entwicklungszusammenarbeit je Einwohner', nameEn: 'Spending on municipal development cooperation per inhabitant', unit: '€',
    sdgIndicator: 'SDG 17 – Kommunale Entwicklungspolitik', direction: 'higher_better', frequency: 'yearly', decimals: 2,
    field: 'GLO', goal: 'GLO-O3', recorder: 'lea.hoffmann', baseline: 0.12, target: 0.5, achievement: 0.8, noise: 0.01,
  },
  {
    code: 'BIL-1', name: 'Betreuungsquote unter 3-Jährige', nameEn: 'Childcare rate under 3', unit: '%',
    sdgIndicator: 'SDG 4 – Betreuung von Kleinkindern', direction: 'higher_better', frequency: 'yearly', decimals: 1,
    field: 'BIL', goal: 'BIL-O1', recorder: 'nadine.hartmann', baseline: 36.2, target: 50, achievement: 0.65, noise: 0.3,
  },
  {
    code: 'BIL-2', name: 'Schulabbrecherquote', nameEn: 'School drop-out rate', unit: '%',
    sdgIndicator: 'SDG 4 – Schulabbrecherquote', direction: 'lower_better', frequency: 'yearly', decimals: 1,
    field: 'BIL', goal: 'BIL-O3', recorder: 'michael.braun', baseline: 6.8, target: 4, achievement: 0.5, noise: 0.15, latestMissing: true,
  },
  {
    code: 'BIL-3', name: 'Kinderarmut (SGB-II-Quote unter 15 Jahren)', nameEn: 'Child poverty (minimum income rate under 15)', unit: '%',
    sdgIndicator: 'SDG 1 – Kinderarmut', direction: 'lower_better', frequency: 'yearly', decimals: 1,
    field: 'BIL', goal: 'BIL-O4', recorder: 'ahmet.yilmaz', baseline: 14.9, target: 11, achievement: 0.6, noise: 0.2,
  },
  {
    code: 'BIL-4', name: 'Teilnahmen an Kursen zur Bildung für nachhaltige Entwicklung', nameEn: 'Participants in education for sustainable development', unit: 'Teilnahmen',
    sdgIndicator: 'SDG 4 – Bildung für nachhaltige Entwicklung (lokaler Indikator)', direction: 'higher_better', frequency: 'monthly', decimals: 0,
    field: 'BIL', goal: 'BIL-O5', recorder: 'felix.lange', baseline: 180, target: 320, achievement: 1, noise: 12, seasonal: { amplitude: 60, peakMonth: 2 },
  },
];
