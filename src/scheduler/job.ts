import type { Db } from '../db/client';
import type { Logger } from '../logger';
import type { Tenant } from '../tenancy/tenant';
import type { JobName } from './schedulePolicy';

export interface JobContext {
  db: Db;
  tenant: Tenant;
  /** The instant the run stands for (the scheduled time, or now for a manual run). */
  slotTime: Date;
  slotKey: string;
  now: Date;
  logger: Logger;
}

export interface JobDefinition {
  name: JobName;
  /** Of the slots missed while the bot was down, the ones to run now (oldest first). */
  catchUp(missed: Date[]): Date[];
  run(ctx: JobContext): Promise<void>;
}

/** Catch-up policy: only the latest missed slot (a week-old digest after a week-long outage is enough). */
export const latestOnly = (missed: Date[]): Date[] => missed.slice(-1);
