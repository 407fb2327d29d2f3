'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { LoadFailed } from '@/components/layout/retry';
import { messageFor, type UserErrorLike } from '@/lib/errors';
import { graphql } from '@/lib/gql';
import { API_CLIENT_NAME_MAX, apiClientNameProblem } from './input-limits';
import { failureOf } from './request-failure';

const ApiClients = graphql(`
  query AdminApiClients {
    apiClients { id name createdAt revokedAt lastUsedAt keyPrefix operationList { version operationCount } }
  }
`);

const CreateApiClient = graphql(`
  mutation AdminCreateApiClient($input: CreateApiClientInput!) {
    createApiClient(input: $input) { client { id name } apiKey userErrors { code message field } }
  }
`);

const RevokeApiClient = graphql(`
  mutation AdminRevokeApiClient($id: ID!) {
    revokeApiClient(id: $id) { client { id revokedAt lastUsedAt } userErrors { code message field } }
  }
`);

interface ClientRef { id: string; name: string; keyPrefix: string }
interface NewKey { id: string; name: string; apiKey: string }

const CODES = { NOT_FOUND: 'This API client no longer exists.' } as const;

/** A moment as the platform keeps it, in UTC: "Nov 27, 2026, 5:40 PM UTC". */
const when = (iso: string) => `${new Date(iso).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })} UTC`;

