import type { Form, Message } from '../messages/model';
import type { UseCaseContext } from '../usecases/context';
import type { ViewContext } from '../views/viewContext';

/** What a submitted form carries: its values by field id (as text) and the form's `context`, if it had one. */
export type FormValues = Record<string, string | undefined>;

/** A submitted form either changed something (a reply) or comes back with errors at its fields. */
export type FormOutcome =
  | { ok: true; message: Message }
  /** `form`: the form again, filled in as submitted, with the errors at their fields (Teams and the console show it). */
  | { ok: false; fieldErrors: Record<string, string>; form: Message };

/**
 * One form of the product. Registered in src/interactions/registry.ts, it opens from a button whose
 * action is its id (prefilled with the button's value), from a command word alone where the command's
 * spec names it (`opensForm`), and its submits come back here, on every platform alike.
 */
export interface FormSpec {
  id: string;
  /** Builds the form for the person, prefilled with `prefill` (e.g. a measure code); throws a DomainError when it cannot open. */
  build(ctx: UseCaseContext, view: ViewContext, prefill?: string): Promise<Form>;
  /** The field a prefill value stands in: a refused form is built again with that field's submitted value (without one: with the form's context). */
  prefillField?: string;
  /** Applies a submit and answers; a DomainError puts its message at the field `errorFields` names. */
  submit(ctx: UseCaseContext, view: ViewContext, values: FormValues, context?: string): Promise<Message>;
  /** Which field an error belongs to, by message key (first match); otherwise the form's first field. */
  errorFields?: [RegExp, string][];
}
