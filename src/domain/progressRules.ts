import { InvalidInputError } from './errors';
import type { MeasureStatus } from './measureStatus';
import { cleanText, visibleLength } from './textInput';

export const MAX_NOTE_LENGTH = 1000;

export interface MeasureState {
  percent: number;
  status: MeasureStatus;
}

/**
 * The state a measure moves to when progress is logged. A measure is done exactly when it is
 * complete: `done` needs 100 %, 100 % without a status means done, and less than 100 % reopens a
 * done measure.
 */
export function nextMeasureState(current: MeasureState, percent: number, status?: MeasureStatus): MeasureState {
  if (!Number.isInteger(percent) || percent < 0 || percent > 100) {
    throw new InvalidInputError('measures:percentOutOfRange', { value: String(percent) });
  }
  if (status === 'done' && percent < 100) throw new InvalidInputError('measures:doneNeedsFull', { percent });
  if (status) return { percent, status };
  if (percent === 100) return { percent, status: 'done' };
  if (current.status === 'done') return { percent, status: 'on_track' };
  return { percent, status: current.status };
}

/** A note as stored: cleaned (see cleanText), trimmed, at most MAX_NOTE_LENGTH characters as people count them. */
export function checkNote(note: string | undefined): string | undefined {
  const trimmed = note === undefined ? undefined : cleanText(note).trim();
  if (!trimmed) return undefined;
  const length = visibleLength(trimmed);
  if (length > MAX_NOTE_LENGTH) throw new InvalidInputError('measures:noteTooLong', { length, max: MAX_NOTE_LENGTH });
  return trimmed;
}
