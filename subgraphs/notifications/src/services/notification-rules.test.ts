import { decideChannels } from './channel-policy';
import type { Contact } from './contacts';
import { formatMoney, formatTime } from './formatting';
import { maskEmail, maskPhone, redactContacts } from './masking';
import { afterFailure, MAX_ATTEMPTS } from './retry-policy';
import { renderAnnouncement, renderEmail, renderEvent } from './templates';
import { UnsubscribeLinks } from './unsubscribe-links';

const contact = (overrides: Partial<Contact['preferences']> = {}, rest: Partial<Contact> = {}): Contact => ({
  userId: '9b7c1f0e-1d2a-4c3b-8e5f-0a1b2c3d4e5f',
  email: 'ada@example.com',
  name: 'Ada Lovelace',
  phone: '+14155550123',
  preferences: { marketingEmails: false, orderUpdates: true, securityAlerts: true, smsNotifications: false, locale: 'en-US', timezone: 'UTC', ...overrides },
  ...rest,
});
const decided = (...args: Parameters<typeof decideChannels>) => decideChannels(...args).map((d) => `${d.channel}:${d.send ? 'send' : 'suppressed'}`);

describe('what is sent, by which channel', () => {
  test('account notifications', () => {
    expect(decided('WELCOME', contact({ securityAlerts: false }))).toEqual(['EMAIL:send', 'IN_APP:send']);
    expect(decided('PASSWORD_RESET', contact({ securityAlerts: false, orderUpdates: false }))).toEqual(['EMAIL:send']);
    expect(decided('PASSWORD_CHANGED', contact())).toEqual(['EMAIL:send', 'IN_APP:send']);
    expect(decided('PASSWORD_CHANGED', contact({ securityAlerts: false }))).toEqual(['EMAIL:suppressed', 'IN_APP:suppressed']);
  });

  test('orders: always in-app, email with orderUpdates, SMS for shipping with smsNotifications and a phone', () => {
    expect(decided('ORDER_CONFIRMED', contact({ orderUpdates: false }))).toEqual(['IN_APP:send', 'EMAIL:suppressed']);
    expect(decided('REFUND_ISSUED', contact())).toEqual(['IN_APP:send', 'EMAIL:send']);
    expect(decided('ORDER_SHIPPED', contact())).toEqual(['IN_APP:send', 'EMAIL:send', 'SMS:suppressed']);
    expect(decided('ORDER_SHIPPED', contact({ smsNotifications: true }))).toEqual(['IN_APP:send', 'EMAIL:send', 'SMS:send']);
    expect(decided('ORDER_SHIPPED', contact({ smsNotifications: true }, { phone: null }))).toEqual(['IN_APP:send', 'EMAIL:send', 'SMS:suppressed']);
  });

  test('announcements only with marketingEmails; no email address means suppressed', () => {
    expect(decided('ANNOUNCEMENT', contact(), ['EMAIL', 'IN_APP'])).toEqual(['EMAIL:suppressed', 'IN_APP:suppressed']);
    expect(decided('ANNOUNCEMENT', contact({ marketingEmails: true }), ['EMAIL', 'SMS'])).toEqual(['EMAIL:send', 'SMS:suppressed']);
    expect(decided('WELCOME', contact({}, { email: null }))).toEqual(['EMAIL:suppressed', 'IN_APP:send']);
  });
});

describe('templates', () => {
  const order = { userId: 'u', at: '2026-11-26T10:00:00.000Z', orderId: 'o-1', orderNumber: 'ORD-202611-ABCDEFGH', total: { amount: 10661, currency: 'USD' } };

  test('money as money and times in the user’s timezone', () => {
    expect(formatMoney({ amount: 10661, currency: 'USD' }, 'en-US')).toBe('$106.61');
    expect(formatMoney({ amount: 500, currency: 'JPY' }, 'en-US')).toBe('¥500');
    expect(formatTime('2026-11-26T10:00:00.000Z', 'America/Los_Angeles', 'en-US')).toBe('Nov 26, 2026, 2:00 AM PST');
    expect(formatTime('2026-11-26T10:00:00.000Z', 'Not/AZone', 'en-US')).toBe('Nov 26, 2026, 10:00 AM UTC');
    const content = renderEvent('ORDER_CONFIRMED', order, contact({ timezone: 'Asia/Tokyo' }), { storefrontUrl: 'https://shop.test' });
    expect(content.title).toBe('Order ORD-202611-ABCDEFGH is confirmed');
    expect(content.paragraphs.join(' ')).toContain('Nov 26, 2026, 7:00 PM GMT+9');
    expect(content.paragraphs.join(' ')).toContain('$106.61');
    expect(content.action?.url).toBe('https://shop.test/account/orders/o-1');
  });

  test('emails greet by name, escape HTML, and announcements carry a one-click unsubscribe link', () => {
    const content = renderAnnouncement({ title: 'Sale <today>', body: 'First & best.\n\nSecond.' });
    expect(content.paragraphs).toEqual(['First & best.', 'Second.']);
    const mail = renderEmail('ANNOUNCEMENT', content, contact(), 'https://n.test/unsubscribe?token=t');
    expect(mail.text).toMatch(/^Hello Ada Lovelace,\n/);
    expect(mail.text).toContain('Unsubscribe: https://n.test/unsubscribe?token=t');
    expect(mail.html).toContain('<h1 style="font-size:20px;margin:0 0 16px">Sale &lt;today&gt;</h1>');
    expect(mail.html).toContain('<p>First &amp; best.</p>');
    expect(mail.headers).toEqual({ 'List-Unsubscribe': '<https://n.test/unsubscribe?token=t>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
    expect(renderEmail('WELCOME', content, contact({}, { name: null }), null).headers).toEqual({});
  });
});

describe('retries', () => {
  test('exponential backoff, at most 5 attempts', () => {
    const now = new Date(0);
    const delays = [1, 2, 3, 4].map((n) => {
      const next = afterFailure(n, { backoffMs: 100, backoffMaxMs: 500 }, now);
      return next.final ? null : next.retryAt.getTime();
    });
    expect(delays).toEqual([100, 200, 400, 500]);
    expect(afterFailure(MAX_ATTEMPTS, { backoffMs: 100, backoffMaxMs: 500 }, now)).toEqual({ final: true });
  });
});

describe('privacy', () => {
  test('addresses and phone numbers are masked, in text too', () => {
    expect(maskEmail('ada@example.com')).toBe('a***@example.com');
    expect(maskPhone('+14155550123')).toBe('+*******0123');
    expect(redactContacts('550 5.1.1 <ada@example.com>: no such user; sms to +1 415 555 0123 failed')).toBe(
      '550 5.1.1 <a***@example.com>: no such user; sms to +*******0123 failed',
    );
  });

  test('unsubscribe tokens name their user and cannot be forged', () => {
    const links = new UnsubscribeLinks('s'.repeat(40), 'https://n.test');
    const token = links.tokenFor('user-1');
    expect(links.verify(token)).toBe('user-1');
    expect(links.linkFor('user-1')).toBe(`https://n.test/unsubscribe?token=${token}`);
    const forged = `${Buffer.from('user-2').toString('base64url')}.${token.split('.')[1]}`;
    expect(links.verify(forged)).toBeNull();
    expect(new UnsubscribeLinks('t'.repeat(40), 'https://n.test').verify(token)).toBeNull();
    expect(links.verify('garbage')).toBeNull();
  });
});
