import type { ActionSpec } from '../actionSpec';
import { REFRESH_MEASURE_ACTION } from '../ids';
import { showMeasure } from '../../usecases/measures/showMeasure';
import { measureCard } from '../../views/measureCard';

/** The measure card's "refresh" button: the card is replaced by the measure as it stands now. */
export const refreshMeasureAction: ActionSpec = {
  id: REFRESH_MEASURE_ACTION,
  async run(ctx, view, measureCode) {
    return { replace: measureCard(await showMeasure(ctx, measureCode), view) };
  },
};
