/**
 * WebSocket fuzzing of live-event's speaker and listener protocols, from the AsyncAPI document, against
 * the running platform (stack.ts) with real tickets of the demo users on the demo event. The cases come
 * from ws-cases.ts, the per-connection oracles from ws-probe.ts; this file adds the oracles of a case
 * (a frame's answer as the spec says: accepted, refused with the typed error, or the declared close)
 * and of the whole run: live-event still ready, a fresh listener still receives a subtitle of new
 * speech, and every final a speaker was told about can still be replayed (nothing accepted was lost).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { demoEvent } from '@ilenia/kit';
import type { Json } from '../check-breaking/diff-schema.js';
import { Random } from './generate.js';
import type { Finding } from './fuzz.js';
import { signIn } from './sign-in.js';
import type { Stack } from './stack.js';
import {
  CaseGenerator,
  declaredCloseCodes,
  malformedCodes,
  type CaseContext,
  type Step,
  type TicketPlan,
  type WebSocketCase,
} from './ws-cases.js';
import { describeFrame, WebSocketProbe, type FrameOutcome, type Role } from './ws-probe.js';
import { knownWebSocketBugs } from './ws-known-bugs.js';
import { speakAndFollow } from './ws-liveness.js';

export interface WebSocketFuzzReport {
  connections: number;
  frames: number;
  closeCodes: Record<string, number>;
  findings: Finding[];
  /** Findings that match a known, reported bug of live-event (listed, not failing the run). */
  known: Finding[];
  /** Checks that could not run here, with why. */
  skipped: string[];
}

interface Ticket {
  ticket: string;
  websocket_url: string;
  expires_at: string;
}

type User = 'speaker1' | 'speaker2' | 'listener1';

