import fs from 'node:fs';
import path from 'node:path';
import { FILES_DIR } from './mail';

/**
 * Where e2e/serve.ts writes the router's URL (the platform starts on free ports), so that a spec can call the API
 * directly, as a partner's app does, rather than through the storefront.
 */
export const ROUTER_URL_FILE = path.join(FILES_DIR, 'router-url');

/** Sends a freeform document to the router with a partner's API key; answers the HTTP status and the error codes. */
export async function asPartner(apiKey: string, query = '{ __typename }'): Promise<{ status: number; codes: string[] }> {
  const response = await fetch(fs.readFileSync(ROUTER_URL_FILE, 'utf8').trim(), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return { status: response.status, codes: (body.errors ?? []).map((e) => e.extensions?.code ?? '') };
}
