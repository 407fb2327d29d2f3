/**
 * The storefront's server-side configuration, read once. Only the Next server reads these (route handlers, server
 * components, the proxy); nothing here reaches the browser.
 */
function parse() {
  const env = process.env;
  const routerUrl = env.ROUTER_URL ?? 'http://127.0.0.1:8000/graphql';
  try {
    new URL(routerUrl);
  } catch {
    throw new Error(`ROUTER_URL is not a URL: ${routerUrl}`);
  }
  return {
    /** The router's GraphQL endpoint, seen from the Next server. */
    routerUrl,
    /** Cookies carry `Secure` (set COOKIE_SECURE=true behind HTTPS). */
    secureCookies: env.COOKIE_SECURE === 'true',
    /** Test cards are listed on the payment step unless the platform runs in production. */
    showTestCards: (env.ZERO_PLATFORM_ENV ?? 'development') !== 'production',
    /** Seconds a catalog page's data is reused before it is fetched again. */
    catalogRevalidateSeconds: Number(env.CATALOG_REVALIDATE_SECONDS ?? 30),
    /**
     * How long one request to the router may take before the shopper is told the shop could not be reached: a hung
     * router must not leave a page blank or a button spinning. Above the router's own REQUEST_DEADLINE_MS (20 s), which
     * answers first whenever the router itself is working.
     */
    routerTimeoutMs: positiveInteger('ROUTER_TIMEOUT_MS', env.ROUTER_TIMEOUT_MS, 25_000),
  };
}

/** A setting that must be a whole number above zero; unset (or empty) gives the default. */
function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number above zero: ${value}`);
  return n;
}

export const config = parse();
