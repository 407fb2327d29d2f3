import { lt } from 'drizzle-orm';
import { deleteInBatches, type Database, type Job } from '@zero/service';
import { passwordResetTokens, refreshTokens, type tables } from './schema';

/**
 * Refresh tokens past their expiry (rotated, revoked or unused alike) answer as invalid whether their row exists or
 * not; they are kept `retentionDays` after expiry for inquiries, then deleted.
 */
export function refreshTokenRetention(db: Database<typeof tables>, retentionDays: number): Job {
  return {
    name: 'refresh token retention',
    run: () => deleteInBatches(db, refreshTokens, lt(refreshTokens.expiresAt, new Date(Date.now() - retentionDays * 86_400_000))),
  };
}

/** Password reset tokens past their expiry can no longer be used, whatever became of them: they are deleted. */
export function passwordResetTokenRetention(db: Database<typeof tables>): Job {
  return {
    name: 'password reset token retention',
    run: () => deleteInBatches(db, passwordResetTokens, lt(passwordResetTokens.expiresAt, new Date())),
  };
}
