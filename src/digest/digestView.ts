import { daysBetween, formatDate, formatDecimal } from '../format';
import { localizedName } from '../format/localizedName';
import { periodKey } from '../domain/period';
import { message, type Block, type Message } from '../messages/model';
import { statusLabel } from '../views/labels';
import type { ViewContext } from '../views/viewContext';
import { isEmpty, type DigestWindow, type FieldDigest } from './collectDigest';

/** Above this many blocks the digest is posted as one message per action field. */
const MAX_BLOCKS_IN_ONE = 40;

/** The weekly digest: one message, or one per action field when it would be too long; one line when empty. */
export function digestMessages(fields: FieldDigest[], window: DigestWindow, v: ViewContext): Message[] {
  const { t } = v;
  const title = t('digest:title', { from: formatDate(window.from, v.locale, v.zone), to: formatDate(new Date(window.to.getTime() - 1), v.locale, v.zone) });
  const withNews = fields.filter((f) => !isEmpty(f));
  if (withNews.length === 0) {
    const text = t('digest:nothing', { title });
    return [message(text, [{ type: 'text', text }], 'channel')];
  }
  const sections = withNews.map((f) => fieldBlocks(f, window, v));
  const all = sections.flat();
  if (all.length + 1 <= MAX_BLOCKS_IN_ONE) return [message(title, [{ type: 'heading', text: title }, ...all], 'channel')];
  return sections.map((blocks, i) => {
    const part = t('digest:part', { title, field: localizedName(withNews[i]!.field, v.locale) });
    return message(part, [{ type: 'heading', text: part }, ...blocks.slice(1)], 'channel');
  });
}

function fieldBlocks(d: FieldDigest, window: DigestWindow, v: ViewContext): Block[] {
  const { t } = v;
  const blocks: Block[] = [{ type: 'heading', text: t('digest:field', { code: d.field.code, name: localizedName(d.field, v.locale) }) }];
  if (d.progress.length > 0) {
    blocks.push({ type: 'context', text: t('digest:progressHeading') });
    blocks.push({
      type: 'list',
      items: d.progress.map((p) => {
        const change = p.status === p.previousStatus ? statusLabel(t, p.status) : `${statusLabel(t, p.previousStatus)} → ${statusLabel(t, p.status)}`;
        const line = t('digest:progressEntry', { code: p.code, title: p.title, author: p.author, from: p.previousPercent, to: p.percent, status: change, date: formatDate(p.at, v.locale, v.zone) });
        return p.note ? `${line} – ${p.note}` : line;
      }),
    });
  }
  if (d.kpiValues.length > 0) {
    blocks.push({ type: 'context', text: t('digest:kpiHeading') });
    for (const k of d.kpiValues) {
      blocks.push({ type: 'sparkline', label: t('digest:kpiEntry', { code: k.code, name: localizedName(k, v.locale), period: k.period, value: formatDecimal(k.value, v.locale, 3), unit: k.unit }), values: k.trend });
    }
  }
  if (d.kpisDue.length > 0) {
    blocks.push({ type: 'context', text: t('digest:dueHeading') });
    blocks.push({ type: 'list', items: d.kpisDue.map((k) => t(k.overdue ? 'digest:kpiOverdue' : 'digest:kpiDue', { code: k.code, name: localizedName(k, v.locale), period: periodKey(k.period) })) });
  }
  if (d.stale.length > 0) {
    blocks.push({ type: 'context', text: t('digest:staleHeading') });
    blocks.push({
      type: 'list',
      items: d.stale.map((m) =>
        m.lastUpdateAt
          ? t('digest:staleEntry', { code: m.code, title: m.title, days: daysBetween(m.lastUpdateAt, window.to, v.zone) })
          : t('digest:neverEntry', { code: m.code, title: m.title }),
      ),
    });
  }
  return blocks;
}
