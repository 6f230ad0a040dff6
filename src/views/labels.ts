import type { MeasureStatus } from '../domain/measureStatus';
import type { Tone } from '../messages/model';
import type { Translate } from '../i18n';

const STATUS_TONE: Record<MeasureStatus, Tone> = { on_track: 'good', at_risk: 'warning', delayed: 'critical', done: 'good' };

export function statusLabel(t: Translate, status: string): string {
  return t(`measures:status_${status}`);
}

export function statusTone(status: string): Tone {
  return STATUS_TONE[status as MeasureStatus] ?? 'neutral';
}
