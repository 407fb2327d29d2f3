import type { Express, Request, Response } from 'express';
import type { ContactDirectory } from '../services/contacts';
import type { UnsubscribeLinks } from '../services/unsubscribe-links';

const page = (title: string, text: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title></head>
<body style="font-family:system-ui,sans-serif;max-width:480px;margin:64px auto;padding:0 16px;color:#1c1917">
<h1 style="font-size:22px">${title}</h1><p>${text}</p></body></html>
`;

/**
 * The one-click unsubscribe link of every announcement email: `GET /unsubscribe?token=…` (a person following the
 * link) and `POST /unsubscribe?token=…` (a mail client's one-click, RFC 8058) turn the user's marketing emails off,
 * without signing in — the signed token is the proof. Served by this service on its own port (published, like the
 * catalog's images; `NOTIFICATIONS_PUBLIC_URL` is its address), not through the router, which serves GraphQL only.
 */
export function unsubscribeRoutes(app: Express, { links, contacts }: { links: UnsubscribeLinks; contacts: ContactDirectory }): void {
  const unsubscribe = async (req: Request, res: Response) => {
    res.set('Cache-Control', 'no-store').set('Referrer-Policy', 'no-referrer');
    const token = typeof req.query.token === 'string' ? req.query.token : '';
    const userId = links.verify(token);
    if (!userId) {
      res.status(400).type('html').send(page('This link does not work', 'The unsubscribe link is incomplete or not one of ours. Change what we send you in your account settings.'));
      return;
    }
    try {
      await contacts.unsubscribe(userId);
    } catch {
      res.status(503).type('html').send(page('Please try again', 'We could not update your preferences just now. Follow the link again in a moment.'));
      return;
    }
    res.status(200).type('html').send(page('You are unsubscribed', 'You will receive no more announcements from Project Zero. Order and account emails still reach you.'));
  };
  app.get('/unsubscribe', unsubscribe);
  app.post('/unsubscribe', unsubscribe);
}
