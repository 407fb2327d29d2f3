import { CombinedGraphQLErrors } from '@apollo/client';
import type { UserErrorLike } from '@/lib/errors';

/**
 * Why a mutation brought back no payload: the API's error code when it answered with one (FORBIDDEN once the admin
 * role is taken away, UNAUTHENTICATED once the session has ended), else NETWORK — no usable answer, so whether the
 * change was made is not known.
 */
export function failureOf(error: unknown): UserErrorLike {
  const code = CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions?.code : undefined;
  return { code: typeof code === 'string' ? code : 'NETWORK' };
}
