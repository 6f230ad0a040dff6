import type { StrategyRow } from '../strategy/strategyRows';
import type { KpiRow } from './kpiRows';
import type { KpiValueRow } from './kpiValueRows';
import type { MeasureRow } from './measureRows';

/**
 * The rows a template shows when the municipality has none yet: one action field with its core
 * team, a member, a strategic and an operational goal, a measure, a KPI and a value of it, each
 * referring to the one before, so the four example templates import in order into an empty
 * municipality (replace them with the municipality's own rows before importing).
 */
const member = { sdgs: '', role: 'member' as const, description: '' };
export const EXAMPLE_STRATEGY: StrategyRow[] = [
  { line: 0, kind: 'field', code: 'KLI', name: 'Klima und Energie', parent: '', ...member, description: 'Klimaschutz und Energiewende in der Verwaltung und der Stadt' },
  { line: 0, kind: 'team', code: 'KLI', name: 'Kernteam Klima und Energie', parent: 'KLI', ...member },
  { line: 0, kind: 'member', code: 'erika.muster@beispielstadt.de', name: 'Erika Muster', parent: 'KLI', ...member, role: 'lead' },
  { line: 0, kind: 'strategic', code: 'KLI-S1', name: 'Klimaneutrale Verwaltung bis 2035', parent: 'KLI', ...member, sdgs: '7,13' },
  { line: 0, kind: 'operational', code: 'KLI-O1', name: 'Photovoltaik auf allen geeigneten Dächern städtischer Gebäude bis 2030', parent: 'KLI-S1', ...member, sdgs: '7' },
];

export const EXAMPLE_MEASURES: MeasureRow[] = [
  {
    line: 0, code: 'M-01', title: 'PV-Anlagen auf Schuldächern', field: 'KLI', goal: 'KLI-O1', responsible: 'erika.muster@beispielstadt.de',
    responsibleName: 'Erika Muster', start: '2026-01-15', due: '2026-12-31', description: 'Ausschreibung und Bau der ersten fünf Anlagen',
  },
];

export const EXAMPLE_KPIS: KpiRow[] = [
  {
    line: 0, code: 'PV-1', name: 'Installierte PV-Leistung auf städtischen Dächern', nameEn: 'Installed PV capacity on municipal roofs', unit: 'kWp',
    direction: 'higher_better', frequency: 'yearly', decimals: 1, baseline: '120', baselineYear: 2024, min: '0', max: '', field: 'KLI', goal: 'KLI-O1',
    sdgIndicator: '7.2', targets: [{ year: 2026, value: '400' }, { year: 2030, value: '1500' }],
  },
];

export const EXAMPLE_KPI_VALUES: KpiValueRow[] = [
  { line: 0, kpi: 'PV-1', period: { frequency: 'yearly', year: 2025, index: 1 }, value: '185.5', note: 'Zwei Anlagen auf Grundschulen in Betrieb', recorder: 'erika.muster@beispielstadt.de' },
];
