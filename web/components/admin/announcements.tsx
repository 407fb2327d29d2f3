'use client';

import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { messageFor, type UserErrorLike } from '@/lib/errors';
import { graphql } from '@/lib/gql';
import type { NotificationChannel } from '@/lib/gql/graphql';
import { ANNOUNCEMENT_BODY_MAX, ANNOUNCEMENT_TITLE_MAX, announcementProblems, type AnnouncementField } from './input-limits';
import { failureOf } from './request-failure';

const SendAnnouncement = graphql(`
  mutation AdminSendAnnouncement($input: AnnouncementInput!) {
    sendAnnouncement(input: $input) { recipients userErrors { code message field } }
  }
`);

/** The channels `AnnouncementInput` offers, in the words of the form and of the question before sending. */
const CHANNELS: readonly { value: NotificationChannel; label: string; words: string; hint?: string }[] = [
  { value: 'EMAIL', label: 'Email', words: 'email', hint: 'each with a one-click unsubscribe link' },
  { value: 'IN_APP', label: 'In-app inbox', words: 'the in-app inbox' },
  { value: 'SMS', label: 'Text message', words: 'text message', hint: 'only users who turned text messages on and gave a phone number' },
];
/** What the API sends by when no channels are given. */
const DEFAULT_CHANNELS: readonly NotificationChannel[] = ['EMAIL', 'IN_APP'];

/** Messages by where the form shows them: a field, or `form` for the rest. */
type Problems = Partial<Record<AnnouncementField | 'form', string>>;

const NO_ANSWER = 'No answer came back, so it is not known whether the announcement was sent. Sending it again may send it twice.';

/** "email and the in-app inbox", "email, the in-app inbox and text message". */
function channelWords(channels: readonly NotificationChannel[]): string {
  const words = CHANNELS.filter((c) => channels.includes(c.value)).map((c) => c.words);
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : (words[0] ?? '');
}

