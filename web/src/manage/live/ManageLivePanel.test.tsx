import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { demoEvent, json, on } from '../../test/fake-api.js';
import { liveStatusExample, renderPanel } from './test-support.js';
import { ManageLivePanel } from './index.js';

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  act(() => {
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

afterEach(() => setVisibility('visible'));

const eventRoute = on('GET', /\/api\/events\/v1\/events\/e1$/, () => json(200, demoEvent));

describe('the live panel', () => {
  it('shows per channel the session, the listeners per language and the latency of the latest finals with medians', async () => {
    renderPanel(<ManageLivePanel eventId="e1" personName={(id) => (id === 's1-user-0000' ? 'Ada Speaker' : undefined)} />, [
      eventRoute,
      on('GET', /\/api\/live-event\/v1\/events\/e1\/live$/, (request) => {
        expect(new URL(request.url).searchParams.get('finals')).toBe('10');
        return json(200, liveStatusExample);
      }),
    ]);
    const channel = await screen.findByRole('article', { name: 'Main stage' });
    expect(screen.getByText('42 listeners connected to the event')).toBeTruthy();
    expect(within(channel).getByText('Live')).toBeTruthy();
    expect(within(channel).getByText(/Speaker: Ada Speaker, since/)).toBeTruthy();
    expect(within(channel).getByText('40 listening')).toBeTruthy();
    const languages = within(channel).getByRole('list', { name: 'Listeners per language' });
    expect(
      within(languages)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['English 12', 'Spanish 25', 'French 4']);

    const table = within(channel).getByRole('table', { name: 'Latency of the latest finals (ms)' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(headers).toEqual(['#', 'Recog.', 'Translation', 'Delivery', 'es', 'fr', 'en', 'es', 'fr']);
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(rows.slice(2)).toEqual([
      ['118', '420', '85', '97', '2', '3', '2'],
      ['117', '388', '79', '91', '2', '5', '—'],
      ['116', '512', '101', '120', '4', '4', '6'],
      ['Median', '420', '85', '97', '2', '4', '4'],
    ]);
  });

  it('refreshes by itself, says when it pauses in a hidden tab, and catches up when the tab is shown again', async () => {
    let listeners = 1;
    const { requests } = renderPanel(<ManageLivePanel eventId="e1" refreshMs={20} />, [
      eventRoute,
      on('GET', /\/live$/, () => json(200, { ...liveStatusExample, listeners: listeners++ })),
    ]);
    await screen.findByText('1 listener connected to the event');
    await screen.findByText('3 listeners connected to the event');
    setVisibility('hidden');
    expect(screen.getByText('Refreshing paused while this tab is hidden.')).toBeTruthy();
    const asked = requests.filter((request) => request.url.includes('/live')).length;
    setVisibility('visible');
    await waitFor(() => expect(requests.filter((request) => request.url.includes('/live')).length).toBeGreaterThan(asked));
    expect(screen.queryByText('Refreshing paused while this tab is hidden.')).toBeNull();
  });

  it('shows a quiet channel, and in Spanish', async () => {
    const quiet = {
      ...liveStatusExample,
      listeners: 0,
      channels: [{ ...liveStatusExample.channels[0]!, session: null, listeners: 0, finals: [] }],
    };
    renderPanel(<ManageLivePanel eventId="e1" />, [eventRoute, on('GET', /\/live$/, () => json(200, quiet))], 'es');
    const channel = await screen.findByRole('article', { name: 'Main stage' });
    expect(within(channel).getByText('Nadie hablando')).toBeTruthy();
    expect(within(channel).getByText('Aún no hay finales.')).toBeTruthy();
  });

  it('says when the manager may not follow the event, and retries on request', async () => {
    let status = 404;
    renderPanel(<ManageLivePanel eventId="e1" refreshMs={60_000} />, [
      eventRoute,
      on('GET', /\/live$/, () =>
        status === 404 ? json(404, { type: 'about:blank', title: 'Not found', status: 404 }) : json(200, liveStatusExample),
      ),
    ]);
    expect((await screen.findByRole('alert')).textContent).toContain('You cannot follow this event live.');
    status = 200;
    act(() => screen.getByRole('button', { name: 'Try again' }).click());
    await screen.findByText('42 listeners connected to the event');
  });
});
