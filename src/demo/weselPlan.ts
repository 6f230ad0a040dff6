import fs from 'node:fs';
import path from 'node:path';
import { readBudgetPlanFile, type BudgetPlanEntry } from '../import/budget/readBudgetPlanFile';
import { BUDGET_PLAN_COLUMN } from './content/budgets';

/** The published Wesel budget plan shipped with the demo (see wesel/SOURCE.md). */
export const WESEL_DIR = path.join(import.meta.dirname, 'wesel');

export interface WeselPlan {
  /** The plan's lines with an amount in `Plan 2017`, read as any municipality's plan is (`v2030 import budget`). */
  entries: BudgetPlanEntry[];
  /** NKF product areas by number (`12` → `Verkehrsflächen und -anlagen`), from liste_produkte.csv. */
  areas: Map<string, string>;
}

export async function loadWeselPlan(): Promise<WeselPlan> {
  const plan = await readBudgetPlanFile(path.join(WESEL_DIR, 'hhplan2017.csv'), { year: 2017, columns: { amount: BUDGET_PLAN_COLUMN } });
  if (plan.refused.length > 0) throw new Error(`Demo content: the Wesel plan has refused lines: ${JSON.stringify(plan.refused.slice(0, 3))}`);
  return { entries: plan.entries, areas: readProductAreas(path.join(WESEL_DIR, 'liste_produkte.csv')) };
}

/** `code;name` lines without header, Latin-1: one- or two-digit codes are product areas (longer ones groups). */
function readProductAreas(file: string): Map<string, string> {
  const text = new TextDecoder('latin1').decode(fs.readFileSync(file));
  const areas = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const [code = '', name = ''] = line.split(';');
    if (/^\d{1,2}$/.test(code) && name) areas.set(code, name);
  }
  return areas;
}

/**
 * The product area of a profit centre: its digits are area, two-digit group and two-digit product
 * (`120102` → area 12). Returns e.g. `12 Verkehrsflächen und -anlagen`, or "" if unknown.
 */
export function productArea(areas: Map<string, string>, profitCenter: string): string {
  if (!/^\d{5,6}$/.test(profitCenter)) return '';
  const code = String(Number(profitCenter.slice(0, -4)));
  const name = areas.get(code);
  return name ? `${code} ${name}` : '';
}

/** The one plan entry of a product (Objektnr.) and account (Kostenart); a content error otherwise. */
export function findPlanEntry(plan: WeselPlan, objectNumber: string, account: string): BudgetPlanEntry {
  const matches = plan.entries.filter((entry) => entry.object === objectNumber && entry.account === account);
  if (matches.length !== 1) {
    throw new Error(`Demo content: ${matches.length} plan entries for Objektnr. ${objectNumber}, Kostenart ${account} (expected 1)`);
  }
  return matches[0]!;
}
