import { GraphQLError } from 'graphql';

/**
 * Every error code the platform answers with, in one place. Codes of exceptional errors travel in
 * `extensions.code`; codes of expected business failures travel in `UserError.code`.
 */
export const ErrorCode = {
  // GraphQL errors (extensions.code)
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  RATE_LIMITED: 'RATE_LIMITED',
  // User errors shared by several subgraphs
  INVALID_INPUT: 'INVALID_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  LIMIT_REACHED: 'LIMIT_REACHED',
  // Identity
  INVALID_EMAIL: 'INVALID_EMAIL',
  WEAK_PASSWORD: 'WEAK_PASSWORD',
  EMAIL_TAKEN: 'EMAIL_TAKEN',
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  ACCOUNT_LOCKED: 'ACCOUNT_LOCKED',
  INVALID_REFRESH_TOKEN: 'INVALID_REFRESH_TOKEN',
  /** A password reset token that is unknown, used, voided by a newer one, or expired. */
  INVALID_TOKEN: 'INVALID_TOKEN',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An expected business failure, returned as data in a payload's `userErrors`. */
export interface UserError {
  code: string;
  message: string;
  field: string[] | null;
}

export function userError(code: string, message: string, field?: string[]): UserError {
  return { code, message, field: field ?? null };
}

/** A payload that failed: no object, the given errors. */
export function failure<K extends string>(key: K, ...errors: UserError[]): { [P in K]: null } & { userErrors: UserError[] } {
  return { [key]: null, userErrors: errors } as { [P in K]: null } & { userErrors: UserError[] };
}

export function unauthenticated(message = 'Sign in to do this'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
}

export function forbidden(message = 'You are not allowed to do this'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });
}

export function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT } });
}

/**
 * GraphQL's variable coercion errors repeat the submitted value ("Variable "$input" got invalid value { number:
 * "4242…" }"), which may be a password or a card number. Keep the variable, the path and the reason; drop the value.
 */
export function redactVariableValues(message: string): string {
  const match = /^Variable "(\$\w+)" got invalid value /.exec(message);
  if (!match) return message;
  const at = / at "([\w.[\]]+)"/.exec(message)?.[1];
  const reason = /; (Field "\w+" of required type "[^"]+" was not provided|Field "\w+" is not defined by type "\w+"|Expected type "\w+"[^.;]*|[^;]*cannot represent[^;]*)\.?$/.exec(message)?.[1];
  return `Variable "${match[1]}" has an invalid value${at ? ` at "${at}"` : ''}${reason ? `: ${reason.replace(/: .*$/, '')}` : ''}.`;
}
