import { DateTime } from 'luxon';
import { z } from 'zod';
import { parseBudgetAmount } from '../../domain/budget/amountInput';
import type { ArgumentCursor } from '../argumentCursor';
import { REQUEST_REALLOCATION_FORM } from '../../interactions/ids';
import { validate } from '../arguments/validate';
import type { AnyCommandSpec, ChatCommand, CommandSpec, DecisionCommandName, ParseContext } from '../types';

const requestNumber = z.string().regex(/^(?:nr\.?|no\.?|#)?\d{1,9}$/i, { error: 'invalidRequestNumber' }).transform((text) => Number(text.replace(/\D/g, '')));
const FROM = new Set(['von', 'from']);
const TO = new Set(['nach', 'to', 'zu']);
const CURRENCY = new Set(['€', 'eur', 'euro']);
/** Where the reason ends: the justification that the expense is unavoidable, the Nachhaltigkeitscheck (any order). */
const MARKER = /(?<![\p{L}\p{N}])(unabweisbar|unavoidable|nachhaltigkeit|sustainability|wirkung|effect):\s*/giu;
const UNAVOIDABLE_WORDS = new Set(['unabweisbar', 'unavoidable']);

/** The reason, the justification and the sustainability effect with its sentence, as written. */
function splitRequestText(text: string): { reason: string; justification?: string; effect?: string; effectNote?: string } {
  const parts = text.split(MARKER);
  const out: ReturnType<typeof splitRequestText> = { reason: (parts[0] ?? '').trim() };
  for (let i = 1; i + 1 < parts.length; i += 2) {
    const value = (parts[i + 1] ?? '').trim();
    if (UNAVOIDABLE_WORDS.has(parts[i]!.toLowerCase())) {
      if (value) out.justification = value;
      continue;
    }
    const [effect = '', ...note] = value.split(/\s+/);
    out.effect = effect;
    out.effectNote = note.join(' ');
  }
  return out;
}

function readNumber(args: ArgumentCursor, context: ParseContext): number {
  const token = args.next();
  if (token === undefined) throw context.withUsage('missingRequestNumber');
  return validate(requestNumber, token, { value: token });
}

function readText(args: ArgumentCursor, context: ParseContext): string {
  const text = args.rest();
  if (!text) throw context.withUsage('missingText');
  return text;
}

function readAmount(args: ArgumentCursor, context: ParseContext): bigint {
  const token = args.next();
  if (token === undefined) throw context.withUsage('missingAmount');
  const amount = parseBudgetAmount(CURRENCY.has(args.peek()?.toLowerCase() ?? '') ? `${token} ${args.next()}` : token);
  if (!amount.ok) throw amount.error;
  return amount.cents;
}

function readLine(args: ArgumentCursor, context: ParseContext, words: Set<string>): string {
  const word = args.next();
  const code = args.next();
  if (!word || !words.has(word.toLowerCase()) || !code) throw context.withUsage('missingReallocationLines');
  return code;
}

export const showBudgetCommand: CommandSpec<'showBudget'> = {
  name: 'showBudget',
  words: { de: ['budget'], en: ['budget'] },
  usage: { de: 'budget [Handlungsfeld]', en: 'budget [action field]' },
  examples: { de: ['budget', 'budget MOB'], en: ['budget', 'budget MOB'] },
  descriptionKey: 'help:describeShowBudget',
  changesData: false,
  parse: (args) => {
    const field = args.next();
    return field ? { name: 'showBudget', actionFieldCode: field } : { name: 'showBudget' };
  },
};

export const requestReallocationCommand: CommandSpec<'requestReallocation'> = {
  name: 'requestReallocation',
  words: { de: ['umschichtung', 'umschichten'], en: ['reallocate', 'reallocation'] },
  usage: {
    de: 'umschichtung <Betrag> von <Linie> nach <Linie> <Begründung> [unabweisbar: <Begründung>] nachhaltigkeit: <+|0|−> <Satz>',
    en: 'reallocate <amount> from <line> to <line> <reason> [unavoidable: <justification>] sustainability: <+|0|−> <sentence>',
  },
  examples: {
    de: ['umschichtung 500 von HF-KLI-03 nach HF-KLI-02 Mehr Sachmittel für Beratungstage nachhaltigkeit: + mehr Energieberatungen senken den Verbrauch'],
    en: ['reallocate 500 from HF-KLI-03 to HF-KLI-02 more supplies for advice days sustainability: + more energy advice lowers consumption'],
  },
  descriptionKey: 'help:describeRequestReallocation',
  changesData: true,
  opensForm: REQUEST_REALLOCATION_FORM,
  parse: (args, context) => {
    const amountCents = readAmount(args, context);
    const fromCode = readLine(args, context, FROM);
    const toCode = readLine(args, context, TO);
    return { name: 'requestReallocation', amountCents, fromCode, toCode, ...splitRequestText(readText(args, context)) };
  },
};

export const confirmReallocationCommand: CommandSpec<'confirmReallocation'> = {
  name: 'confirmReallocation',
  words: { de: ['bestätigen', 'ja'], en: ['confirm', 'yes'] },
  usage: { de: 'bestätigen', en: 'confirm' },
  examples: { de: ['ja'], en: ['confirm'] },
  descriptionKey: 'help:describeConfirmReallocation',
  changesData: true,
  parse: () => ({ name: 'confirmReallocation' }),
};

export const listRequestsCommand: CommandSpec<'listRequests'> = {
  name: 'listRequests',
  words: { de: ['anträge'], en: ['requests'] },
  usage: { de: 'anträge', en: 'requests' },
  examples: { de: ['anträge'], en: ['requests'] },
  descriptionKey: 'help:describeListRequests',
  changesData: false,
  parse: () => ({ name: 'listRequests' }),
};

const DECISIONS: { name: DecisionCommandName; decision: 'approve' | 'reject' | 'ask' | 'answer' | 'withdraw'; de: string; en: string; text: 'optional' | 'required' | 'none'; example: [string, string] }[] = [
  { name: 'approveReallocation', decision: 'approve', de: 'freigeben', en: 'approve', text: 'optional', example: ['freigeben 3 passt', 'approve 3 fine'] },
  { name: 'rejectReallocation', decision: 'reject', de: 'ablehnen', en: 'reject', text: 'required', example: ['ablehnen 3 Angebot fehlt', 'reject 3 quote missing'] },
  { name: 'askReallocation', decision: 'ask', de: 'rueckfrage', en: 'ask', text: 'required', example: ['rueckfrage 3 Welches Angebot?', 'ask 3 which quote?'] },
  { name: 'answerReallocation', decision: 'answer', de: 'antwort', en: 'answer', text: 'required', example: ['antwort 3 Angebot der Fa. Müller', 'answer 3 the quote of Müller Ltd'] },
  { name: 'withdrawReallocation', decision: 'withdraw', de: 'zurueckziehen', en: 'withdraw', text: 'none', example: ['zurueckziehen 3', 'withdraw 3'] },
];

function decisionSpec<N extends DecisionCommandName>(d: (typeof DECISIONS)[number] & { name: N }): CommandSpec<N> {
  return {
  name: d.name,
  words: { de: [d.de], en: [d.en] },
  usage: {
    de: `${d.de} <Nr>${d.text === 'none' ? '' : d.text === 'optional' ? ' [Kommentar]' : ' <Text>'}`,
    en: `${d.en} <no>${d.text === 'none' ? '' : d.text === 'optional' ? ' [comment]' : ' <text>'}`,
  },
  examples: { de: [d.example[0]], en: [d.example[1]] },
  descriptionKey: `help:describeDecide_${d.decision}`,
  changesData: true,
  parse: (args, context) => {
    const number = readNumber(args, context);
    const text = d.text === 'required' ? readText(args, context) : d.text === 'optional' ? args.rest() : '';
    return { name: d.name, number, text } as Extract<ChatCommand, { name: N }>;
  },
  };
}

/** One command per decision word: approve, reject, ask back, answer, withdraw. */
export const decideReallocationCommands = DECISIONS.map((d) => decisionSpec(d) as AnyCommandSpec);

export const recordCouncilConsentCommand: CommandSpec<'recordCouncilConsent'> = {
  name: 'recordCouncilConsent',
  words: { de: ['beschluss'], en: ['resolution'] },
  usage: { de: 'beschluss <Nr> <Datum> <Aktenzeichen>', en: 'resolution <no> <date> <reference>' },
  examples: { de: ['beschluss 4 24.06.2026 Rat-2026/112'], en: ['resolution 4 24.06.2026 council-2026/112'] },
  descriptionKey: 'help:describeRecordCouncilConsent',
  changesData: true,
  parse: (args, context) => {
    const number = readNumber(args, context);
    const date = args.next();
    if (!date) throw context.withUsage('missingText');
    const parsed = DateTime.fromFormat(date, 'd.M.yyyy');
    const iso = parsed.isValid ? parsed : DateTime.fromISO(date);
    if (!iso.isValid) throw context.withUsage('invalidResolutionDate', { value: date });
    return { name: 'recordCouncilConsent', number, decidedOn: iso.toISODate()!, reference: readText(args, context) };
  },
};
