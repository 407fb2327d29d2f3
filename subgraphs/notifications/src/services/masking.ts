/**
 * Addresses and phone numbers never reach a log line, and the delivery log shows them masked. Errors from a mail
 * server or an SMS provider may quote the recipient, so their text is redacted before it is stored or logged.
 */

/** `a***@example.com`. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  return `${email[0]}***${email.slice(at)}`;
}

/** `+*******4567`: the last four digits only. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return `${phone.startsWith('+') ? '+' : ''}${'*'.repeat(Math.max(digits.length - 4, 0))}${digits.slice(-4)}`;
}

const EMAILS = /[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+/g;
const PHONES = /\+?\d[\d\s().-]{6,}\d/g;

/** The text with every email address and phone number in it masked. */
export function redactContacts(text: string): string {
  // Eight digits or more: a phone number, not a status code like `550 5.1.1`.
  return text.replace(EMAILS, maskEmail).replace(PHONES, (match) => (match.replace(/\D/g, '').length >= 8 ? maskPhone(match) : match));
}
