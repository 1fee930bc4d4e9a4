/**
 * End to end, against the running platform (`make dev`, or `ILENIA_PORT_OFFSET=… make dev` with
 * WEB_URL): the demo manager creates an event with an English → Spanish channel, assigns speaker1 and
 * listener1 and makes it ready; speaker1 then sees it on their home page; a save from a stale tab
 * shows what changed (412) and reloads. The flows themselves are in `flows/manage.ts`. SHOTS_DIR
 * keeps screenshots of the create and edit views. Ends with "N passed, N failed".
 */
import { chromium } from 'playwright-core';
import { manageAndSpeakerSees, staleEditFlow } from './flows/manage.js';

const base = process.env.WEB_URL ?? 'http://localhost:5173';
let failed = 0;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless=new'] });
try {
  const result = await manageAndSpeakerSees(browser, base, { shots: process.env.SHOTS_DIR });
  console.log(`event ${result.eventId} ("${result.title}") is ready and on speaker1's home`);
  await staleEditFlow(browser, base, result.eventId);
  console.log('a stale save in a second tab showed what changed and reloaded');
} catch (error) {
  failed = 1;
  console.error(error);
} finally {
  await browser.close();
}
console.log(`${1 - failed} passed, ${failed} failed`);
process.exit(failed);
