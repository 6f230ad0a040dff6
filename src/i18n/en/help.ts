import type { help as de } from '../de/help';

export const help: Record<keyof typeof de, string> = {
  describeHelp: 'Shows all commands, or help on one command.',
  describeMine: 'Shows your measures and the KPIs with a value due.',
  describeShowMeasure: 'Shows a measure with its progress, status and latest entries.',
  describeLogProgress: 'Records the progress of a measure in percent, optionally with a status and a note.',
  describeRecordKpiValue: 'Records a KPI value, optionally for a period and with a note. Without a period, the latest due one is meant.',
};
