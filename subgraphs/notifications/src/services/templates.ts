import type { NotificationEventKind, NotificationEventPayload } from '@zero/service';
import type { NotificationKind } from '../db/schema';
import type { Contact } from './contacts';
import { formatMoney, formatTime } from './formatting';

/**
 * The templates: what each kind of notification says, with the user's name, amounts as money and times in the user's
 * timezone. A template gives the content once; {@link renderEmail} lays it out as HTML and as plain text, and the
 * in-app inbox and SMS use its title, text and link.
 */

/** What one notification says, whatever the channel. */
export interface NotificationContent {
  /** The email's subject and the in-app title. */
  title: string;
  /** Paragraphs of plain text (the in-app body joins them). */
  paragraphs: string[];
  /** The one thing to do next, if any: a button in HTML, a line in text, the in-app link. */
  action: { label: string; url: string } | null;
  /** The text message, for kinds sent by SMS. */
  sms: string;
}

/** What a template is given besides the event: where the storefront is. */
export interface TemplateContext {
  storefrontUrl: string;
}

/** An announcement as its admin wrote it. */
export interface AnnouncementText {
  title: string;
  body: string;
}

type Payload<K extends NotificationEventKind> = NotificationEventPayload<K>;
type Templates = { [K in NotificationEventKind]: (payload: Payload<K>, contact: Contact, ctx: TemplateContext) => NotificationContent };

