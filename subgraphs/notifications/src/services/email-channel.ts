import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';

/** One email to send. `id` is the delivery's, so a retry is recognisable as the same message. */
export interface OutgoingEmail {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

/** Sends email; throwing means the attempt failed (it is retried). */
export interface EmailTransport {
  send(mail: OutgoingEmail): Promise<void>;
  /**
   * Deletes the copies this transport keeps of the given deliveries' messages (the `.eml` files); over SMTP it keeps
   * none — what was sent is with the recipient's mail server.
   */
  forget?(deliveryIds: ReadonlySet<string>): Promise<void>;
  close(): void;
}

/**
 * Email by nodemailer: over SMTP when `smtpUrl` is set (`smtp://user:pass@host:587`, `smtps://…`), otherwise each
 * message is written, as a complete MIME message, to an `.eml` file in `mailDir` (open it in any mail client).
 */
export function createEmailTransport(options: { smtpUrl?: string; mailDir: string; from: string }): EmailTransport {
  const message = (mail: OutgoingEmail) => ({
    from: options.from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    headers: mail.headers,
    messageId: `<${mail.id}@project-zero.notifications>`,
  });
  if (options.smtpUrl) {
    const smtp = nodemailer.createTransport(options.smtpUrl);
    return {
      send: async (mail) => void (await smtp.sendMail(message(mail))),
      forget: async () => undefined,
      close: () => smtp.close(),
    };
  }
  const files = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(mail) {
      const info = await files.sendMail(message(mail));
      await fs.mkdir(options.mailDir, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      await fs.writeFile(path.join(options.mailDir, `${stamp}-${mail.id}.eml`), info.message as Buffer);
    },
    async forget(deliveryIds) {
      if (deliveryIds.size === 0) return;
      const files = await fs.readdir(options.mailDir).catch(() => [] as string[]);
      // `<stamp>-<delivery id>.eml`: the id is the name's last 36 characters before the extension.
      const theirs = files.filter((name) => name.endsWith('.eml') && deliveryIds.has(name.slice(-40, -4)));
      await Promise.all(theirs.map((name) => fs.rm(path.join(options.mailDir, name), { force: true })));
    },
    close: () => files.close(),
  };
}
