import { common } from './common';

/** The de catalogue: one namespace per area of the product. */
export const de = {
  common,
};
