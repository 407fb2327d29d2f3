/**
 * Where a gateway's share of a request goes, for `npm run bench:gateways`'s comparison with the subgraph (one
 * connection, so one request at a time): preloaded into each gateway process (`node --require`), it times, for every
 * request that carries an `x-bench-phase: <label>` header,
 *
 * - before: from the request's arrival to the start of its first subgraph call (reading, parsing, validating,
 *   protecting, planning: everything a gateway does before it can ask);
 * - call: from there to the end of its last subgraph answer (the subgraph's time and the hop to it);
 * - after: from the end of its last subgraph answer to the end of the response (reading the answer, shaping,
 *   serializing, writing).
 *
 * Subgraph calls are seen on Node's diagnostics channels, whatever the gateway's HTTP client: undici's (`undici:request:*`:
 * our router, the forwarders, and fetch) and node:http's (`http.client.*`: the stock gateway's make-fetch-happen).
 * On SIGUSR2 it writes each label's medians, in ms, to `$BENCH_PHASES_DIR/phases-<pid>.json` and forgets them.
 * Requests without the header (the mix loads) are not timed.
 */
'use strict';
const diagnostics = require('node:diagnostics_channel');
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');

const directory = process.env.BENCH_PHASES_DIR;
/** label → [{ before, after }] */
let timings = new Map();
/** The request being served (one connection: one at a time), with its marks. */
let current = null;

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, request, response) {
  const label = event === 'request' ? request.headers['x-bench-phase'] : undefined;
  if (typeof label === 'string') {
    const marks = { arrived: performance.now(), called: 0, answered: 0 };
    current = marks;
    response.once('finish', () => {
      if (current === marks) current = null;
      if (!marks.called || !marks.answered) return; // answered without a subgraph (a cache): nothing to split
      let rows = timings.get(label);
      if (!rows) timings.set(label, (rows = []));
      rows.push({ before: marks.called - marks.arrived, call: marks.answered - marks.called, after: performance.now() - marks.answered });
    });
  }
  return emit.apply(this, arguments);
};

const called = () => {
  if (current && !current.called) current.called = performance.now();
};
const answered = () => {
  if (current) current.answered = performance.now();
};
diagnostics.subscribe('undici:request:create', called);
diagnostics.subscribe('undici:request:trailers', answered);
diagnostics.subscribe('http.client.request.start', called);
diagnostics.subscribe('http.client.response.finish', answered);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : null;
};

process.on('SIGUSR2', () => {
  if (!directory) return;
  const figures = {};
  for (const [label, rows] of timings) {
    figures[label] = { requests: rows.length, before: median(rows.map((r) => r.before)), call: median(rows.map((r) => r.call)), after: median(rows.map((r) => r.after)) };
  }
  timings = new Map();
  const file = path.join(directory, `phases-${process.pid}.json`);
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(figures));
  fs.renameSync(`${file}.tmp`, file);
});
