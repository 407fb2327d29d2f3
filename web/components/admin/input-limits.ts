/**
 * What the API refuses in an API client's name (auth subgraph) and in an announcement (notifications subgraph), checked
 * in the browser first so that the admin hears of it beside the field before anything is sent. The limits are the ones
 * the SDL documents (`CreateApiClientInput.name`, `AnnouncementInput`); the server checks them again.
 */

/** `CreateApiClientInput.name`: 1–100 characters, surrounding spaces ignored. */
export const API_CLIENT_NAME_MAX = 100;
/** `AnnouncementInput.title`: 1–200 characters (it is the email's subject). */
export const ANNOUNCEMENT_TITLE_MAX = 200;
/** `AnnouncementInput.body`: 1–10,000 characters of plain text. */
export const ANNOUNCEMENT_BODY_MAX = 10_000;

/**
 * The characters the platform refuses in text a person types (packages/service/src/validation.ts): C0 and C1 controls
 * and the bidirectional overrides and isolates; in a single line also line breaks and tabs.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const LINE_BREAK_OR_TAB = /[\t\n\r\u2028\u2029]/;

export function hasControlCharacters(text: string, options: { multiline?: boolean } = {}): boolean {
  return CONTROL.test(text) || (!options.multiline && LINE_BREAK_OR_TAB.test(text));
}

const count = (n: number) => n.toLocaleString('en-US');

/** What is wrong with a new API client's name, or null when the API will take it. */
export function apiClientNameProblem(name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed) return 'Enter a name for the API client, e.g. the partner’s.';
  if (trimmed.length > API_CLIENT_NAME_MAX) return `The name must be at most ${API_CLIENT_NAME_MAX} characters (it has ${count(trimmed.length)}).`;
  if (hasControlCharacters(trimmed)) return 'The name must not contain control characters or line breaks.';
  return null;
}

export type AnnouncementField = 'title' | 'body' | 'channels';

/** What is wrong with an announcement, by field; empty when the API will take it. */
export function announcementProblems(input: { title: string; body: string; channels: readonly string[] }): Partial<Record<AnnouncementField, string>> {
  const problems: Partial<Record<AnnouncementField, string>> = {};
  const title = input.title.trim();
  const body = input.body.trim();
  if (!title) problems.title = 'Enter a title.';
  else if (title.length > ANNOUNCEMENT_TITLE_MAX) problems.title = `The title must be at most ${ANNOUNCEMENT_TITLE_MAX} characters (it has ${count(title.length)}).`;
  // The title is the email's subject: a line break there would start a header of its own.
  else if (hasControlCharacters(title)) problems.title = 'The title must not contain control characters, tabs or line breaks.';
  if (!body) problems.body = 'Enter the text of the announcement.';
  else if (body.length > ANNOUNCEMENT_BODY_MAX) problems.body = `The text must be at most ${count(ANNOUNCEMENT_BODY_MAX)} characters (it has ${count(body.length)}).`;
  else if (hasControlCharacters(body, { multiline: true })) problems.body = 'The text must not contain control characters (line breaks and tabs are fine).';
  if (!input.channels.length) problems.channels = 'Choose at least one channel.';
  return problems;
}