/** Each sendAnnouncement user error beside the field its path names (`["input", "title"]`). */
function placeProblems(errors: readonly UserErrorLike[]): Problems {
  const found: Problems = {};
  for (const error of errors) {
    const field = error.field?.[0] === 'input' ? error.field[1] : undefined;
    const at: keyof Problems = field === 'title' || field === 'body' || field === 'channels' ? field : 'form';
    // The form calls the body "Text": the server's "The body must be 1–10,000 characters" is said in its words.
    const message = error.code === 'NETWORK' ? NO_ANSWER : messageFor(error).replace(/^The body /, 'The text ');
    found[at] = found[at] ? `${found[at]} ${message}` : message;
  }
  return found;
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/**
 * Admin: an announcement to every user who opted in to marketing emails. Checked here first as the notifications
 * subgraph would check it; then a question in a modal dialog; then how many users it went to.
 */
export function AnnouncementForm() {
  const [send, { loading }] = useMutation(SendAnnouncement);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [channels, setChannels] = useState<readonly NotificationChannel[]>(DEFAULT_CHANNELS);
  const [problems, setProblems] = useState<Problems>({});
  const [sent, setSent] = useState<{ title: string; recipients: number } | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const backButton = useRef<HTMLButtonElement>(null);
  const sentNote = useRef<HTMLParagraphElement>(null);
  const ids = useId();

  // After a refusal the first field at fault takes the focus, so that its message is read with it; after sending, the
  // outcome does.
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [problems]);
  useEffect(() => {
    if (sent) sentNote.current?.focus();
  }, [sent]);

  function review() {
    setSent(null);
    const found = announcementProblems({ title, body, channels });
    setProblems(found);
    if (Object.keys(found).length) return;
    dialog.current?.showModal();
    backButton.current?.focus(); // the safe choice first, rather than the preview
  }

  async function confirmSend() {
    let payload;
    let failure: UserErrorLike = { code: 'NETWORK' };
    try {
      payload = (await send({ variables: { input: { title: title.trim(), body: body.trim(), channels: [...channels] } } })).data?.sendAnnouncement;
    } catch (e) {
      failure = failureOf(e);
    }
    // Closed first (the focus goes back to the form), then the outcome or the fields at fault take it.
    dialog.current?.close();
    if (payload && !payload.userErrors.length) {
      setSent({ title: title.trim(), recipients: payload.recipients });
      setTitle('');
      setBody('');
      setChannels(DEFAULT_CHANNELS);
      setProblems({});
    } else setProblems(placeProblems(payload?.userErrors.length ? payload.userErrors : [failure]));
  }

  const errorId = (at: keyof Problems) => `${ids}-${at}-problem`;
  /** `aria-invalid` and the field's hint and message, when it has one. */
  const described = (at: AnnouncementField, hint?: string) => ({
    'aria-invalid': problems[at] ? true : undefined,
    'aria-describedby': [hint, problems[at] ? errorId(at) : null].filter(Boolean).join(' ') || undefined,
  });
  const input = 'mt-1 w-full rounded border border-neutral-400 px-3 py-2 aria-[invalid=true]:border-red-700';
  const button = 'rounded-md px-4 py-2 text-sm font-medium disabled:opacity-60';
  const fieldCount = (['title', 'body', 'channels'] as const).filter((at) => problems[at]).length;

  return (
    <div className="space-y-4">
      <p className="max-w-prose text-sm text-neutral-700">
        An announcement goes to every user who opted in to marketing emails (“News and offers by email” in their
        settings), and only to them.
      </p>
      {sent ? (
        <p ref={sentNote} tabIndex={-1} role="status" className="max-w-2xl rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          {sent.recipients
            ? `Sent “${sent.title}” to ${plural(sent.recipients, 'user', 'users')} who opted in to marketing emails.`
            : `“${sent.title}” went to no one: no user has opted in to marketing emails.`}
        </p>
      ) : null}

      <form
        ref={form}
        method="post"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          review();
        }}
        className="max-w-2xl space-y-4 rounded-lg border border-neutral-200 p-4"
      >
        <div className="text-sm">
          <label htmlFor={`${ids}-title`} className="font-medium">
            Title
          </label>
          <input
            id={`${ids}-title`}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            autoComplete="off"
            className={input}
            {...described('title', `${ids}-title-hint`)}
          />
          <p id={`${ids}-title-hint`} className="mt-1 text-xs text-neutral-600">
            The email’s subject and the notification’s title; one line of up to {ANNOUNCEMENT_TITLE_MAX} characters ({title.trim().length} now).
          </p>
          <Problem id={errorId('title')} message={problems.title} />
        </div>
        <div className="text-sm">
          {/* Beside its label, not inside it: a textarea's text would be read as part of the label's. */}
          <label htmlFor={`${ids}-body`} className="font-medium">
            Text
          </label>
          <textarea id={`${ids}-body`} value={body} onChange={(e) => setBody(e.target.value)} rows={8} className={input} {...described('body', `${ids}-body-hint`)} />
          <p id={`${ids}-body-hint`} className="mt-1 text-xs text-neutral-600">
            Plain text of up to {ANNOUNCEMENT_BODY_MAX.toLocaleString('en-US')} characters ({body.trim().length.toLocaleString('en-US')} now); a blank line starts a new paragraph.
          </p>
          <Problem id={errorId('body')} message={problems.body} />
        </div>
        <fieldset className="text-sm">
          <legend className="font-medium">Send by</legend>
          <ul className="mt-1 space-y-1">
            {CHANNELS.map((c) => (
              <li key={c.value}>
                <label className="flex items-start gap-2">
                  <input
                    type="checkbox"
                    checked={channels.includes(c.value)}
                    onChange={(e) => setChannels(CHANNELS.map((x) => x.value).filter((v) => (v === c.value ? e.target.checked : channels.includes(v))))}
                    className="mt-1"
                    {...described('channels')}
                  />
                  <span>
                    {c.label}
                    {c.hint ? <span className="block text-xs text-neutral-600">{c.hint}</span> : null}
                  </span>
                </label>
              </li>
            ))}
          </ul>
          <Problem id={errorId('channels')} message={problems.channels} />
        </fieldset>
        {fieldCount || problems.form ? (
          <div role="alert" className="text-sm text-red-700">
            {/* Without an answer it may have gone out: "nothing was sent" would not be known. */}
            {problems.form === NO_ANSWER ? null : <p>{fieldCount ? 'Nothing was sent: correct what is marked above.' : 'Nothing was sent.'}</p>}
            {problems.form ? <p>{problems.form}</p> : null}
          </div>
        ) : null}
        <button type="submit" className={`${button} bg-neutral-900 text-white`}>
          Review and send
        </button>
      </form>

      <dialog
        ref={dialog}
        aria-labelledby={`${ids}-question`}
        aria-describedby={`${ids}-audience`}
        onCancel={(e) => loading && e.preventDefault()} // Escape waits for an answer that is on its way
        className="m-auto w-[calc(100%-2rem)] max-w-lg rounded-lg bg-white p-0 text-neutral-900 shadow-xl backdrop:bg-black/40"
      >
        <div className="space-y-3 p-4 sm:p-5">
          <h2 id={`${ids}-question`} className="text-lg font-semibold">
            Send this announcement?
          </h2>
          <p id={`${ids}-audience`} className="text-sm">
            It goes to <strong>every user who opted in to marketing emails</strong>, by {channelWords(channels)}. Once sent,
            it cannot be taken back.
          </p>
          <section
            aria-label="Preview"
            tabIndex={0} // it may scroll: reachable by keyboard
            className="max-h-56 overflow-y-auto rounded border border-neutral-300 bg-neutral-50 p-3 text-sm"
          >
            <p className="break-words font-semibold">{title.trim()}</p>
            <p className="mt-2 whitespace-pre-line break-words text-neutral-800">{body.trim()}</p>
          </section>
          <div className="flex flex-wrap justify-end gap-2">
            <button ref={backButton} type="button" disabled={loading} onClick={() => dialog.current?.close()} className={`${button} border border-neutral-400`}>
              Back
            </button>
            <button type="button" disabled={loading} onClick={() => void confirmSend()} className={`${button} bg-neutral-900 text-white`}>
              {loading ? 'Sending…' : 'Send announcement'}
            </button>
          </div>
        </div>
      </dialog>
    </div>
  );
}

/** A field's message, referred to by the field's `aria-describedby`. */
function Problem({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <span id={id} className="mt-1 block text-xs text-red-700">
      {message}
    </span>
  );
}
