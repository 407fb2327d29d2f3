import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Sends text messages. A real provider (Twilio, Vonage, …) implements this interface; throwing means the attempt
 * failed (it is retried).
 */
export interface SmsProvider {
  /** Sends `text` to `to` (E.164); `id` is the delivery's, for the provider's idempotency. */
  send(message: { id: string; to: string; text: string }): Promise<void>;
}

/** The built-in provider: appends each message as one line (time, recipient, delivery id, text) to a file. */
export class FileSmsProvider implements SmsProvider {
  constructor(private readonly file: string) {}

  async send(message: { id: string; to: string; text: string }): Promise<void> {
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    await fs.appendFile(this.file, `${new Date().toISOString()}\t${message.to}\t${message.id}\t${message.text.replace(/\s+/g, ' ')}\n`);
  }
}
