/**
 * Publishes a persisted query manifest as an API client's operation list, or as the public list, through the router.
 *
 *   npm run operations:publish -- --manifest <file> [--client <apiClientId>|public] [--router http://localhost:8000]
 *
 * Signs in with ZERO_ADMIN_EMAIL / ZERO_ADMIN_PASSWORD, or uses an access token from --token / ZERO_ADMIN_TOKEN.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';

const USAGE = 'usage: npm run operations:publish -- --manifest <file> [--client <apiClientId>|public] [--router <url>] [--token <accessToken>]';

async function graphql(router: string, query: string, variables: Record<string, unknown>, token?: string) {
  const res = await fetch(new URL('/graphql', router), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json().catch(() => null)) as { data?: any; errors?: { message: string }[] } | null;
  if (!body?.data) throw new Error(body?.errors?.map((e) => e.message).join('; ') ?? `HTTP ${res.status} from ${router}`);
  return body.data;
}

async function signIn(router: string): Promise<string> {
  const email = process.env.ZERO_ADMIN_EMAIL;
  const password = process.env.ZERO_ADMIN_PASSWORD;
  if (!email || !password) throw new Error('Set ZERO_ADMIN_EMAIL and ZERO_ADMIN_PASSWORD, or pass --token / ZERO_ADMIN_TOKEN');
  const { login } = await graphql(router, 'mutation($input: LoginInput!) { login(input: $input) { session { accessToken } userErrors { code message } } }', {
    input: { email, password },
  });
  if (!login.session) throw new Error(`Sign-in failed: ${login.userErrors.map((e: { message: string }) => e.message).join('; ')}`);
  return login.session.accessToken;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { manifest: { type: 'string' }, client: { type: 'string', default: 'public' }, router: { type: 'string', default: 'http://localhost:8000' }, token: { type: 'string' } },
  });
  if (!values.manifest) {
    console.error(USAGE);
    return 1;
  }
  const manifest = fs.readFileSync(values.manifest, 'utf8');
  const clientId = values.client === 'public' ? null : values.client;
  const token = values.token ?? process.env.ZERO_ADMIN_TOKEN ?? (await signIn(values.router!));
  const { publishOperationList: payload } = await graphql(
    values.router!,
    `mutation($clientId: ID, $manifest: String!) { publishOperationList(clientId: $clientId, manifest: $manifest) {
      list { version operationCount } userErrors { code message } } }`,
    { clientId, manifest },
    token,
  );
  if (payload.userErrors.length) {
    for (const e of payload.userErrors) console.error(`${e.code}: ${e.message}`);
    return 1;
  }
  console.log(`Published ${clientId ? `the list of API client ${clientId}` : 'the public list'}: version ${payload.list.version}, ${payload.list.operationCount} operation${payload.list.operationCount === 1 ? "" : "s"}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
