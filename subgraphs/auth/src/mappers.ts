import type { UserRow } from './db/schema';
import type { SessionResult } from './services/auth-service';
import type { ApiClientRecord } from './services/api-clients';

/** The values resolvers pass around for each GraphQL type (read by codegen). */
export type UserMapper = UserRow | { id: string };
export type SessionMapper = SessionResult;
export type ApiClientMapper = ApiClientRecord;
