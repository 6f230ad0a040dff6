import { access } from './access';
import { audit } from './audit';
import { auditActions } from './auditActions';
import { budget } from './budget';
import { budgetOversight } from './budgetOversight';
import { budgetView } from './budgetView';
import { alerts } from './alerts';
import { annual } from './annual';
import { cli } from './cli';
import { common } from './common';
import { digest } from './digest';
import { exportFiles } from './exports';
import { forms } from './forms';
import { help } from './help';
import { importing } from './import';
import { jobs } from './jobs';
import { kpis } from './kpis';
import { measures } from './measures';
import { parse } from './parse';
import { periods } from './periods';
import { person } from './person';
import { reminders } from './reminders';
import { reports } from './reports';
import { slack } from './slack';
import { subscriptions } from './subscriptions';
import { teams } from './teams';

/** The de catalogue: one namespace per area of the product. */
export const de = { access, annual, audit, auditActions, budget, budgetOversight, budgetView, alerts, cli, common, digest, exports: exportFiles, forms, help, import: importing, jobs, kpis, measures, parse, periods, person, reminders, reports, slack, subscriptions, teams };
