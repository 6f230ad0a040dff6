import { access } from './access';
import { cli } from './cli';
import { common } from './common';
import { help } from './help';
import { kpis } from './kpis';
import { measures } from './measures';
import { parse } from './parse';

/** The de catalogue: one namespace per area of the product. */
export const de = { access, cli, common, help, kpis, measures, parse };
