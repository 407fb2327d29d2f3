import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Sends text messages. A real provider (Twilio, Vonage, …) implements this interface; throwing means the attempt
 * failed (it is retried).
 */
export interface SmsProvider {
  /** Sends `text` to `to` (E.164); `id` is the delivery's, for the provider's idempotency. */
  send(message: { id: string; to: string; text: string }): Promise<void>;
  /** Deletes the copies the provider keeps of the given deliveries' messages, where it can (an erasure). */
  forget?(deliveryIds: ReadonlySet<string>): Promise<void>;
}

/** The built-in provider: appends each message as one line (time, recipient, delivery id, text) to a file. */
export class FileSmsProvider implements SmsProvider {
  /** Appends and rewrites of the file, one at a time, so a rewrite never drops a line appended meanwhile. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly file: string) {}

  send(message: { id: string; to: string; text: string }): Promise<void> {
    return this.serially(async () => {
      await fs.mkdir(path.dirname(this.file), { recursive: true });
      await fs.appendFile(this.file, `${new Date().toISOString()}\t${message.to}\t${message.id}\t${message.text.replace(/\s+/g, ' ')}\n`);
    });
  }

  /** Rewrites the file without the lines of the given deliveries (through a temporary file, so it is never half written). */
  forget(deliveryIds: ReadonlySet<string>): Promise<void> {
    if (deliveryIds.size === 0) return Promise.resolve();
    return this.serially(async () => {
      const content = await fs.readFile(this.file, 'utf8').catch(() => null);
      if (content === null) return;
      const kept = content.split('\n').filter((line) => line && !deliveryIds.has(line.split('\t')[2] ?? ''));
      const next = kept.length ? `${kept.join('\n')}\n` : '';
      if (next === content) return;
      const temporary = `${this.file}.${process.pid}.tmp`;
      await fs.writeFile(temporary, next);
      await fs.rename(temporary, this.file);
    });
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
