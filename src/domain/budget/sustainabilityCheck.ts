import { InvalidInputError } from '../errors';

/**
 * Nachhaltigkeitscheck (issue 17 item 5): every reallocation request states its expected effect on
 * the action field's goals, + / 0 / −, with a sentence that explains it.
 */
export const SUSTAINABILITY_EFFECTS = ['positive', 'neutral', 'negative'] as const;
export type SustainabilityEffect = (typeof SUSTAINABILITY_EFFECTS)[number];

export interface SustainabilityCheck {
  effect: SustainabilityEffect;
  note: string;
}

const WORDS: Record<string, SustainabilityEffect> = {
  '+': 'positive',
  '++': 'positive',
  positiv: 'positive',
  positive: 'positive',
  '0': 'neutral',
  '±': 'neutral',
  '+/-': 'neutral',
  neutral: 'neutral',
  '-': 'negative',
  '−': 'negative',
  '–': 'negative',
  '—': 'negative',
  negativ: 'negative',
  negative: 'negative',
};

const SYMBOLS: Record<SustainabilityEffect, string> = { positive: '+', neutral: '0', negative: '−' };

/** The effect a word or sign names (`+`, `0`, `-`/`−`, `positiv`, `neutral`, `negativ`, English too), or undefined. */
export function effectOf(word: string): SustainabilityEffect | undefined {
  return WORDS[word.trim().toLowerCase()];
}

export function effectSymbol(effect: SustainabilityEffect): string {
  return SYMBOLS[effect];
}

export function isSustainabilityEffect(value: unknown): value is SustainabilityEffect {
  return typeof value === 'string' && (SUSTAINABILITY_EFFECTS as readonly string[]).includes(value);
}

/**
 * Checks what the requester stated: an effect (a sign or word) and a sentence. Refused with a
 * localized message naming what is missing; the note's length is checked with the reason's.
 */
export function checkSustainability(effect: string | undefined, note: string | undefined): SustainabilityCheck {
  const word = effect?.trim() ?? '';
  const sentence = note?.trim() ?? '';
  if (!word && !sentence) throw new InvalidInputError('budget:sustainabilityMissing');
  const parsed = effectOf(word);
  if (!parsed) throw new InvalidInputError('budget:sustainabilityEffectInvalid', { value: word || '—' });
  if (!sentence) throw new InvalidInputError('budget:sustainabilityNoteMissing');
  return { effect: parsed, note: sentence };
}
