/**
 * The load generator of the benchmarks, run in a child process (bench/load.ts) so that it does not
 * share the event loop and the core of the servers it measures. Takes a LoadSpec as JSON in argv[2],
 * prints autocannon's figures as JSON on stdout.
 */
import crypto from 'node:crypto';
import autocannon from 'autocannon';
import type { LoadSpec } from './load';

const spec = JSON.parse(process.argv[2]!) as LoadSpec;
let seq = 0;

/** A signed Slack slash command, new trigger_id and timestamp each time (as Slack sends them). */
function slackCommand(s: NonNullable<LoadSpec['slack']>): { body: string; headers: Record<string, string> } {
  seq++;
  const text = s.command === 'hilfe' ? 'hilfe' : `fortschritt ${seq % 2 === 0 ? 'M-1' : 'M-2'} ${seq % 100}`;
  const body = new URLSearchParams({
    token: 'x', team_id: s.team, team_domain: 'bench', channel_id: 'C0BENCH01', channel_name: 'bench', user_id: s.user, user_name: 'max',
    command: '/v2030', text, api_app_id: 'A0001', is_enterprise_install: 'false',
    response_url: s.responseUrl, trigger_id: `${seq}.${process.pid}.${crypto.randomBytes(8).toString('hex')}`,
  }).toString();
  const ts = Math.floor(Date.now() / 1000);
  const signature = `v0=${crypto.createHmac('sha256', s.secret).update(`v0:${ts}:${body}`).digest('hex')}`;
  return { body, headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': signature } };
}

const url = new URL(spec.url);
const result = await autocannon({
  url: url.origin,
  connections: spec.connections,
  ...(spec.amount ? { amount: spec.amount } : { duration: spec.seconds }),
  requests: [
    {
      method: 'POST',
      path: url.pathname,
      setupRequest: (req) => {
        if (spec.slack) return { ...req, ...slackCommand(spec.slack) };
        // A new activity id each time (as Teams sends them): `__ID__` in the body template.
        seq++;
        return { ...req, headers: { 'content-type': 'application/json' }, body: spec.body!.replace('__ID__', `bench-${process.pid}-${seq}`) };
      },
    },
  ],
});
process.stdout.write(
  JSON.stringify({
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result['2xx'],
    failed: result.non2xx + result.errors + result.timeouts,
    total: result.requests.total,
  }),
);
