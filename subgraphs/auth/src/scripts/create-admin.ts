/**
 * `npm run create-admin -- --email <e> --password <p>`: creates an admin (or makes an existing account an admin
 * with this password, which signs out every session it had when the password is new: a way to lock out whoever holds
 * a leaked one) in the configured auth database — the embedded one in .data/auth unless DATABASE_URL or
 * AUTH_DATABASE_URL says otherwise. Admins are never created through `register`.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createLogger, openDatabase, resolveDatabaseTarget, describeTarget } from '@zero/service';
import { tables } from '../db/schema';
import { AuthService } from '../services/auth-service';
import { checkEmail, checkPassword, normalizeEmail } from '../services/credentials-policy';
import { SigningKeys } from '../services/signing-keys';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { email: { type: 'string' }, password: { type: 'string' } } });
  if (!values.email || !values.password) {
    console.error('usage: npm run create-admin -- --email <email> --password <password>');
    process.exitCode = 2;
    return;
  }
  const email = normalizeEmail(values.email);
  const problem = checkEmail(email, ['email']) ?? checkPassword(values.password, ['password']);
  if (problem) {
    console.error(problem.message);
    process.exitCode = 2;
    return;
  }
  // The same folder npm start uses: by default the repository's .data; a relative DATA_DIR from where npm was run
  // (INIT_CWD), not from this workspace's folder, where npm runs the script.
  const given = process.env.DATA_DIR;
  const dataDir = given ? path.resolve(process.env.INIT_CWD ?? process.cwd(), given) : path.resolve(__dirname, '../../../../.data');
  const env = { ...process.env, DATA_DIR: dataDir };
  const target = resolveDatabaseTarget('auth', env);
  const database = await openDatabase({ target, schema: tables, migrationsFolder: path.join(__dirname, '../db/migrations') });
  try {
    const keys = await SigningKeys.fromDatabase(database.db);
    const cost = Number(process.env.BCRYPT_COST ?? 12);
    const auth = new AuthService(database.db, keys, { bcryptCost: cost, loginRatePerEmail: 1, loginRatePerIp: 1 }, createLogger('create-admin', 'warn'));
    const user = await auth.upsertAccount(email, values.password, ['CUSTOMER', 'ADMIN']);
    console.log(`Admin ${user.email} (${user.id}) is ready in ${describeTarget(target)}.`);
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(`create-admin failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
});
