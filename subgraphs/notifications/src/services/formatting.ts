/**
 * How amounts and times read in a notification: money in its currency, times in the user's timezone, both in the
 * user's locale. A timezone or locale the runtime does not know falls back to UTC or en-US rather than failing a send.
 */

/** Money as integer minor units, as everywhere on the platform. */
export interface MoneyValue {
  amount: number;
  currency: string;
}

function safeLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en-US';
  } catch {
    return 'en-US';
  }
}

function safeTimeZone(timezone: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: timezone });
    return timezone;
  } catch {
    return 'UTC';
  }
}

/** `$106.61` for `{ amount: 10661, currency: 'USD' }` in en-US. */
export function formatMoney(money: MoneyValue, locale: string): string {
  const format = new Intl.NumberFormat(safeLocale(locale), { style: 'currency', currency: money.currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(money.amount / 10 ** digits);
}

/** `Nov 26, 2026, 2:00 AM PST` for 10:00 UTC in America/Los_Angeles, en-US. */
export function formatTime(iso: string | Date, timezone: string, locale: string): string {
  return new Intl.DateTimeFormat(safeLocale(locale), {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: safeTimeZone(timezone),
    timeZoneName: 'short',
  }).format(new Date(iso));
}
