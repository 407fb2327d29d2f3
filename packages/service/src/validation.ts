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

/**
 * Characters no text a person types holds: C0 and C1 control characters (NUL, BEL, ESC, …) and the bidirectional
 * overrides and isolates that make text display in another order than it is stored (a name that reads `evil.exe`
 * backwards). Refused at the edge: they break what the text is later put into (an email, an SVG picture, a log line).
 * Multi-line text (a description, a note) may hold line breaks and tabs; a single line may not.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const LINE_BREAK_OR_TAB = /[\t\n\r\u2028\u2029]/;

/** Whether text holds a character no typed text holds; line breaks and tabs count unless `multiline`. */
export function hasControlCharacters(text: string, options: { multiline?: boolean } = {}): boolean {
  return CONTROL.test(text) || (!options.multiline && LINE_BREAK_OR_TAB.test(text));
}

/** The problem message of such text, after the field's name. */
export const CONTROL_CHARACTERS_PROBLEM = 'must not contain control characters or line breaks';
export const CONTROL_CHARACTERS_PROBLEM_MULTILINE = 'must not contain control characters';
