import type { EmailMessage } from './templates';

/** What a PENDING delivery will send (kept in `deliveries.message` until the delivery is SENT or FAILED). */
export type DeliveryMessage = ({ channel: 'EMAIL' } & EmailMessage) | { channel: 'SMS'; text: string };