/** Admin: partners' API clients — create one (its key shown once), the list with revoked ones kept, and revoke. */
export function AdminPartnersPanel() {
  const { data, loading, error, refetch } = useQuery(ApiClients, { fetchPolicy: 'cache-and-network' });
  const [revoking, setRevoking] = useState<ClientRef | null>(null);
  const [revoked, setRevoked] = useState<string | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const clients = data?.apiClients ?? [];

  return (
    <div className="space-y-8">
      <p className="max-w-prose text-sm text-neutral-700">
        A partner’s app calls the API with a key of its own (the <code>X-API-Key</code> header), under a budget of its own,
        and may run only the operations published for its client.
      </p>
      <NewApiClient onCreated={() => void refetch()} />

      <section aria-labelledby="clients-heading" className="space-y-3">
        <h2 id="clients-heading" ref={listHeading} tabIndex={-1} className="text-lg font-semibold">
          API clients
        </h2>
        {revoked ? (
          <p role="status" className="text-sm text-green-800">
            Revoked {revoked}: its key is refused from now on.
          </p>
        ) : null}
        {loading && !data ? <p>Loading…</p> : null}
        {error && !data ? <LoadFailed onRetry={refetch} className="text-sm" /> : null}
        {data && !clients.length ? <p className="text-sm text-neutral-700">No API clients yet.</p> : null}
        {clients.length ? (
          // `relative`: the buttons' sr-only text is positioned, and would otherwise widen the page past the scroller.
          <div className="relative overflow-x-auto">
            {/* On a phone the dates go under the name, so that the status and Revoke stay in view without scrolling. */}
            <table className="w-full text-left text-sm">
              <thead>
                <tr className="border-b border-neutral-300">
                  <th scope="col" className="py-2">Name</th>
                  <th scope="col" className="hidden sm:table-cell">Created</th>
                  <th scope="col" className="hidden sm:table-cell">Last used</th>
                  <th scope="col">Status</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {clients.map((c) => (
                  <tr key={c.id} className="border-b border-neutral-200 align-top">
                    <td className="py-2 pr-3">
                      <span className="block break-words font-medium">{c.name}</span>
                      <span className="block text-xs text-neutral-600">
                        Key <span className="font-mono">{c.keyPrefix}…</span>
                      </span>
                      <span className="block text-xs text-neutral-600">
                        {c.operationList
                          ? `Operation list v${c.operationList.version}: ${c.operationList.operationCount} operation${c.operationList.operationCount === 1 ? '' : 's'}`
                          : 'No operation list published yet'}
                      </span>
                      <span className="block text-xs text-neutral-600 sm:hidden">Created {when(c.createdAt)}</span>
                      <span className="block text-xs text-neutral-600 sm:hidden">Last used {c.lastUsedAt ? when(c.lastUsedAt) : 'never'}</span>
                    </td>
                    <td className="hidden py-2 pr-3 sm:table-cell">{when(c.createdAt)}</td>
                    <td className="hidden py-2 pr-3 sm:table-cell">{c.lastUsedAt ? when(c.lastUsedAt) : 'Never'}</td>
                    <td className="py-2 pr-3">
                      {c.revokedAt ? (
                        <>
                          <span className="font-medium text-red-800">Revoked</span>
                          <span className="block text-xs text-neutral-600">{when(c.revokedAt)}</span>
                        </>
                      ) : (
                        <span className="font-medium text-green-800">Active</span>
                      )}
                    </td>
                    <td className="py-2">
                      {c.revokedAt ? null : (
                        <button
                          type="button"
                          aria-haspopup="dialog"
                          onClick={() => {
                            setRevoked(null);
                            setRevoking(c);
                          }}
                          className="rounded border border-red-700 px-2 py-0.5 text-xs text-red-800"
                        >
                          Revoke<span className="sr-only"> {c.name}</span>
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>

      {revoking ? (
        <RevokeDialog
          key={revoking.id}
          client={revoking}
          onClose={() => setRevoking(null)}
          onRevoked={() => {
            setRevoked(revoking.name);
            // Its Revoke button is gone: the list, with the message above it, takes the focus.
            listHeading.current?.focus();
            void refetch();
          }}
        />
      ) : null}
    </div>
  );
}

/**
 * The form for a new API client, and then its key, shown this once: the auth subgraph keeps only a hash. The form is
 * hidden while a key is shown, so that a second client cannot replace a key that has not been copied yet.
 */
function NewApiClient({ onCreated }: { onCreated: () => void }) {
  // `no-cache`: the key is kept in this component's state only, never in Apollo's cache.
  const [create, { loading }] = useMutation(CreateApiClient, { fetchPolicy: 'no-cache' });
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<{ onName: boolean; text: string } | null>(null);
  const [created, setCreated] = useState<NewKey | null>(null);
  const [backToName, setBackToName] = useState(false);
  const nameField = useRef<HTMLInputElement>(null);
  const ids = useId();

  useEffect(() => {
    if (!backToName) return;
    nameField.current?.focus();
    setBackToName(false);
  }, [backToName]);

  async function submit() {
    const text = apiClientNameProblem(name);
    setProblem(text ? { onName: true, text } : null);
    if (text) return nameField.current?.focus();
    let payload;
    let failure: UserErrorLike = { code: 'NETWORK' };
    try {
      payload = (await create({ variables: { input: { name: name.trim() } } })).data?.createApiClient;
    } catch (e) {
      failure = failureOf(e);
    }
    onCreated(); // also when no answer came: a client may have been created all the same
    if (payload?.client && payload.apiKey) {
      setCreated({ id: payload.client.id, name: payload.client.name, apiKey: payload.apiKey });
      setName('');
      return;
    }
    const error = payload?.userErrors[0] ?? failure;
    setProblem(
      error.code === 'NETWORK'
        ? { onName: false, text: 'No answer came back, so it is not known whether the client was created. If it is in the list below, its key was lost: revoke it and create another.' }
        : { onName: error.field?.at(-1) === 'name', text: messageFor(error, CODES) },
    );
    nameField.current?.focus();
  }

  return (
    <section aria-labelledby={`${ids}-heading`} className="rounded-lg border border-neutral-200 p-4">
      <h2 id={`${ids}-heading`} className="text-lg font-semibold">
        New API client
      </h2>
      {created ? (
        <KeyShownOnce
          created={created}
          onDone={() => {
            setCreated(null);
            setBackToName(true);
          }}
        />
      ) : (
        <form
          method="post"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
          className="mt-3 flex flex-col gap-3 sm:flex-row sm:items-start"
        >
          <div className="min-w-0 flex-1 text-sm">
            <label htmlFor={`${ids}-name`} className="font-medium">
              Name
            </label>
            <input
              ref={nameField}
              id={`${ids}-name`}
              value={name}
              onChange={(e) => {
                setName(e.target.value);
                if (problem?.onName) setProblem(null); // said of the name as it was
              }}
              autoComplete="off"
              aria-invalid={problem?.onName || undefined}
              aria-describedby={`${ids}-hint${problem?.onName ? ` ${ids}-problem` : ''}`}
              className="mt-1 w-full rounded border border-neutral-400 px-3 py-2 aria-[invalid=true]:border-red-700"
            />
            <p id={`${ids}-hint`} className="mt-1 text-xs text-neutral-600">
              The partner or app, as admins will know it; up to {API_CLIENT_NAME_MAX} characters.
            </p>
            {problem ? (
              <p id={`${ids}-problem`} role="alert" className="mt-1 text-sm text-red-700">
                {problem.text}
              </p>
            ) : null}
          </div>
          <button type="submit" disabled={loading} className="rounded-md bg-neutral-900 px-4 py-2 text-sm font-medium text-white disabled:opacity-60 sm:mt-6">
            {loading ? 'Creating…' : 'Create API client'}
          </button>
        </form>
      )}
    </section>
  );
}

/** The new client's key in a read-only field with a Copy button, and what to do with it; gone once dismissed. */
function KeyShownOnce({ created, onDone }: { created: NewKey; onDone: () => void }) {
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'copied' | 'selected' | null>(null);
  const ids = useId();

  // The key takes the focus, selected: its label and the warning are read with it.
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, []);

  async function copy() {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard here (a page not served over HTTPS)');
      await navigator.clipboard.writeText(created.apiKey);
      setCopied('copied');
    } catch {
      field.current?.focus();
      field.current?.select();
      setCopied('selected');
    }
  }

  return (
    <div className="mt-3 space-y-3 rounded-md border border-amber-400 bg-amber-50 p-3 sm:p-4">
      <p className="text-sm">
        Created the API client <strong className="break-words">{created.name}</strong>.
      </p>
      <p id={`${ids}-warning`} className="text-sm font-medium text-amber-950">
        Copy its key now: it is shown only this once. Only a hash of it is kept, so it cannot be shown again — not after
        leaving or reloading this page either. If it is lost, revoke this client and create a new one.
      </p>
      <div className="text-sm">
        <label htmlFor={`${ids}-key`} className="font-medium">
          API key for {created.name}
        </label>
        <div className="mt-1 flex flex-col gap-2 sm:flex-row">
          <input
            ref={field}
            id={`${ids}-key`}
            value={created.apiKey}
            readOnly
            spellCheck={false}
            autoComplete="off"
            aria-describedby={`${ids}-warning`}
            onFocus={(e) => e.currentTarget.select()}
            className="min-w-0 flex-1 rounded border border-neutral-400 bg-white px-3 py-2 font-mono text-sm"
          />
          <button type="button" onClick={() => void copy()} className="rounded-md border border-neutral-500 bg-white px-4 py-2 font-medium">
            Copy<span className="sr-only"> the key</span>
          </button>
        </div>
        {/* Always there, so that what it comes to say is announced. */}
        <p role="status" className="mt-1 min-h-5 text-sm text-neutral-800">
          {copied === 'copied' ? 'Copied to the clipboard.' : copied === 'selected' ? 'The key is selected: press Ctrl+C (⌘C on a Mac) to copy it.' : ''}
        </p>
      </div>
      <p className="text-xs text-neutral-700">
        Give it to the partner by a secure channel; their app sends it as the <code>X-API-Key</code> header. The router
        runs none of its requests until its operations are published:{' '}
        <code className="break-all">npm run operations:publish -- --client {created.id} --manifest &lt;file&gt;</code>
      </p>
      <button type="button" onClick={onDone} className="rounded-md bg-neutral-900 px-4 py-2 text-sm font-medium text-white">
        Done: I have copied the key
      </button>
    </div>
  );
}

/** Asks before revoking, naming the client: its key stops working for good, and the client stays listed as revoked. */
function RevokeDialog({ client, onClose, onRevoked }: { client: ClientRef; onClose: () => void; onRevoked: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [revoke, { loading }] = useMutation(RevokeApiClient);
  const [problem, setProblem] = useState<string | null>(null);
  const ids = useId();

  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);

  async function send() {
    setProblem(null);
    let payload;
    let failure: UserErrorLike = { code: 'NETWORK' };
    try {
      payload = (await revoke({ variables: { id: client.id } })).data?.revokeApiClient;
    } catch (e) {
      failure = failureOf(e);
    }
    if (payload?.client) {
      dialog.current?.close();
      onRevoked();
      return;
    }
    setProblem(messageFor(payload?.userErrors[0] ?? failure, CODES));
  }

  const button = 'rounded-md px-4 py-2 text-sm font-medium disabled:opacity-60';
  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${ids}-title`}
      aria-describedby={`${ids}-what`}
      onClose={onClose}
      onCancel={(e) => loading && e.preventDefault()} // Escape waits for an answer that is on its way
      className="m-auto w-[calc(100%-2rem)] max-w-md rounded-lg bg-white p-0 text-neutral-900 shadow-xl backdrop:bg-black/40"
    >
      <div className="space-y-3 p-4 sm:p-5">
        <h2 id={`${ids}-title`} className="break-words text-lg font-semibold">
          Revoke {client.name}?
        </h2>
        <p id={`${ids}-what`} className="text-sm">
          Its key (<span className="font-mono">{client.keyPrefix}…</span>) will be refused from then on (within a minute), so
          the partner’s app stops working until it is given a new client and key. This cannot be undone; the client stays
          in the list as revoked.
        </p>
        {problem ? (
          <p role="alert" className="text-sm text-red-700">
            {problem}
          </p>
        ) : null}
        <div className="flex flex-wrap justify-end gap-2">
          {/* First, so that it has the focus when the dialog opens: the safe choice. */}
          <button type="button" disabled={loading} onClick={() => dialog.current?.close()} className={`${button} border border-neutral-400`}>
            Cancel
          </button>
          <button type="button" disabled={loading} onClick={() => void send()} className={`${button} bg-red-700 text-white`}>
            {loading ? 'Revoking…' : 'Revoke API client'}
          </button>
        </div>
      </div>
    </dialog>
  );
}
