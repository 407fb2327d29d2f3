import type { UserRow } from './db/schema';
import type { SessionResult } from './services/auth-service';
import type { ApiClientRecord } from './services/api-clients';
import type { ErasureStepRow } from './db/schema';
import type { ErasureView } from './services/privacy';

/** The values resolvers pass around for each GraphQL type (read by codegen). */
/** An account as `User` shows it: a row, or the placeholder of an erased account (resolvers/User.ts). */
export type LoadedUser = Pick<UserRow, 'id' | 'email' | 'roles' | 'createdAt'>;
/** A loaded account, or a reference still to be loaded. */
export type UserMapper = LoadedUser | { id: string };
export type SessionMapper = SessionResult;
export type ApiClientMapper = ApiClientRecord;
export type ErasureMapper = ErasureView;
export type ErasureStepMapper = ErasureStepRow;
