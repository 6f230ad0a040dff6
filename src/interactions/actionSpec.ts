import type { Message } from '../messages/model';
import type { UseCaseContext } from '../usecases/context';
import type { ViewContext } from '../views/viewContext';

/** What a button decision answers: a reply for the person who clicked, and/or the clicked message replaced. */
export interface ActionResult {
  /** Shown to the clicker (Slack: ephemeral; Teams: the card's answer; the console: printed). */
  reply?: Message;
  /** Replaces the message whose button was clicked (Slack: replace_original; Teams: the invoke's card). */
  replace?: Message;
}

/**
 * One button decision of the product (approve, acknowledge, refresh …), registered in
 * src/interactions/registry.ts. A button whose `action` is the spec's id runs it with the button's value.
 */
export interface ActionSpec {
  id: string;
  run(ctx: UseCaseContext, view: ViewContext, value: string): Promise<ActionResult>;
}

/** What the core answers to a click: the decision's result, or the form the button opens. */
export type ActionOutcome = ({ kind: 'done' } & ActionResult) | { kind: 'form'; message: Message };
