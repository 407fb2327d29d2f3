import type { Channel, NotificationKind } from '../db/schema';
import type { Contact } from './contacts';

/**
 * What is sent, by which channel, and when the user's preferences forbid it — the contract's rules in one place:
 * - WELCOME: email and in-app, always. PASSWORD_RESET: email only, always (the user just asked for it).
 * - PASSWORD_CHANGED: email and in-app, unless `securityAlerts` is off.
 * - Orders, payments and refunds: always in-app; by email when `orderUpdates` is on; ORDER_SHIPPED also by SMS when
 *   `smsNotifications` is on and the profile has a phone.
 * - ANNOUNCEMENT: by the channels the admin chose, only while `marketingEmails` is on; SMS as for ORDER_SHIPPED.
 * A channel that is forbidden (or has no address) is still recorded, as SUPPRESSED with the reason.
 */
export type ChannelDecision = { channel: Channel; send: true } | { channel: Channel; send: false; reason: string };

const ORDER_KINDS: ReadonlySet<NotificationKind> = new Set(['ORDER_CONFIRMED', 'PAYMENT_RECEIPT', 'ORDER_SHIPPED', 'ORDER_DELIVERED', 'ORDER_CANCELLED', 'REFUND_ISSUED']);

const send = (channel: Channel): ChannelDecision => ({ channel, send: true });
const suppress = (channel: Channel, reason: string): ChannelDecision => ({ channel, send: false, reason });
const when = (channel: Channel, allowed: boolean, reason: string) => (allowed ? send(channel) : suppress(channel, reason));

/** The channels of one notification for one user: each to send, or suppressed with why. */
export function decideChannels(kind: NotificationKind, contact: Contact, announcementChannels: readonly Channel[] = []): ChannelDecision[] {
  const prefs = contact.preferences;
  const sms = () => (prefs.smsNotifications ? when('SMS', contact.phone !== null, 'no phone number in the profile') : suppress('SMS', 'smsNotifications is off'));
  const decisions: ChannelDecision[] = (() => {
    if (kind === 'WELCOME') return [send('EMAIL'), send('IN_APP')];
    if (kind === 'PASSWORD_RESET') return [send('EMAIL')];
    if (kind === 'PASSWORD_CHANGED') return ['EMAIL', 'IN_APP'].map((c) => when(c as Channel, prefs.securityAlerts, 'securityAlerts is off'));
    if (ORDER_KINDS.has(kind)) {
      const channels = [send('IN_APP'), when('EMAIL', prefs.orderUpdates, 'orderUpdates is off')];
      return kind === 'ORDER_SHIPPED' ? [...channels, sms()] : channels;
    }
    // ANNOUNCEMENT
    return announcementChannels.map((channel) => {
      if (!prefs.marketingEmails) return suppress(channel, 'marketingEmails is off');
      return channel === 'SMS' ? sms() : send(channel);
    });
  })();
  // Nowhere to send an email (an account that no longer exists): recorded, not sent.
  return decisions.map((d) => (d.channel === 'EMAIL' && d.send && contact.email === null ? suppress('EMAIL', 'no email address') : d));
}
