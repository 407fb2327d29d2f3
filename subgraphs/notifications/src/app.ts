import path from 'node:path';
import { z } from 'zod';
import { retentionEnv, startSubgraph, type Env, type PeriodicJob, type StartOptions, type SubgraphDefinition, subgraphSources } from '@zero/service';
import { eventRetention } from './db/retention';
import { tables } from './db/schema';
import { createLoaders } from './loaders';
import { resolvers } from './resolvers';
import { unsubscribeRoutes } from './routes/unsubscribe';
import { Announcements } from './services/announcements';
import { ContactDirectory } from './services/contacts';
import { DeliveryLog } from './services/delivery-log';
import { Dispatcher } from './services/dispatcher';
import { createEmailTransport, type EmailTransport } from './services/email-channel';
import { EventIntake } from './services/event-intake';
import { Inbox } from './services/inbox';
import { NotificationPrivacy } from './services/privacy';
import { DeliverySender } from './services/sender';
import { FileSmsProvider, type SmsProvider } from './services/sms-channel';
import { UnsubscribeLinks } from './services/unsubscribe-links';
import type { Context } from './context';

const ms = (fallback: number, min = 1) => z.coerce.number().int().min(min).default(fallback);
/** An optional variable: unset or empty (compose passes `${SMTP_URL:-}` as an empty string) both mean "not given". */
const optional = <T extends z.ZodTypeAny>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const env = {
  /** Folder of the embedded databases; email is written to `<DATA_DIR>/mail/` and SMS to `<DATA_DIR>/sms.log` by default. */
  DATA_DIR: z.string().min(1).default('.data'),
  /** Send email over SMTP (`smtp://user:pass@host:587`, `smtps://…`); unset, every email is an `.eml` file under `<DATA_DIR>/mail/`. */
  SMTP_URL: optional(z.string().url()),
  /** The sender of every email. */
  MAIL_FROM: z.string().min(3).default('Project Zero <no-reply@project-zero.local>'),
  /** The storefront's base URL, for the links in notifications (orders, account). */
  STOREFRONT_URL: z.string().url().default('http://localhost:3000'),
  /** Where this service is reached from the internet: the base of the one-click unsubscribe links (`/unsubscribe`). */
  NOTIFICATIONS_PUBLIC_URL: z.string().url().default('http://localhost:8011'),
  /** Signs unsubscribe links (at least 32 characters); derived from INTERNAL_SECRET when unset. Set it so links outlive a secret's rotation. */
  UNSUBSCRIBE_SECRET: optional(z.string().min(32, 'must be at least 32 characters')),
  /** How often recorded events are turned into notifications and due deliveries are sent. */
  NOTIFICATION_INTERVAL_MS: ms(1000, 10),
  /** Wait after a delivery's first failure; it doubles after each (30 s, 1 min, 2 min, 4 min), up to NOTIFICATION_BACKOFF_MAX_MS. */
  NOTIFICATION_BACKOFF_MS: ms(30_000),
  NOTIFICATION_BACKOFF_MAX_MS: ms(3_600_000),
  RETENTION_INTERVAL_MS: retentionEnv.RETENTION_INTERVAL_MS,
  /**
   * How long a dispatched event's id is kept to recognise a repeated delivery. A producer's outbox stops delivering an
   * event once it is acknowledged, so days are plenty.
   */
  NOTIFICATION_EVENT_RETENTION_DAYS: z.coerce.number().min(1).default(30),
};

/** What the notifications subgraph builds once per process and hands to every request. */
export interface NotificationsServices {
  intake: EventIntake;
  inbox: Inbox;
  log: DeliveryLog;
  announcements: Announcements;
  contacts: ContactDirectory;
  links: UnsubscribeLinks;
  dispatcher: Dispatcher;
  sender: DeliverySender;
  privacy: NotificationPrivacy;
  /** The channels, replaceable by tests that make a channel fail (their `send` methods are called on each attempt). */
  channels: { email: EmailTransport; sms: SmsProvider };
}

export const notificationsSubgraph: SubgraphDefinition<typeof tables, typeof env, NotificationsServices, Context> = {
  name: 'notifications',
  defaultPort: 8011,
  env,
  peers: { users: 'http://localhost:8002/graphql', auth: 'http://localhost:8001/graphql' },
  tables,
  ...subgraphSources(__dirname),
  resolvers,
  async setup({ config, db, logger, jobs, peer }) {
    const dataDir = path.resolve(config.DATA_DIR);
    const channels = {
      email: createEmailTransport({ smtpUrl: config.SMTP_URL, mailDir: path.join(dataDir, 'mail'), from: config.MAIL_FROM }),
      sms: new FileSmsProvider(path.join(dataDir, 'sms.log')) as SmsProvider,
    };
    const contacts = new ContactDirectory(peer('users'), peer('auth'));
    const links = new UnsubscribeLinks(config.UNSUBSCRIBE_SECRET ?? config.INTERNAL_SECRET!, config.NOTIFICATIONS_PUBLIC_URL);
    // The channels are looked up on every attempt, so a replaced one takes effect at once.
    const sender = new DeliverySender(
      db,
      { send: (mail) => channels.email.send(mail), close: () => channels.email.close() },
      { send: (message) => channels.sms.send(message) },
      { backoffMs: config.NOTIFICATION_BACKOFF_MS, backoffMaxMs: config.NOTIFICATION_BACKOFF_MAX_MS },
      logger,
      (ms) => sending?.trigger(ms),
    );
    let sending: PeriodicJob | undefined;
    let dispatching: PeriodicJob | undefined;
    const dispatcher = new Dispatcher(db, contacts, links, { storefrontUrl: config.STOREFRONT_URL }, logger, () => sending?.trigger());
    const wakeDispatcher = () => dispatching?.trigger();
    dispatching = jobs.every(config.NOTIFICATION_INTERVAL_MS, { name: 'notification dispatch', run: () => dispatcher.run() }, { startNow: true });
    sending = jobs.every(config.NOTIFICATION_INTERVAL_MS, { name: 'notification sending', run: () => sender.run() }, { startNow: true });
    jobs.every(config.RETENTION_INTERVAL_MS, eventRetention(db, config.NOTIFICATION_EVENT_RETENTION_DAYS));
    const services: NotificationsServices = {
      intake: new EventIntake(db, wakeDispatcher),
      inbox: new Inbox(db),
      log: new DeliveryLog(db),
      announcements: new Announcements(db, contacts, logger, wakeDispatcher),
      contacts,
      links,
      dispatcher,
      sender,
      privacy: new NotificationPrivacy(db, channels, logger),
      channels,
    };
    return { services, stop: async () => channels.email.close() };
  },
  context: (base, services) => ({ ...base, ...services, loaders: createLoaders(services) }),
  routes: (app, services) => unsubscribeRoutes(app, services),
};

/** Starts the notifications subgraph with the given environment. */
export function start(environment: Env, options?: StartOptions) {
  return startSubgraph(notificationsSubgraph, environment, options);
}
