/**
 * The listener page's figures (never pass/fail): time from the page's first byte to the first caption
 * on a warm local stack, and the JS heap after 5,000 finals. The measuring script belongs to the web
 * app (web/e2e/figures/listener.ts: it drives Chromium with the end-to-end helpers and starts its own
 * stack on free ports); this launcher puts it in `make bench`.
 *
 *   tsx bench/web-listener.ts [rounds, default 7]
 */
import { spawn } from 'node:child_process';

const child = spawn(process.execPath, ['--import', 'tsx', 'web/e2e/figures/listener.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = await new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
