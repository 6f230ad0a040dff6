import type { teams as de } from '../de/teams';

export const teams: Record<keyof typeof de, string> = {
  welcomePersonal: 'Hello! I am the Verwaltung 2.030 bot. Type "help" for all commands, "mine" for your measures or "progress" for the form.',
  welcomeChannel: 'Verwaltung 2.030 has joined this conversation. Mention me with a command, e.g. "@Verwaltung 2.030 help". Reports and alerts arrive here once your administrators set them up for this channel.',
  unknownTenant: 'This Microsoft Teams tenant ({{tenantId}}) does not belong to a municipality. IT can assign it with MICROSOFT_APP_TENANT_ID or a platform binding.',
  unknownCardAction: 'This card no longer knows the action. Please type the command again, e.g. "progress".',
  continued: 'Continued ({{part}}/{{total}})',
  commandHelp: 'Show all commands',
  commandMine: 'My measures and KPIs due',
  commandMeasure: 'Show a measure, e.g. measure M-12',
  commandProgress: 'Log progress (form, or progress M-12 60)',
  commandKpi: 'Record a KPI value (form, or kpi CO2-1 6.9) or look at a KPI (kpi CO2-1)',
  appShortName: 'Verwaltung 2.030',
  appFullName: 'Verwaltung 2.030 – sustainability management for municipalities',
  appShortDescription: 'Measures, KPIs and budgets of the sustainability strategy in chat.',
  appFullDescription: 'The Verwaltung 2.030 bot supports carrying out a municipal sustainability strategy: log progress of measures and KPI values, see your own tasks, and receive reports and alerts in the channel of the core team or the transformation committee.',
};
