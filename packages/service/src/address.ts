import { CONTROL_CHARACTERS_PROBLEM, hasControlCharacters, isCountryCode, isE164Phone } from './validation';

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

/** A checked address: every part trimmed, the country upper-cased, a US region as its USPS code, empty optional parts null. */
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
/** The order of an address form's fields, which is the order its problems are listed in. */
const FORM_ORDER: AddressField[] = ['recipientName', 'line1', 'line2', 'city', 'region', 'postalCode', 'country', 'phone'];

/**
 * The regions of a US address: the states, the District of Columbia, the territories and the armed forces' postal
 * regions, by USPS code. A US address's region is kept as its code, whether it came as the code or as the name
 * (`ca`, `CA.`, `California`, `california`): shipping is priced by the code (orders' shipping zones), and an
 * address autofilled with the state's name must cost what the same address typed with its code costs.
 */
const US_REGIONS: Record<string, string> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut',
  DE: 'Delaware', DC: 'District of Columbia', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois',
  IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland',
  MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri', MT: 'Montana',
  NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York',
  NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania',
  RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah',
  VT: 'Vermont', VA: 'Virginia', WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
  AS: 'American Samoa', GU: 'Guam', MP: 'Northern Mariana Islands', PR: 'Puerto Rico', VI: 'U.S. Virgin Islands',
  UM: 'U.S. Minor Outlying Islands', AA: 'Armed Forces Americas', AE: 'Armed Forces Europe', AP: 'Armed Forces Pacific',
};
/** Letters only, lower-cased: `U.S. Virgin Islands` and `us virgin islands` are one key. */
const regionKey = (text: string) => text.toLowerCase().replace(/[^a-z]/g, '');
const US_REGION_CODES = new Map<string, string>([
  ...Object.keys(US_REGIONS).map((code): [string, string] => [regionKey(code), code]),
  ...Object.entries(US_REGIONS).map(([code, name]): [string, string] => [regionKey(name), code]),
  [regionKey('Washington DC'), 'DC'],
  [regionKey('Virgin Islands'), 'VI'],
]);

/** The USPS code of a US region given by its code or its name, or null when it names none. */
export function usRegionCode(region: string): string | null {
  return US_REGION_CODES.get(regionKey(region)) ?? null;
}

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
  for (const field of [...REQUIRED, 'line2'] as const) {
    const text = value[field];
    if (text && hasControlCharacters(text) && !problems.some((p) => p.field === field)) problems.push({ field, message: `${field} ${CONTROL_CHARACTERS_PROBLEM}` });
  }
  if (!isCountryCode(value.country)) problems.push({ field: 'country', message: 'country must be an ISO 3166-1 alpha-2 code, e.g. US' });
  if (value.country === 'US' && value.region && !problems.some((p) => p.field === 'region')) {
    const code = usRegionCode(value.region);
    if (code) value.region = code;
    else problems.push({ field: 'region', message: 'region must be a US state or territory, by its code or its name (e.g. CA or California)' });
  }
  if (value.phone && !isE164Phone(value.phone)) problems.push({ field: 'phone', message: 'phone must be in E.164 form, e.g. +14155550123' });
  problems.sort((x, y) => FORM_ORDER.indexOf(x.field) - FORM_ORDER.indexOf(y.field));
  return { value, problems };
}
