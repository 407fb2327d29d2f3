import { CONTROL_CHARACTERS_PROBLEM, ErrorCode, hasControlCharacters, isE164Phone, userError, type UserError } from '@zero/service';

/** Input checks of the users subgraph, each answering an INVALID_INPUT user error that names the field. */


/** Trims text; empty becomes null. Undefined stays undefined ("not given"). */
export function clean(value: string | null | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

export class Checker {
  readonly errors: UserError[] = [];

  text(value: string | null | undefined, field: string[], options: { required?: boolean; max?: number } = {}): void {
    if (value == null) {
      if (options.required) this.fail(field, 'is required');
      return;
    }
    if (value.length > (options.max ?? 200)) this.fail(field, `must be at most ${options.max ?? 200} characters`);
    else if (hasControlCharacters(value)) this.fail(field, CONTROL_CHARACTERS_PROBLEM);
  }

  phone(value: string | null | undefined, field: string[]): void {
    if (value != null && !isE164Phone(value)) this.fail(field, 'must be in E.164 form, e.g. +14155550123');
  }

  locale(value: string | null | undefined, field: string[]): void {
    if (value == null) return;
    try {
      if (Intl.getCanonicalLocales(value).length !== 1) throw new RangeError();
    } catch {
      this.fail(field, 'must be a BCP 47 language tag, e.g. en-US');
    }
  }

  timezone(value: string | null | undefined, field: string[]): void {
    if (value == null) return;
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: value });
    } catch {
      this.fail(field, 'must be an IANA time zone, e.g. Europe/Paris');
    }
  }

  private fail(field: string[], problem: string): void {
    this.errors.push(userError(ErrorCode.INVALID_INPUT, `${field[field.length - 1]} ${problem}`, field));
  }
}
