import { DomainError, InvalidInputError } from '../domain/errors';
import type { ActionOutcome } from '../interactions/actionSpec';
import type { FormOutcome, FormSpec, FormValues } from '../interactions/formSpec';
import { formMessage, refilled } from '../interactions/refill';
import type { InteractionRegistry } from '../interactions/registry';
import type { Message } from '../messages/model';
import type { UseCaseContext } from '../usecases/context';
import type { ViewContext } from '../views/viewContext';

function formSpec(registry: InteractionRegistry, formId: string): FormSpec {
  const spec = registry.form(formId);
  if (!spec) throw new InvalidInputError('common:unknownForm');
  return spec;
}

/** A button: its registered action, or — when it names a form — that form, prefilled with the button's value. */
export async function clickAction(registry: InteractionRegistry, ctx: UseCaseContext, view: ViewContext, actionId: string, value: string): Promise<ActionOutcome> {
  const action = registry.action(actionId);
  if (action) {
    ctx.log.info({ action: actionId }, 'button decision');
    return { kind: 'done', ...(await action.run(ctx, view, value)) };
  }
  if (registry.form(actionId)) return { kind: 'form', message: await openRegisteredForm(registry, ctx, view, actionId, value || undefined) };
  throw new InvalidInputError('common:unknownAction');
}

export async function openRegisteredForm(registry: InteractionRegistry, ctx: UseCaseContext, view: ViewContext, formId: string, prefill?: string): Promise<Message> {
  return formMessage(await formSpec(registry, formId).build(ctx, view, prefill));
}

/**
 * A submit: the form's answer, or its refusal at the field the error belongs to (`forms:required_<field>`,
 * the spec's `errorFields`, else the first field), with the form built again as it was filled in.
 */
export async function submitRegisteredForm(
  registry: InteractionRegistry,
  ctx: UseCaseContext,
  view: ViewContext,
  submission: { formId: string; values: FormValues; context?: string },
): Promise<FormOutcome> {
  const spec = formSpec(registry, submission.formId);
  const { values, context } = submission;
  try {
    return { ok: true, message: await spec.submit(ctx, view, values, context) };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    // Built again for the same thing: the prefill field's value, else what the form carried (e.g. a request number).
    const form = await spec.build(ctx, view, spec.prefillField ? values[spec.prefillField] : context);
    const required = /^forms:required_(.+)$/.exec(error.messageKey)?.[1];
    const field = required ?? spec.errorFields?.find(([pattern]) => pattern.test(error.messageKey))?.[1] ?? form.fields[0]?.id ?? '';
    const fieldErrors = { [field]: view.t(error.messageKey, error.params) };
    return { ok: false, fieldErrors, form: formMessage(refilled(form, values, fieldErrors, context)) };
  }
}
