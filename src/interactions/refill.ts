import { message, type Form, type Message } from '../messages/model';

/** A form as a message of its own (what a button or a command word alone opens). */
export function formMessage(form: Form): Message {
  return message(form.title, [{ type: 'form', form }]);
}

/** The form again, filled in as submitted, with the errors at their fields. */
export function refilled(form: Form, values: Record<string, string | undefined>, errors: Record<string, string>, context?: string): Form {
  return {
    ...form,
    ...(context !== undefined ? { context } : {}),
    fields: form.fields.map((field) => ({ ...field, initial: values[field.id] ?? field.initial, error: errors[field.id] })),
  };
}

/** The form block of a message, if it has one. */
export function formOf(msg: Message): Form | undefined {
  for (const block of msg.blocks) if (block.type === 'form') return block.form;
  return undefined;
}
