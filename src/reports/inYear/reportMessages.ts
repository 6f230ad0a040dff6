import { message, type Message } from '../../messages/model';
import type { ViewContext } from '../../views/viewContext';
import type { InYearReport } from './inYearReport';
import { inYearSections } from './inYearView';

/** The report as one answer to the asking person: its sections one after another (the adapter pages it). */
export function reportMessages(report: InYearReport, v: ViewContext): Message {
  const sections = inYearSections(report, v);
  return message(sections[0]!.title, sections.flatMap((s, i) => (i === 0 ? s.blocks : [{ type: 'divider' as const }, ...s.blocks])));
}
