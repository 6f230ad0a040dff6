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

/** Slot keys of runs started by hand (`v2030 run`), not by the schedule. */
export const MANUAL_SLOT_PREFIX = 'manual:';
export const isManualSlot = (slotKey: string): boolean => slotKey.startsWith(MANUAL_SLOT_PREFIX);

/** Catch-up policy: only the latest missed slot (a week-old digest after a week-long outage is enough). */
export const latestOnly = (missed: Date[]): Date[] => missed.slice(-1);
