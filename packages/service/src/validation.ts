/** Checks of values that several subgraphs accept. */

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
/** Codes ISO 3166 reserves for private use or "unknown": never a real destination. */
const RESERVED = /^(AA|Q[M-Z]|X[A-Z]|ZZ)$/;

/** An assigned ISO 3166-1 alpha-2 country code (upper case). */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && !RESERVED.test(code) && regionNames.of(code) !== code;
}

/** A phone number in E.164 form, e.g. +14155550123. */
export function isE164Phone(phone: string): boolean {
  return /^\+[1-9]\d{6,14}$/.test(phone);
}
