import DataLoader from 'dataloader';
import type { DeliveryAttemptRow, NotificationRow } from './db/schema';
import type { DeliveryLog } from './services/delivery-log';
import type { Inbox } from './services/inbox';

/** Per-request batching: one statement for every unread count, notification or attempt log a request touches. */
export function createLoaders({ inbox, log }: { inbox: Inbox; log: DeliveryLog }) {
  return {
    unreadCount: new DataLoader<string, number>((userIds) => inbox.unreadCounts(userIds)),
    notification: new DataLoader<string, NotificationRow | null>((ids) => inbox.byIds(ids)),
    attempts: new DataLoader<string, DeliveryAttemptRow[]>((deliveryIds) => log.attemptsOf(deliveryIds)),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
