import { message, type Block, type Message } from '../messages/model';
import type { PlatformLimits } from '../platform/limits';
import type { Translate } from '../i18n';
import type { ReportSection } from './inYear/inYearView';

/**
 * A report's sections as channel messages within a platform's limits: each section its own message,
 * a section too long for one split into pages (at most `blocksPerMessage` blocks, and the message
 * model's JSON within half the platform's bytes: rendered Block Kit or a card is larger than the model).
 */
export function pageSections(sections: ReportSection[], limits: PlatformLimits, t: Translate): Message[] {
  const maxBytes = limits.bytesPerMessage / 2;
  const messages: Message[] = [];
  for (const section of sections) {
    const pages: Block[][] = [];
    let page: Block[] = [];
    let bytes = 0;
    for (const block of section.blocks) {
      const size = Buffer.byteLength(JSON.stringify(block));
      if (page.length > 0 && (page.length + 1 > limits.blocksPerMessage - 1 || bytes + size > maxBytes)) {
        pages.push(page);
        page = [];
        bytes = 0;
      }
      page.push(block);
      bytes += size;
    }
    if (page.length > 0) pages.push(page);
    pages.forEach((blocks, i) => {
      const title = pages.length === 1 ? section.title : t('reports:page', { title: section.title, page: `${i + 1}/${pages.length}` });
      messages.push(message(title, i === 0 ? blocks : [{ type: 'heading', text: title }, ...blocks], 'channel'));
    });
  }
  return messages;
}
