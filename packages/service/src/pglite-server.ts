/**
 * One embedded PGlite database served over PostgreSQL's wire protocol on a Unix socket, so that a subgraph reaches
 * it with `pg` exactly as it reaches a PostgreSQL server. `npm start` hosts every subgraph's embedded database in one
 * process this way (`embedded-databases.ts`): one Node runtime and one compiled PostgreSQL for seven databases
 * instead of seven of each, which is most of the platform's memory.
 *
 * PGlite is one PostgreSQL session, so the connections take turns: a connection holds the database from its first
 * message until PostgreSQL says it is idle again (ReadyForQuery with status `I`). An extended-protocol exchange
 * (Parse … Sync) and a whole transaction therefore run alone, and the others wait their turn — what a subgraph gets
 * from PGlite in its own process, over a socket. A connection that goes away while it holds the database has its
 * unfinished exchange ended and its transaction rolled back; one that sits inside a transaction saying nothing for
 * `idleInTransactionMs` is closed (PostgreSQL's `idle_in_transaction_session_timeout`), since here it would hold up
 * every other connection.
 *
 * What differs from a server, and does not matter to the subgraphs: all connections share one session (a `SET`
 * applies to all; advisory locks never block one another, as the transactions already run one at a time), there is
 * no authentication (the socket's folder is private to its user: `0700`), and cancel requests are ignored.
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const PROTOCOL_3 = 196608;
/** The longest message a connection may send (a subgraph's largest, a seed's batch insert, is under 1 MB). */
const MAX_MESSAGE = 256 * 1024 * 1024;
/** Sync: ends an extended-protocol exchange that a vanished client left half done. */
const SYNC = Uint8Array.from([0x53, 0, 0, 0, 4]);

export interface PgliteServerOptions {
  /** The socket's path; its folder must exist (and should be private: mode 0700). */
  socketPath: string;
  /** How long a connection may hold the database inside a transaction without sending anything (default 60 s). */
  idleInTransactionMs?: number;
  /** Told of a connection's failure (the server keeps serving the others). */
  onError?: (error: unknown) => void;
}

export interface PgliteServer {
  /** Open connections. */
  connections(): number;
  /** Stops listening and closes every connection (rolling back what one held); the database stays open. */
  close(): Promise<void>;
}

