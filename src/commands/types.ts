import type { InvalidInputError } from '../domain/errors';
import type { MeasureStatus } from '../domain/measureStatus';
import type { Period } from '../domain/period';
import type { SubscriptionKind } from '../domain/subscriptionKinds';
import type { Locale, MessageParams } from '../i18n';
import type { help } from '../i18n/de/help';
import type { parse } from '../i18n/de/parse';
import type { ArgumentCursor } from './argumentCursor';
import type { KeywordTable } from './keywordTable';

export type ChatCommand =
  | { name: 'help'; topic?: CommandName }
  | { name: 'mine' }
  | { name: 'showMeasure'; measureCode: string }
  | { name: 'logProgress'; measureCode: string; percent: number; status?: MeasureStatus; note?: string }
  /**
   * `value` is an exact decimal in plain form (`"1234.5"`); without `period` the latest due one is meant; `unit` as typed
   * after the value; `confirmed` when the value was written with `!` (a value far off the series is meant).
   */
  | { name: 'recordKpiValue'; kpiCode: string; value: string; unit?: string; period?: Period; note?: string; confirmed?: boolean }
  /** `kennzahl <code>` without a value: the KPI with its values against the path, thresholds and alert. */
  | { name: 'showKpi'; kpiCode: string }
  /** `active: false` is the German `abo aus …`. Without an action field: all fields. */
  | { name: 'subscribe'; kind: SubscriptionKind; active: boolean; actionFieldCode?: string }
  | { name: 'unsubscribe'; kind: SubscriptionKind; actionFieldCode?: string }
  | { name: 'listSubscriptions' }
  | { name: 'listAlerts' }
  /** `erinnerung aus|an`: pause or resume the weekly reminders; without `on`: how they stand. */
  | { name: 'reminders'; on?: boolean }
  | { name: 'acknowledgeAlert'; number: number }
  | { name: 'snoozeAlert'; number: number; days: number }
  /** Without a field: the person's scope; without a period: the latest ended one of the tenant's report frequency. */
  | { name: 'showReport'; actionFieldCode?: string; period?: Period }
  | { name: 'lockPeriod'; period: Period }
  | { name: 'reopenPeriod'; period: Period; reason: string }
  | { name: 'showBudget'; actionFieldCode?: string }
  /** Amount in cents; `toCode` a line or a budget product (a new line without plan). */
  | { name: 'requestReallocation'; amountCents: bigint; fromCode: string; toCode: string; reason: string; justification?: string; effect?: string; effectNote?: string }
  | { name: 'confirmReallocation' }
  | { name: 'listRequests' }
  | { [N in DecisionCommandName]: { name: N; number: number; text: string } }[DecisionCommandName]
  | { name: 'recordCouncilConsent'; number: number; decidedOn: string; reference: string }
  | { name: 'delegateApproval'; deputyEmail: string; startsOn: string; endsOn: string; actionFieldCode?: string }
  | { name: 'setLanguage'; locale: Locale };

/** Decisions on a reallocation request by number, with a comment, question or answer (`text`, may be empty). */
export type DecisionCommandName = 'approveReallocation' | 'rejectReallocation' | 'askReallocation' | 'answerReallocation' | 'withdrawReallocation';

export type CommandName = ChatCommand['name'];

export type ParseResult = { ok: true; command: ChatCommand } | { ok: false; error: InvalidInputError };

export type ParseMessageKey = keyof typeof parse;
export type HelpMessageKey = `help:${keyof typeof help}`;

export interface ParseContext {
  /** The language of the command word the user typed. */
  locale: Locale;
  commands: KeywordTable<AnyCommandSpec>;
  /** An error that also shows the command's usage line and an example, in `locale`. */
  withUsage(key: ParseMessageKey, params?: MessageParams): InvalidInputError;
}

/** One command of the chat language. Adding a command = one spec file + its entry in the registry. */
export interface CommandSpec<N extends CommandName, Also extends CommandName = never> {
  name: N;
  /** Commands its words also read as, which only show (`kennzahl CO2-1` without a value shows the KPI). */
  also?: readonly Also[];
  /** Words that start the command, per language; the first one of each language is shown in help. */
  words: Record<Locale, readonly string[]>;
  usage: Record<Locale, string>;
  /** Complete, valid command lines (tests parse every one). */
  examples: Record<Locale, readonly string[]>;
  descriptionKey: HelpMessageKey;
  /** Whether it changes data (adapters refresh what shows it afterwards, e.g. Slack's App Home). */
  changesData: boolean;
  /** The form (src/interactions/ids.ts) the command word opens when typed without arguments (`fortschritt`). */
  opensForm?: string;
  /** Only in a channel or group chat, where posts can be subscribed (the console: after `/kanal`). */
  needsChannel?: boolean;
  /** Reads the arguments; throws InvalidInputError. Arguments left unread are refused by the caller. */
  parse(args: ArgumentCursor, context: ParseContext): Extract<ChatCommand, { name: N | Also }>;
}

/** Any one command's spec (a union, so each keeps its own command type). */
export type AnyCommandSpec = { [N in CommandName]: CommandSpec<N, CommandName> }[CommandName];
