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
