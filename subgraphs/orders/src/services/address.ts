import { isCountryCode, isE164Phone } from '@zero/service';
import type { AddressSnapshot } from '../db/schema';

export interface AddressInput {
  recipientName: string; line1: string; line2?: string | null; city: string; region: string;
  postalCode: string; country: string; phone?: string | null;
}


/** Trims and checks a shipping address; problems name the field. */
export function checkAddress(input: AddressInput): { value: AddressSnapshot; problems: Array<{ field: string; message: string }> } {
  const text = (v: string | null | undefined) => (v == null ? null : v.trim() || null);
  const value: AddressSnapshot = {
    recipientName: text(input.recipientName) ?? '',
    line1: text(input.line1) ?? '',
    line2: text(input.line2),
    city: text(input.city) ?? '',
    region: text(input.region) ?? '',
    postalCode: text(input.postalCode) ?? '',
    country: (text(input.country) ?? '').toUpperCase(),
    phone: text(input.phone),
  };
  const problems: Array<{ field: string; message: string }> = [];
  for (const field of ['recipientName', 'line1', 'city', 'region', 'postalCode'] as const) {
    if (!value[field]) problems.push({ field, message: `${field} is required` });
    else if (value[field].length > 200) problems.push({ field, message: `${field} is too long` });
  }
  if (value.line2 && value.line2.length > 200) problems.push({ field: 'line2', message: 'line2 is too long' });
  if (!isCountryCode(value.country)) {
    problems.push({ field: 'country', message: 'country must be an ISO 3166-1 alpha-2 code, e.g. US' });
  }
  if (value.phone && !isE164Phone(value.phone)) problems.push({ field: 'phone', message: 'phone must be in E.164 form' });
  return { value, problems };
}
