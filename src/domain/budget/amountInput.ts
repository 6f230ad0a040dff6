import { parseMoneyToCents, type MoneyInputResult } from '../numberInput';

const CURRENCY = /^(?:€|eur|euro)\s*|\s*(?:€|eur|euro)$/gi;
const ONE_THOUSANDS_GROUP = /^([+\-\u2212]?\d{1,3})\.(\d{3})$/;

/**
 * A budget amount in euros: `25.000`, `25.000,50 €`, `25000`, `2.500,5`. In budget amounts a point
 * before exactly three digits is the German thousands point (euros have two decimals, not three),
 * so `25.000` is 25,000 €; anything else that reads two ways is refused with both readings.
 */
export function parseBudgetAmount(text: string): MoneyInputResult {
  const trimmed = text.trim();
  const bare = trimmed.replace(CURRENCY, '');
  const grouped = ONE_THOUSANDS_GROUP.exec(bare);
  return parseMoneyToCents(grouped ? `${grouped[1]}${grouped[2]}` : trimmed);
}
