import { common } from './common';

/** The en catalogue: one namespace per area of the product. */
export const en = {
  common,
};
