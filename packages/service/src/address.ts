import { isCountryCode, isE164Phone } from './validation';

/**
 * What makes a postal address valid, for every subgraph that takes one (a saved address in users, a shipping address
 * in orders). Each subgraph answers the problems with its own contract code — users `INVALID_INPUT`, orders'
 * `placeOrder` `INVALID_ADDRESS` — but both accept and refuse exactly the same addresses, for the same fields.
 */

/** An address as clients send it (`AddressInput`). */
export interface AddressInput {
  recipientName: string;
  line1: string;
  line2?: string | null;
  city: string;
  region: string;
  postalCode: string;
  country: string;
  phone?: string | null;
}

/** A checked address: every part trimmed, the country upper-cased, empty optional parts null. */
export interface Address {
  recipientName: string;
  line1: string;
  line2: string | null;
  city: string;
  region: string;
  postalCode: string;
  country: string;
  phone: string | null;
}

export type AddressField = keyof Address;
export interface AddressProblem {
  field: AddressField;
  message: string;
}

/** Longest accepted text of each part, in characters. */
export const ADDRESS_MAX_LENGTH: Record<Exclude<AddressField, 'country' | 'phone'>, number> = {
  recipientName: 200,
  line1: 200,
  line2: 200,
  city: 200,
  region: 200,
  // The longest postal codes in use are 10 characters; 20 leaves room for spacing without inviting free text.
  postalCode: 20,
};

const REQUIRED = ['recipientName', 'line1', 'city', 'region', 'postalCode'] as const;

/** Trims and checks an address; each problem names its field, in the order of the form. */
export function checkAddress(input: AddressInput): { value: Address; problems: AddressProblem[] } {
  const text = (v: string | null | undefined) => v?.trim() || null;
  const value: Address = {
    recipientName: text(input.recipientName) ?? '',
    line1: text(input.line1) ?? '',
    line2: text(input.line2),
    city: text(input.city) ?? '',
    region: text(input.region) ?? '',
    postalCode: text(input.postalCode) ?? '',
    country: (text(input.country) ?? '').toUpperCase(),
    phone: text(input.phone),
  };
  const problems: AddressProblem[] = [];
  const tooLong = (field: keyof typeof ADDRESS_MAX_LENGTH) => {
    const max = ADDRESS_MAX_LENGTH[field];
    if ((value[field]?.length ?? 0) > max) problems.push({ field, message: `${field} must be at most ${max} characters` });
  };
  for (const field of REQUIRED) {
    if (!value[field]) problems.push({ field, message: `${field} is required` });
    else tooLong(field);
  }
  tooLong('line2');
  if (!isCountryCode(value.country)) problems.push({ field: 'country', message: 'country must be an ISO 3166-1 alpha-2 code, e.g. US' });
  if (value.phone && !isE164Phone(value.phone)) problems.push({ field: 'phone', message: 'phone must be in E.164 form, e.g. +14155550123' });
  return { value, problems };
}
