import path from 'node:path';
import { expect } from '@playwright/test';
import { emailsInFilesDir, type SentEmail } from '@zero/testing/src/mailbox';

/**
 * The platform's files folder (its services' DATA_DIR) on the end-to-end run. Without SMTP_URL the notifications
 * subgraph writes every email there as an `.eml` file (`mail/`); e2e/serve.ts empties the folder and starts the
 * platform on it, and the specs read what was sent.
 */
export const FILES_DIR = process.env.E2E_FILES_DIR ?? path.join(__dirname, '.data', `files-${process.env.E2E_PORT ?? 3100}`);

function sentTo(address: string): SentEmail[] {
  return emailsInFilesDir(FILES_DIR, address);
}

/** Waits (polling the folder) for the newest password reset email to `address` and returns its link. */
export async function resetLinkFor(address: string, after = 0): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(
      () => {
        const links = sentTo(address)
          .map((mail) => /https?:\/\/\S+\/reset-password\?token=[^\s"'<>]+/.exec(mail.text)?.[0])
          .filter((found): found is string => Boolean(found));
        link = links.length > after ? links.at(-1) : undefined;
        return link;
      },
      { message: `a password reset email to ${address}`, timeout: 60_000 },
    )
    .toBeTruthy();
  return link!;
}

/** Waits (polling the folder) for an email to `address` with the subject `subject`, and returns it. */
export async function emailWithSubject(address: string, subject: string): Promise<SentEmail> {
  let found: SentEmail | undefined;
  await expect
    .poll(
      () => {
        found = sentTo(address).find((mail) => mail.subject === subject);
        return Boolean(found);
      },
      { message: `an email to ${address} about “${subject}”`, timeout: 60_000 },
    )
    .toBe(true);
  return found!;
}
