import { describe, expect, test } from '@jest/globals';
import { isSameOrigin } from './same-origin';

const headers = (values: Record<string, string>) => new Headers(values);

describe('requests that change something come from the storefront itself', () => {
  test("a browser's Sec-Fetch-Site decides", () => {
    expect(isSameOrigin(headers({ 'sec-fetch-site': 'same-origin' }))).toBe(true);
    expect(isSameOrigin(headers({ 'sec-fetch-site': 'none' }))).toBe(true);
    // Same site is not same origin: a sibling subdomain is refused too.
    for (const site of ['same-site', 'cross-site']) expect(isSameOrigin(headers({ 'sec-fetch-site': site, origin: 'http://shop.example', host: 'shop.example' }))).toBe(false);
  });

  test('without it, the Origin must name the host the request was sent to', () => {
    expect(isSameOrigin(headers({ origin: 'https://shop.example', host: 'shop.example' }))).toBe(true);
    expect(isSameOrigin(headers({ origin: 'https://shop.example', host: 'web:3000', 'x-forwarded-host': 'shop.example' }))).toBe(true);
    expect(isSameOrigin(headers({ origin: 'https://evil.example', host: 'shop.example' }))).toBe(false);
    expect(isSameOrigin(headers({ origin: 'https://shop.example.evil.example', host: 'shop.example' }))).toBe(false);
    expect(isSameOrigin(headers({ origin: 'null', host: 'shop.example' }))).toBe(false);
    expect(isSameOrigin(headers({ origin: 'not a url', host: 'shop.example' }))).toBe(false);
  });

  test('with neither header (a script, curl) nothing marks it cross-site', () => {
    expect(isSameOrigin(headers({ host: 'shop.example' }))).toBe(true);
  });
});
