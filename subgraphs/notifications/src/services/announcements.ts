import { CONTROL_CHARACTERS_PROBLEM, CONTROL_CHARACTERS_PROBLEM_MULTILINE, ErrorCode, hasControlCharacters, userError, type Database, type Logger, type UserError } from '@zero/service';
import { announcements, events, type Channel, type tables } from '../db/schema';
import type { ContactDirectory } from './contacts';
import type { AnnouncementEventPayload } from './dispatcher';

export interface AnnouncementInput {
  title: string;
  body: string;
  channels?: Channel[] | null;
}

const TITLE_MAX = 200;
const BODY_MAX = 10_000;
/** Rows per INSERT when an announcement's audience is large. */
const INSERT_CHUNK = 1000;

/**
 * Announcements: an admin's message to every user who opted in to marketing. Each recipient's copy becomes an event
 * of its own (`<announcement id>:<user id>`), so it goes through the same dispatcher — contacts in batches, the
 * preference checked again when it is sent, an unsubscribe link in every email — and the same retries.
 */
export class Announcements {
  constructor(
    private readonly db: Database<typeof tables>,
    private readonly contacts: ContactDirectory,
    private readonly logger: Logger,
    /** Asks the dispatcher to run soon. */
    private readonly wake: () => void,
  ) {}

  /** Sends an announcement; answers how many users it goes to. */
  async send(adminId: string, input: AnnouncementInput): Promise<{ recipients: number; userErrors: UserError[] }> {
    const title = input.title.trim();
    const body = input.body.trim();
    const channels = [...new Set(input.channels ?? ['EMAIL', 'IN_APP'])] as Channel[];
    const errors: UserError[] = [];
    if (!title || title.length > TITLE_MAX) errors.push(userError(ErrorCode.INVALID_INPUT, `The title must be 1–${TITLE_MAX} characters`, ['input', 'title']));
    // The title is the email's subject: a line break there would be a header of its own.
    else if (hasControlCharacters(title)) errors.push(userError(ErrorCode.INVALID_INPUT, `The title ${CONTROL_CHARACTERS_PROBLEM}`, ['input', 'title']));
    if (!body || body.length > BODY_MAX) errors.push(userError(ErrorCode.INVALID_INPUT, `The body must be 1–10,000 characters`, ['input', 'body']));
    else if (hasControlCharacters(body, { multiline: true })) errors.push(userError(ErrorCode.INVALID_INPUT, `The body ${CONTROL_CHARACTERS_PROBLEM_MULTILINE}`, ['input', 'body']));
    if (channels.length === 0) errors.push(userError(ErrorCode.INVALID_INPUT, 'Choose at least one channel', ['input', 'channels']));
    if (errors.length) return { recipients: 0, userErrors: errors };

    // The audience is read first (the users subgraph, a page at a time), then everything is written in one transaction.
    const audience: string[] = [];
    for await (const ids of this.contacts.marketingAudience()) audience.push(...ids);
    const recipients = await this.db.transaction(async (tx) => {
      const [announcement] = await tx.insert(announcements).values({ title, body, channels, sentBy: adminId, recipients: audience.length }).returning({ id: announcements.id });
      for (let i = 0; i < audience.length; i += INSERT_CHUNK) {
        await tx.insert(events).values(
          audience.slice(i, i + INSERT_CHUNK).map((userId) => {
            const payload: AnnouncementEventPayload = { userId, announcementId: announcement!.id };
            return { id: `${announcement!.id}:${userId}`, kind: 'ANNOUNCEMENT' as const, userId, payload };
          }),
        );
      }
      return audience.length;
    });
    this.logger.info({ adminId, recipients }, 'announcement sent');
    this.wake();
    return { recipients, userErrors: [] };
  }
}
