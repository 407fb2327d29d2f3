/**
 * Turns what a shopper typed into a `to_tsquery` text that cannot be malformed: only runs of letters and digits
 * survive (so `&`, `|`, `!`, `:`, quotes, parentheses and backslashes never reach the parser), every word must
 * match, and each word matches as a prefix so "headph" finds "headphones". Returns null when nothing searchable
 * is left. The result is passed as a bound parameter, never spliced into SQL.
 */
export function toPrefixQuery(input: string): string | null {
  const words = input
    .normalize('NFKC')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu);
  if (!words) return null;
  const kept = [...new Set(words.map((w) => w.slice(0, 64)))].slice(0, 12);
  return kept.map((word) => `${word}:*`).join(' & ');
}
