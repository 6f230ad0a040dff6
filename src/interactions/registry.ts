import type { ActionSpec } from './actionSpec';
import type { FormSpec } from './formSpec';
import { acknowledgeAlertAction } from './actions/acknowledgeAlert';
import { openKpiAction } from './actions/openKpi';
import { approveReallocationAction, confirmReallocationAction } from './actions/reallocationActions';
import { confirmKpiValueAction } from './actions/confirmKpiValue';
import { refreshMeasureAction } from './actions/refreshMeasure';
import { kpiFormSpec } from './forms/kpiForm';
import { progressFormSpec } from './forms/progressForm';
import { answerReallocationFormSpec, askReallocationFormSpec, rejectReallocationFormSpec } from './forms/reallocationForms';
import { reallocationRequestFormSpec } from './forms/reallocationRequestForm';
import { snoozeAlertFormSpec } from './forms/snoozeAlertForm';

/** The forms and button actions the bot knows, by id: what adapters route every click and submit to. */
export interface InteractionRegistry {
  form(id: string): FormSpec | undefined;
  action(id: string): ActionSpec | undefined;
}

/** A registry of these forms and actions; ids must be unique across both (a button names either). */
export function interactionRegistry(parts: { forms: readonly FormSpec[]; actions: readonly ActionSpec[] }): InteractionRegistry {
  const forms = new Map<string, FormSpec>();
  const actions = new Map<string, ActionSpec>();
  for (const spec of parts.forms) {
    if (forms.has(spec.id)) throw new Error(`Form "${spec.id}" registered twice`);
    forms.set(spec.id, spec);
  }
  for (const spec of parts.actions) {
    if (actions.has(spec.id) || forms.has(spec.id)) throw new Error(`Action "${spec.id}" registered twice or also a form`);
    actions.set(spec.id, spec);
  }
  return { form: (id) => forms.get(id), action: (id) => actions.get(id) };
}

/** Every form of the product. A feature adds its form here (and nothing in the adapters). */
export const PRODUCT_FORMS: readonly FormSpec[] = [
  progressFormSpec,
  kpiFormSpec,
  snoozeAlertFormSpec,
  reallocationRequestFormSpec,
  rejectReallocationFormSpec,
  askReallocationFormSpec,
  answerReallocationFormSpec,
];
/** Every button action of the product. A feature adds its action here (and nothing in the adapters). */
export const PRODUCT_ACTIONS: readonly ActionSpec[] = [refreshMeasureAction, acknowledgeAlertAction, openKpiAction, confirmKpiValueAction, confirmReallocationAction, approveReallocationAction];

export const productInteractions = interactionRegistry({ forms: PRODUCT_FORMS, actions: PRODUCT_ACTIONS });