const url = (ctx: TemplateContext, path: string) => new URL(path.replace(/^\//, ''), ctx.storefrontUrl.endsWith('/') ? ctx.storefrontUrl : `${ctx.storefrontUrl}/`).toString();
const money = (m: { amount: number; currency: string }, c: Contact) => formatMoney(m, c.preferences.locale);
const time = (at: string, c: Contact) => formatTime(at, c.preferences.timezone, c.preferences.locale);
const CARD_BRANDS: Record<string, string> = { visa: 'Visa', mastercard: 'Mastercard', amex: 'American Express', discover: 'Discover' };
const cardName = (brand: string) => CARD_BRANDS[brand.toLowerCase()] ?? brand;
const orderLink = (ctx: TemplateContext, orderId: string) => ({ label: 'View your order', url: url(ctx, `/account/orders/${orderId}`) });

const TEMPLATES: Templates = {
  WELCOME: (p, c, ctx) => ({
    title: 'Welcome to Project Zero',
    paragraphs: [`Your account was created on ${time(p.at, c)}.`, 'Browse the catalog, fill your cart and check out whenever you are ready.'],
    action: { label: 'Start shopping', url: url(ctx, '/') },
    sms: 'Welcome to Project Zero.',
  }),
  PASSWORD_RESET: (p, c) => ({
    title: 'Reset your password',
    paragraphs: [
      `Someone — hopefully you — asked to reset your password on ${time(p.at, c)}.`,
      `The link below works once, until ${time(p.expiresAt, c)}. If you did not ask for it, ignore this email: your password stays as it is.`,
    ],
    action: { label: 'Choose a new password', url: p.resetUrl },
    sms: 'A password reset was requested for your account.',
  }),
  PASSWORD_CHANGED: (p, c, ctx) => ({
    title: 'Your password was changed',
    paragraphs: [
      `Your password was ${p.reset ? 'reset' : 'changed'} on ${time(p.at, c)}, and every other session was signed out.`,
      'If this was not you, reset your password at once and contact us.',
    ],
    action: { label: 'Go to your account', url: url(ctx, '/account') },
    sms: 'Your Project Zero password was changed.',
  }),
  ORDER_CONFIRMED: (p, c, ctx) => ({
    title: `Order ${p.orderNumber} is confirmed`,
    paragraphs: [`Thank you! We received your payment for order ${p.orderNumber} on ${time(p.at, c)}.`, `Order total: ${money(p.total, c)}.`],
    action: orderLink(ctx, p.orderId),
    sms: `Order ${p.orderNumber} is confirmed (${money(p.total, c)}).`,
  }),
  ORDER_SHIPPED: (p, c, ctx) => ({
    title: `Order ${p.orderNumber} is on its way`,
    paragraphs: [`Your order ${p.orderNumber} (${money(p.total, c)}) shipped on ${time(p.at, c)}.`],
    action: orderLink(ctx, p.orderId),
    sms: `Project Zero: order ${p.orderNumber} shipped on ${time(p.at, c)}.`,
  }),
  ORDER_DELIVERED: (p, c, ctx) => ({
    title: `Order ${p.orderNumber} was delivered`,
    paragraphs: [`Your order ${p.orderNumber} was delivered on ${time(p.at, c)}. We hope you enjoy it.`],
    action: orderLink(ctx, p.orderId),
    sms: `Project Zero: order ${p.orderNumber} was delivered.`,
  }),
  ORDER_CANCELLED: (p, c, ctx) => ({
    title: `Order ${p.orderNumber} was cancelled`,
    paragraphs: [
      `Your order ${p.orderNumber} (${money(p.total, c)}) was cancelled on ${time(p.at, c)}${p.reason ? `: ${p.reason}` : '.'}`,
      'Anything you paid for it is refunded to your card.',
    ],
    action: orderLink(ctx, p.orderId),
    sms: `Project Zero: order ${p.orderNumber} was cancelled.`,
  }),
  PAYMENT_RECEIPT: (p, c, ctx) => ({
    title: `Receipt for your payment of ${money(p.amount, c)}`,
    paragraphs: [
      `We charged ${money(p.amount, c)}${p.card ? ` to your ${cardName(p.card.brand)} ending in ${p.card.last4}` : ''} on ${time(p.at, c)}.`,
      `Payment reference: ${p.paymentId}.`,
    ],
    action: orderLink(ctx, p.orderId),
    sms: `Project Zero: payment of ${money(p.amount, c)} received.`,
  }),
  REFUND_ISSUED: (p, c, ctx) => ({
    title: `Refund of ${money(p.amount, c)} issued`,
    paragraphs: [`We refunded ${money(p.amount, c)} on ${time(p.at, c)}. It reaches your card within a few business days.`, `Refund reference: ${p.refundId}.`],
    action: orderLink(ctx, p.orderId),
    sms: `Project Zero: refund of ${money(p.amount, c)} issued.`,
  }),
};

/** The content of an event's notification for one user. */
export function renderEvent<K extends NotificationEventKind>(kind: K, payload: Payload<K>, contact: Contact, ctx: TemplateContext): NotificationContent {
  return (TEMPLATES[kind] as (p: Payload<K>, c: Contact, x: TemplateContext) => NotificationContent)(payload, contact, ctx);
}

/** The content of an announcement: the admin's text, paragraphs split on blank lines. */
export function renderAnnouncement(announcement: AnnouncementText): NotificationContent {
  const paragraphs = announcement.body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return { title: announcement.title, paragraphs, action: null, sms: `${announcement.title}: ${paragraphs[0] ?? ''}`.slice(0, 320) };
}

/** An email ready to send: subject, plain-text and HTML parts, and extra headers. */
export interface EmailMessage {
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/**
 * Lays content out as an email with a greeting by name. An announcement carries its unsubscribe link in the footer
 * and in `List-Unsubscribe` headers (RFC 8058 one-click).
 */
export function renderEmail(kind: NotificationKind, content: NotificationContent, contact: Contact, unsubscribeUrl: string | null): EmailMessage {
  const greeting = contact.name ? `Hello ${contact.name},` : 'Hello,';
  const footer = unsubscribeUrl
    ? `You receive this because you opted in to news from Project Zero. Unsubscribe: ${unsubscribeUrl}`
    : kind === 'PASSWORD_RESET' || kind === 'PASSWORD_CHANGED' || kind === 'WELCOME'
      ? 'You receive this because of your Project Zero account.'
      : 'You receive this because of your Project Zero orders; choose what we send in your account settings.';
  const text = [
    greeting,
    '',
    ...content.paragraphs.flatMap((p) => [p, '']),
    ...(content.action ? [`${content.action.label}: ${content.action.url}`, ''] : []),
    '— Project Zero',
    '',
    footer,
    '',
  ].join('\n');
  const html = `<!doctype html>
<html lang="${escapeHtml(contact.preferences.locale)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(content.title)}</title></head>
<body style="margin:0;padding:24px;background:#f5f5f4;font-family:system-ui,-apple-system,Segoe UI,sans-serif;color:#1c1917">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:32px">
<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(content.title)}</h1>
<p>${escapeHtml(greeting)}</p>
${content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${content.action ? `<p><a href="${escapeHtml(content.action.url)}" style="display:inline-block;background:#1c1917;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none">${escapeHtml(content.action.label)}</a></p>` : ''}
<p>— Project Zero</p>
</div>
<p style="max-width:560px;margin:16px auto 0;font-size:12px;color:#57534e">${
    unsubscribeUrl
      ? `You receive this because you opted in to news from Project Zero. <a href="${escapeHtml(unsubscribeUrl)}">Unsubscribe</a>`
      : escapeHtml(footer)
  }</p>
</body>
</html>
`;
  const headers: Record<string, string> = unsubscribeUrl ? { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {};
  return { subject: content.title, text, html, headers };
}
