/**
 * A talk without a browser: `scripts/demo-talk.ts` (the demo speaker streams flite English in real
 * time through the generated SDKs) against the stack under test. Resolves when the session has ended.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { repositoryRoot } from './paths.js';

export function demoTalk(text: string, urls: { authUrl: string; liveEventUrl: string }): Promise<string> {
  const child = spawn(path.join(repositoryRoot, 'node_modules/.bin/tsx'), ['scripts/demo-talk.ts'], {
    cwd: repositoryRoot,
    env: { ...process.env, TEXT: text, AUTH_URL: urls.authUrl, LIVE_EVENT_URL: urls.liveEventUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) =>
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`demo-talk exited with ${code}:\n${output}`)))),
  );
}
