import fs from 'node:fs';
import path from 'node:path';
import type { Platform } from './platform';

/** An email the platform wrote as an `.eml` file (no SMTP_URL), read back for a test. */
export interface SentEmail {
  file: string;
  to: string;
  subject: string;
  headers: Record<string, string>;
  /** The plain-text part, decoded. */
  text: string;
  /** The HTML part, decoded. */
  html: string;
}

/** Quoted-printable (RFC 2045), as nodemailer writes long or non-ASCII lines. */
function decodeQuotedPrintable(body: string): string {
  const bytes = Buffer.from(body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1');
  return bytes.toString('utf8');
}

function parseHeaders(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

function decodePart(part: string): { type: string; body: string } {
  const split = part.search(/\r?\n\r?\n/);
  const headers = parseHeaders(part.slice(0, split));
  const raw = part.slice(split).replace(/^\r?\n\r?\n/, '');
  const encoding = headers['content-transfer-encoding']?.toLowerCase();
  const body = encoding === 'quoted-printable' ? decodeQuotedPrintable(raw) : encoding === 'base64' ? Buffer.from(raw, 'base64').toString('utf8') : raw;
  return { type: headers['content-type']?.split(';')[0]?.toLowerCase() ?? 'text/plain', body };
}

/** Reads one `.eml` file: its headers and its text and HTML parts. */
export function readEmail(file: string): SentEmail {
  const source = fs.readFileSync(file, 'utf8');
  const split = source.search(/\r?\n\r?\n/);
  const headers = parseHeaders(source.slice(0, split));
  const boundary = /boundary="?([^";]+)"?/.exec(headers['content-type'] ?? '')?.[1];
  const parts = boundary ? source.split(`--${boundary}`).slice(1, -1).map((p) => decodePart(p.replace(/^\r?\n/, ''))) : [decodePart(source)];
  return {
    file,
    to: headers.to ?? '',
    subject: headers.subject ?? '',
    headers,
    text: parts.find((p) => p.type === 'text/plain')?.body ?? '',
    html: parts.find((p) => p.type === 'text/html')?.body ?? '',
  };
}

/** Every email the platform has written to `address` so far, oldest first. */
export function emailsTo(platform: Platform, address: string): SentEmail[] {
  return emailsInFilesDir(platform.filesDir, address);
}

/** Every email written to `address` under a services' `DATA_DIR` (its `mail/` folder), oldest first. */
export function emailsInFilesDir(filesDir: string, address: string): SentEmail[] {
  const folder = path.join(filesDir, 'mail');
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((f) => readEmail(path.join(folder, f)))
    .filter((mail) => mail.to.toLowerCase().includes(address.toLowerCase()));
}

/** The lines of the platform's SMS log (the built-in provider's file) to `phone`. */
export function textsTo(platform: Platform, phone: string): string[] {
  const file = path.join(platform.filesDir, 'sms.log');
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').split('\n').filter((line) => line.split('\t')[1] === phone);
}
