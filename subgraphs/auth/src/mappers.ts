import type { UserRow } from './db/schema';
import type { SessionResult } from './services/auth-service';
import type { ApiClientRecord } from './services/api-clients';
import type { ErasureStepRow } from './db/schema';
import type { ErasureView } from './services/privacy';

/** The values resolvers pass around for each GraphQL type (read by codegen). */
export type UserMapper = UserRow | { id: string };
export type SessionMapper = SessionResult;
export type ApiClientMapper = ApiClientRecord;
export type ErasureMapper = ErasureView;
export type ErasureStepMapper = ErasureStepRow;
