/**
 * Card number rules: normalisation, the Luhn check, the brand from the number's prefix (IIN ranges), expiry.
 * Pure functions; nothing here keeps, logs or echoes a number.
 */

/** Digits only (spaces and dashes removed), or null when anything else is in the way. */
export function normaliseNumber(raw: string): string | null {
  const digits = raw.replace(/[\s-]/g, '');
  return /^\d{12,19}$/.test(digits) ? digits : null;
}

/** The Luhn (mod 10) checksum every card number carries in its last digit. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/**
 * Whether normalised digits can be a card's number: the checksum works out, and it starts with a digit card networks
 * issue from. ISO/IEC 7812 keeps a leading 0 for other industries, so no card starts with it — which also refuses the
 * all-zero number, whose checksum trivially works out.
 */
export function isCardNumber(digits: string): boolean {
  return /^[1-9]/.test(digits) && passesLuhn(digits);
}

export type CardBrand = 'visa' | 'mastercard' | 'amex' | 'discover' | 'diners' | 'jcb' | 'unionpay' | 'unknown';

/** The card network, from the number's issuer identification prefix. */
export function brandOf(digits: string): CardBrand {
  const two = Number(digits.slice(0, 2));
  const three = Number(digits.slice(0, 3));
  const four = Number(digits.slice(0, 4));
  const six = Number(digits.slice(0, 6));
  if (digits.startsWith('4')) return 'visa';
  if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) return 'mastercard';
  if (two === 34 || two === 37) return 'amex';
  if (four === 6011 || two === 65 || (three >= 644 && three <= 649) || (six >= 622126 && six <= 622925)) return 'discover';
  if ((three >= 300 && three <= 305) || two === 36 || two === 38 || two === 39) return 'diners';
  if (four >= 3528 && four <= 3589) return 'jcb';
  if (two === 62) return 'unionpay';
  return 'unknown';
}

/** Two-digit years are read as 20xx. */
export function fullYear(year: number): number {
  return year >= 0 && year < 100 ? 2000 + year : year;
}

/** A card is valid through the last day of its expiry month (UTC). */
export function isExpired(expMonth: number, expYear: number, now = new Date()): boolean {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth() + 1;
  return expYear < year || (expYear === year && expMonth < month);
}

/** The CVC's expected length: four digits on American Express, three elsewhere. */
export function cvcLength(brand: CardBrand): number {
  return brand === 'amex' ? 4 : 3;
}
