import { describe, expect, it } from 'vitest';
import type { AgentStageState } from './contract.js';
import { StageStates } from './stage-states.js';

describe('the agent stage states', () => {
  it('lists asr, mt and one tts per target, in the spec order, mt even without targets', () => {
    expect(new StageStates('en', ['es', 'fr'], () => undefined).all.map((state) => [state.stage, state.languages])).toEqual([
      ['asr', ['en']],
      ['mt', ['es', 'fr']],
      ['tts', ['es']],
      ['tts', ['fr']],
    ]);
    expect(new StageStates('en', [], () => undefined).all.map((state) => state.stage)).toEqual(['asr', 'mt']);
  });

  it('counts restarts, keeps the last error, and tells every change; a failed stage stays failed', () => {
    const changes: AgentStageState[] = [];
    const states = new StageStates('en', ['es'], (state) => changes.push(state));
    states.setAll('joined');
    states.restarting('asr', 'engine_failed', 'the recogniser process exited (SIGKILL)');
    states.working('asr');
    states.failed('mt', 'engine_missing', 'apertium-eng-spa is not installed');
    states.setAll('stopped');
    const asr = states.get('asr')!;
    expect(asr).toMatchObject({ status: 'stopped', restarts: 1, lastError: { code: 'engine_failed' } });
    expect(asr.joinedAt).toBeInstanceOf(Date);
    expect(states.get('mt')).toMatchObject({ status: 'failed', lastError: { code: 'engine_missing' } });
    expect(changes.filter((state) => state.stage === 'asr').map((state) => state.status)).toEqual([
      'joined',
      'restarting',
      'joined',
      'stopped',
    ]);
    // Snapshots: changing one does not change the agent's state.
    states.all[0]!.restarts = 99;
    expect(states.get('asr')!.restarts).toBe(1);
  });
});
