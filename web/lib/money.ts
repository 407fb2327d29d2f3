const formatters = new Map<string, Intl.NumberFormat>();

/** Integer minor units → "$89.97". */
export function formatMoney(money: { amount: number; currency: string }): string {
  let format = formatters.get(money.currency);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { style: 'currency', currency: money.currency });
    formatters.set(money.currency, format);
  }
  return format.format(money.amount / 100);
}

/**
 * What an admin typed as a USD price → integer cents, or null when it is not one: "12.99", "12", "$1,299.00"
 * (an optional leading "$", commas only between groups of three digits, at most two decimals).
 */
export function parseDollars(text: string): number | null {
  const match = /^\$?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  return Number(match[1]!.replaceAll(',', '')) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** Cents as an admin would type them in a dollar box, for `parseDollars` to read back: 2485 → "24.85". */
export function dollarsText(cents: number): string {
  return (cents / 100).toFixed(2);
}