export async function fuzzWebSocket(
  stack: Stack,
  options: { seed: number; cases: number; root: string; log?: (line: string) => void },
): Promise<WebSocketFuzzReport> {
  const log = options.log ?? (() => {});
  const report: WebSocketFuzzReport = { connections: 0, frames: 0, closeCodes: {}, findings: [], known: [], skipped: [] };
  const spec = JSON.parse(readFileSync(path.join(options.root, 'generated/specs/live-event-ws.json'), 'utf8')) as Json;
  const closeCodes = { speaker: declaredCloseCodes(spec, 'speaker'), listener: declaredCloseCodes(spec, 'listener') };
  const generator = new CaseGenerator(spec, new Random(options.seed));
  const baseUrl = stack.urls['live-event'];
  const context: CaseContext = {
    channelId: demoEvent.channel.id,
    languages: [demoEvent.channel.sourceLanguage, ...demoEvent.channel.targetLanguages],
  };
  const tokens = {} as Record<User, string>;
  for (const user of ['speaker1', 'speaker2', 'listener1'] as const)
    tokens[user] = (await signIn(stack.urls.auth, `${user}@ilenia.dev`)).access;
  const readyBefore = (await fetch(`${baseUrl}/ready`)).status;
  /** Sequences of the source-language finals that speakers were told about: none may be lost. */
  const acceptedFinals = new Set<number>();

  async function ticket(role: Role, user: User): Promise<Ticket> {
    const response = await fetch(`${baseUrl}/v1/tickets/${role}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens[user]}`, 'content-type': 'application/json' },
      body: JSON.stringify(role === 'speaker' ? { event_id: demoEvent.id, channel_id: demoEvent.channel.id } : { event_id: demoEvent.id }),
    });
    if (response.status !== 201) throw new Error(`a ${role} ticket for ${user} was refused: ${response.status} ${await response.text()}`);
    return (await response.json()) as Ticket;
  }

  function open(role: Role, ticketValue: string | undefined): WebSocketProbe {
    report.connections += 1;
    const query = ticketValue === undefined ? '' : `?ticket=${encodeURIComponent(ticketValue)}`;
    return new WebSocketProbe(role, `${baseUrl.replace(/^http/, 'ws')}/v1/ws/${role}${query}`, closeCodes[role]);
  }

  /** Opens the connection a ticket plan asks for; returns it with the close code the spec then demands. */
  async function connect(role: Role, plan: TicketPlan): Promise<{ probe: WebSocketProbe; refusal?: number; described: string }> {
    switch (plan.kind) {
      case 'fresh':
        return { probe: open(role, (await ticket(role, plan.user)).ticket), described: `a fresh ${role} ticket of ${plan.user}` };
      case 'wrong-role': {
        const other = role === 'speaker' ? 'listener' : 'speaker';
        const issued = await ticket(other, other === 'speaker' ? 'speaker1' : 'listener1');
        return { probe: open(role, issued.ticket), refusal: 4001, described: `a ${other} ticket on the ${role} endpoint` };
      }
      case 'reused': {
        const issued = await ticket(role, role === 'speaker' ? 'speaker1' : 'listener1');
        const first = open(role, issued.ticket);
        await first.opened;
        await first.barrier();
        await first.close();
        return { probe: open(role, issued.ticket), refusal: 4001, described: `a ${role} ticket already used for a connection` };
      }
      case 'expired': {
        const issued = await ticket(role, role === 'speaker' ? 'speaker1' : 'listener1');
        // Waits for the ticket's own expiry instant (stack.ts gives tickets a short lifetime), not a margin.
        const expiry = Date.parse(issued.expires_at);
        while (Date.now() <= expiry + 1_000) await new Promise((resolve) => setTimeout(resolve, expiry + 1_001 - Date.now()));
        return {
          probe: open(role, issued.ticket),
          refusal: 4001,
          described: `a ${role} ticket used after its expires_at (${issued.expires_at})`,
        };
      }
      case 'garbage':
        return { probe: open(role, plan.value), refusal: 4001, described: `the ticket ${JSON.stringify(plan.value.slice(0, 80))}` };
      case 'none':
        return { probe: open(role, undefined), refusal: 4001, described: 'no ticket' };
    }
  }

  function record(probe: WebSocketProbe): void {
    for (const message of probe.received)
      if (message.type === 'transcript_final') acceptedFinals.add(message.sequence);
      else if (message.type === 'session_started' && probe.role === 'speaker')
        context.lastSession = { session_id: message.session_id, resume_token: message.resume_token };
    if (probe.closed && probe.closedByServer) report.closeCodes[probe.closed.code] = (report.closeCodes[probe.closed.code] ?? 0) + 1;
  }

  function addFinding(label: string, problem: string, described: string, sent: Step[]): void {
    const finding: Finding = {
      problem: `live-event WebSocket (${label}): ${problem}`,
      request: [
        `connect with ${described}, then send:`,
        ...sent.map((step, index) => `    ${index + 1}. ${describeFrame(step.frame)}`),
      ].join('\n'),
    };
    const known = knownWebSocketBugs.find((bug) => bug.matches.test(finding.problem));
    if (known) report.known.push({ ...finding, problem: `${finding.problem} [known: ${known.reason}]` });
    else report.findings.push(finding);
  }

  /** Judges one frame's outcome against its expectation; returns whether the case can go on. */
  function judge(step: Step, outcome: FrameOutcome, fail: (problem: string) => void): boolean {
    const errors = outcome.replies.filter((message) => message.type === 'error');
    if (outcome.hung) fail('no answer to the ping that followed this frame within a minute (the connection hangs)');
    else if (step.expect.kind === 'accepted') {
      const malformed = errors.find((error) => malformedCodes.includes(error.code));
      if (malformed) fail(`a frame the AsyncAPI schema accepts was refused as ${malformed.code}: ${malformed.message}`);
    } else {
      const { codes, closeCodes: closes = [] } = step.expect;
      const typed = errors.find((error) => codes.includes(error.code));
      const closedAsDeclared = outcome.closed && closes.includes(outcome.closed.code);
      if (!typed && !closedAsDeclared) {
        const got =
          errors.length > 0
            ? `error ${errors.map((error) => error.code).join(', ')}`
            : outcome.closed
              ? `close ${outcome.closed.code}`
              : 'no error';
        fail(`expected ${[...codes.map((code) => `error ${code}`), ...closes.map((code) => `close ${code}`)].join(' or ')}, got ${got}`);
      }
    }
    return !outcome.closed && !outcome.hung;
  }

  async function run(testCase: WebSocketCase): Promise<void> {
    const { probe, refusal, described } = await connect(testCase.role, testCase.ticket);
    const sent: Step[] = [];
    const fail = (problem: string) => addFinding(testCase.label, problem, described, sent);
    if (!(await probe.opened) && !probe.closed) {
      fail('the handshake failed (the server must complete the upgrade and close with a code)');
      return;
    }
    if (refusal !== undefined) {
      const outcome = await probe.barrier();
      if (outcome.closed?.code !== refusal)
        fail(`expected close ${refusal}, got ${outcome.closed ? `close ${outcome.closed.code}` : 'an open connection'}`);
    }
    for (const step of testCase.steps) {
      sent.push(step);
      report.frames += 1;
      if (!judge(step, await probe.send(step.frame, step.answerId), fail)) break;
    }
    if (testCase.leave === 'drop') await probe.drop();
    else await probe.close();
    for (const violation of probe.violations) fail(violation);
    record(probe);
  }

  /**
   * speaker1 takes the channel; speaker2, whose ticket was issued while the channel was free (a busy
   * channel is refused a ticket over HTTP), must be turned away with 4012; speaker1 then ends its session.
   * Runs first, while no session holds the channel.
   */
  async function channelBusy(): Promise<void> {
    const { holder, intruder } = generator.channelBusy();
    const intruderTicket = (await ticket('speaker', 'speaker2')).ticket;
    const first = open('speaker', (await ticket('speaker', 'speaker1')).ticket);
    const second = open('speaker', intruderTicket);
    const fail = (problem: string) =>
      addFinding('channel busy', problem, 'speaker1 then speaker2 tickets on the same channel', [holder, intruder]);
    await Promise.all([first.opened, second.opened]);
    report.frames += 2;
    if (judge(holder, await first.send(holder.frame), fail)) judge(intruder, await second.send(intruder.frame), fail);
    await first.send({ kind: 'text', text: JSON.stringify({ type: 'end_session' }) });
    await Promise.all([first.close(), second.close()]);
    for (const violation of [...first.violations, ...second.violations]) fail(violation);
    record(first);
    record(second);
  }

  await channelBusy();
  for (const kind of CaseGenerator.fixedKinds) await run(generator.fixed(kind, context));
  for (let index = 0; index < options.cases; index += 1)
    await run(generator.conversation(index % 2 === 0 ? 'listener' : 'speaker', context));
  log(`  websocket: ${report.connections} connections, ${report.frames} frames; checking that live-event is still healthy…`);

  const readyAfter = (await fetch(`${baseUrl}/ready`).catch(() => undefined))?.status;
  if (readyBefore === 200 && readyAfter !== 200)
    report.findings.push({
      problem: `live-event is no longer ready after the WebSocket fuzzing (${readyAfter ?? 'no answer'})`,
      request: `GET ${baseUrl}/ready`,
    });
  const liveness = await speakAndFollow({ baseUrl, context, ticket, open: (role, value) => open(role, value), ready: readyBefore === 200 });
  if (liveness.skipped) report.skipped.push(liveness.skipped);
  for (const problem of liveness.problems)
    report.findings.push({ problem: `live-event after the WebSocket fuzzing: ${problem}`, request: liveness.reproduce });
  const lost = [...acceptedFinals].filter((sequence) => !liveness.sourceFinals.has(sequence));
  if (liveness.replayChecked && lost.length > 0)
    report.findings.push({
      problem: `live-event lost finals a speaker was told about: sequence(s) ${lost.join(', ')} are not replayed to a listener that subscribes with resume_from 0`,
      request: liveness.reproduce,
    });
  return report;
}