/** Serves `db` on `options.socketPath` until closed. */
export async function servePglite(db: PGlite, options: PgliteServerOptions): Promise<PgliteServer> {
  const idleInTransactionMs = options.idleInTransactionMs ?? 60_000;
  const sockets = new Set<net.Socket>();
  /** The connection that holds the database, and those waiting for it, in order. */
  let holder: Connection | null = null;
  const waiting: Array<{ connection: Connection; grant: () => void }> = [];

  const acquire = (connection: Connection): Promise<void> => {
    if (holder === connection) return Promise.resolve();
    if (!holder) {
      holder = connection;
      return Promise.resolve();
    }
    return new Promise((grant) => waiting.push({ connection, grant }));
  };
  const release = (connection: Connection) => {
    if (holder !== connection) return;
    const next = waiting.shift();
    holder = next?.connection ?? null;
    next?.grant();
  };

  class Connection {
    private buffer = Buffer.alloc(0);
    private started = false;
    private closed = false;
    /** The last bytes PostgreSQL sent, to read the status of its last ReadyForQuery. */
    private tail = Buffer.alloc(0);
    private idleTimer: NodeJS.Timeout | undefined;
    /** Messages are run one after another, in the order they arrived. */
    private queue: Promise<void> = Promise.resolve();

    constructor(private readonly socket: net.Socket) {
      socket.on('data', (chunk) => {
        this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
        this.queue = this.queue.then(() => this.drain()).catch((error) => this.fail(error));
      });
      socket.on('error', () => undefined); // followed by 'close'
      socket.on('close', () => {
        this.closed = true;
        this.queue = this.queue.then(() => this.end()).catch((error) => options.onError?.(error));
      });
    }

    /** Runs every complete message in the buffer. */
    private async drain(): Promise<void> {
      while (!this.closed) {
        if (!this.started) {
          if (this.buffer.length < 8) return;
          const length = this.buffer.readInt32BE(0);
          const code = this.buffer.readInt32BE(4);
          if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
            this.buffer = this.buffer.subarray(8);
            this.socket.write('N'); // no encryption: a local socket
            continue;
          }
          if (code === CANCEL_REQUEST) return void this.socket.destroy(); // nothing to cancel in one session
          if (code !== PROTOCOL_3 || length < 8 || length > 10_000) return void this.socket.destroy();
          if (this.buffer.length < length) return;
          await this.run(this.take(length));
          this.started = true;
          continue;
        }
        if (this.buffer.length < 5) return;
        const length = 1 + this.buffer.readInt32BE(1);
        if (length < 5 || length > MAX_MESSAGE) return void this.socket.destroy(); // not a client of ours
        if (this.buffer.length < length) return;
        const message = this.take(length);
        if (message[0] === 0x58) return void this.socket.destroy(); // Terminate
        await this.run(message);
      }
    }

    private take(length: number): Uint8Array {
      const message = new Uint8Array(this.buffer.subarray(0, length));
      this.buffer = this.buffer.subarray(length);
      return message;
    }

    /** Runs one message with the database held; lets it go once PostgreSQL is idle again. */
    private async run(message: Uint8Array): Promise<void> {
      clearTimeout(this.idleTimer);
      await acquire(this);
      if (this.closed) return; // gone while it waited: end() lets the database go
      await db.runExclusive(() =>
        db.execProtocolRawStream(message, {
          onRawData: (data) => {
            this.remember(data);
            if (!this.socket.destroyed) this.socket.write(data);
          },
        }),
      );
      const status = this.readyStatus();
      if (status === 'I') release(this);
      else if (status !== null || holder === this) {
        // Inside a transaction, or between the messages of one exchange: the others wait, so not for ever.
        this.idleTimer = setTimeout(() => this.socket.destroy(), idleInTransactionMs);
      }
    }

    private remember(data: Uint8Array): void {
      const joined = Buffer.concat([this.tail, data]);
      this.tail = joined.subarray(Math.max(0, joined.length - 6));
    }

    /** The status byte of ReadyForQuery when it was the last thing sent ('I' idle, 'T' in a transaction, 'E' failed one). */
    private readyStatus(): string | null {
      const t = this.tail;
      if (t.length === 6 && t[0] === 0x5a && t.readInt32BE(1) === 5) return String.fromCharCode(t[5]!);
      return null;
    }

    private fail(error: unknown): void {
      options.onError?.(error);
      this.socket.destroy();
    }

    /** The client is gone: whatever it held is put back as it was. */
    private async end(): Promise<void> {
      clearTimeout(this.idleTimer);
      sockets.delete(this.socket);
      const index = waiting.findIndex((w) => w.connection === this);
      if (index >= 0) waiting.splice(index, 1);
      if (holder !== this) return;
      try {
        await db.runExclusive(() => db.execProtocolRaw(SYNC));
        if (db.isInTransaction()) await db.exec('ROLLBACK');
      } finally {
        release(this);
      }
    }
  }

  fs.rmSync(options.socketPath, { force: true }); // left by a process that was killed
  const server = net.createServer((socket) => {
    sockets.add(socket);
    new Connection(socket);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.socketPath, () => {
      server.off('error', reject);
      resolve();
    });
  });
  fs.chmodSync(options.socketPath, 0o600);
  server.on('error', (error) => options.onError?.(error));

  return {
    connections: () => sockets.size,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
      // The connections' clean-up (a rollback) runs on their 'close'; wait until every one has let the database go.
      while (holder || waiting.length) await new Promise((resolve) => setTimeout(resolve, 5));
    },
  };
}

/** A `postgres://` URL that `pg` resolves to the socket `servePglite` listens on for `socketPath`. */
export function socketUrl(socketPath: string): string {
  const match = /^\.s\.PGSQL\.(\d+)$/.exec(path.basename(socketPath));
  if (!match) throw new Error(`a PostgreSQL socket is named .s.PGSQL.<port>, not ${path.basename(socketPath)}`);
  const host = encodeURIComponent(path.dirname(socketPath));
  return `postgres://postgres@localhost:${match[1]}/postgres?host=${host}`;
}
