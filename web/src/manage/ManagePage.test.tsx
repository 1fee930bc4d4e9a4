import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json } from '../test/fake-api.js';
import { draftEvent, fakeServices, manager, people, renderManage } from './test-support.js';

// The page's waits end when the page shows the result; the bounds only need to survive a loaded machine.
configure({ asyncUtilTimeout: 15_000 });

/** Types long text in one go (typing key by key is slow on a loaded machine and tests nothing more). */
async function fill(field: HTMLElement, text: string) {
  await userEvent.clear(field);
  await userEvent.click(field);
  await userEvent.paste(text);
}

const speaker = people[0]!;
const channel = {
  id: 'c1',
  event_id: 'e1',
  name: 'Main stage',
  source_language: 'en',
  target_languages: ['es'],
  speakers: [] as string[],
  created_at: '2026-10-02T09:14:22Z',
  updated_at: '2026-10-02T09:14:22Z',
};

async function pickFrom(box: HTMLElement, text: string, option: RegExp) {
  await fill(box, text);
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

describe('creating an event', () => {
  it('sends the times as instants in the chosen time zone and opens the new event', async () => {
    const services = fakeServices(undefined);
    await renderManage('/en/manage/new', services);
    await fill(screen.getByLabelText('Title'), 'Open Science Summit');
    // Typed, not picked with the mouse: the keyboard alone chooses a zone.
    const zone = screen.getByRole('combobox', { name: 'Time zone' });
    await userEvent.clear(zone);
    await userEvent.type(zone, 'tokyo{ArrowDown}{Enter}');
    expect((zone as HTMLInputElement).value).toBe('Asia/Tokyo');
    await fill(screen.getByLabelText('Starts'), '2026-11-28T18:00');
    await fill(screen.getByLabelText('Ends'), '2026-11-28T19:30');
    await userEvent.click(screen.getByRole('button', { name: 'Create event' }));
    expect((await screen.findByTestId('where')).textContent).toBe('/en/manage/e-new');
    const created = services.server.requests.find((request) => request.method === 'POST' && request.path === '/api/events/v1/events');
    expect(created?.body).toEqual({
      title: 'Open Science Summit',
      description: null,
      starts_at: '2026-11-28T18:00:00+09:00',
      ends_at: '2026-11-28T19:30:00+09:00',
      timezone: 'Asia/Tokyo',
    });
  });

  it('shows the API’s field errors next to their fields', async () => {
    const services = fakeServices(undefined);
    services.server.nextCreate = json(400, {
      type: 'https://ilenia.dev/problems/validation',
      title: 'Validation failed',
      status: 400,
      errors: [{ location: 'body', path: '/title', message: 'must NOT have more than 200 characters' }],
    });
    await renderManage('/en/manage/new', services);
    await fill(screen.getByLabelText('Title'), 'Too long, says the server');
    await userEvent.click(screen.getByRole('button', { name: 'Create event' }));
    const title = screen.getByLabelText('Title');
    await waitFor(() => expect(title.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(title.getAttribute('aria-describedby')!)?.textContent).toBe('must NOT have more than 200 characters');
  });

  it('refuses an end before the start before asking the server, in the interface language', async () => {
    const services = fakeServices(undefined);
    await renderManage('/es/manage/new', services, 'es');
    await fill(screen.getByLabelText('Título'), 'Cumbre');
    await fill(screen.getByLabelText('Empieza'), '2026-11-28T18:00');
    await fill(screen.getByLabelText('Termina'), '2026-11-28T17:00');
    await userEvent.click(screen.getByRole('button', { name: 'Crear evento' }));
    expect(await screen.findByText('El final debe ser posterior al inicio.')).toBeTruthy();
    expect(services.server.requests.filter((request) => request.path.startsWith('/api/events/'))).toHaveLength(0);
  });
});

describe('editing an event', () => {
  it('saves only the changed fields with If-Match', async () => {
    const services = fakeServices(draftEvent());
    await renderManage('/en/manage/e1', services);
    const title = await screen.findByLabelText('Title');
    expect(screen.getByLabelText<HTMLInputElement>('Starts').value).toBe('2026-11-28T18:00');
    await fill(title, 'Open Science Summit 2026');
    await userEvent.click(screen.getByRole('button', { name: 'Save details' }));
    expect(await screen.findByText('Saved.')).toBeTruthy();
    const patch = services.server.requests.find((request) => request.method === 'PATCH');
    expect(patch).toMatchObject({ ifMatch: '"3"', body: { title: 'Open Science Summit 2026' } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Open Science Summit 2026' })).toBeTruthy();
  });

  it('on 412 shows what differs from what was entered, and reloads the server’s version', async () => {
    const services = fakeServices(draftEvent());
    await renderManage('/en/manage/e1', services);
    const title = await screen.findByLabelText('Title');
    // Someone else renames the event and moves its end.
    services.server.event = { ...services.server.event!, title: 'Summit (renamed)', ends_at: '2026-11-28T20:00:00+01:00', version: 4 };
    await fill(title, 'My title');
    await userEvent.click(screen.getByRole('button', { name: 'Save details' }));
    const notice = await screen.findByRole('alert');
    const rows = within(notice)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Title', 'My title', 'Summit (renamed)'],
      ['Ends', 'Nov 28, 2026, 7:30 PM', 'Nov 28, 2026, 8:00 PM'],
    ]);
    await userEvent.click(within(notice).getByRole('button', { name: 'Reload the event' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(screen.getByLabelText<HTMLInputElement>('Title').value).toBe('Summit (renamed)');
    expect(screen.getByLabelText<HTMLInputElement>('Ends').value).toBe('2026-11-28T20:00');
  });
});

describe('the status', () => {
  const moves = () =>
    within(screen.getByRole('region', { name: 'Status' }))
      .queryAllByRole('button')
      .map((button) => button.textContent);

  it('offers only the allowed moves, and "ready" only once a channel has a speaker', async () => {
    const services = fakeServices(draftEvent({ channels: [channel] }));
    await renderManage('/en/manage/e1', services);
    await screen.findByText('Draft');
    expect(moves()).toEqual(['Make ready']);
    expect(screen.getByRole('button', { name: 'Make ready' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByText('To make it ready, give at least one channel a speaker.')).toBeTruthy();
  });

  it('moves with If-Match and then offers the moves from the new status; ended offers none', async () => {
    const services = fakeServices(draftEvent({ channels: [{ ...channel, speakers: [speaker.id] }] }));
    await renderManage('/en/manage/e1', services);
    await userEvent.click(await screen.findByRole('button', { name: 'Make ready' }));
    await waitFor(() => expect(moves()).toEqual(['Back to draft', 'Go live']));
    expect(services.server.requests.find((request) => request.path.endsWith('/status'))).toMatchObject({
      ifMatch: '"3"',
      body: { status: 'ready' },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Go live' }));
    await waitFor(() => expect(moves()).toEqual(['End the event']));
    // Live: channels are frozen.
    expect(screen.queryByRole('button', { name: 'Add a channel' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'End the event' }));
    await userEvent.click(screen.getByRole('button', { name: 'End the event' }));
    await waitFor(() => expect(moves()).toEqual([]));
    expect(services.server.event?.status).toBe('ended');
  });
});

describe('channels and people', () => {
  it('adds an English → Spanish channel from the searchable language lists', async () => {
    const services = fakeServices(draftEvent());
    await renderManage('/es/manage/e1', services, 'es');
    await userEvent.click(await screen.findByRole('button', { name: 'Añadir un canal' }));
    await fill(screen.getByLabelText('Nombre del canal'), 'Sala principal');
    await pickFrom(screen.getByRole('combobox', { name: 'Idioma hablado' }), 'ingl', /^inglés en$/);
    // The spoken language is not offered as a translation.
    await userEvent.type(screen.getByRole('combobox', { name: 'Añadir un idioma de traducción' }), 'ingl');
    expect(screen.queryByRole('option', { name: /^inglés en$/ })).toBeNull();
    await pickFrom(screen.getByRole('combobox', { name: 'Añadir un idioma de traducción' }), 'espa', /^español es$/);
    await userEvent.click(screen.getByRole('button', { name: 'Añadir canal' }));
    expect(await screen.findByRole('heading', { name: 'Sala principal' })).toBeTruthy();
    expect(screen.getByText('inglés → español')).toBeTruthy();
    expect(services.server.requests.find((request) => request.path.endsWith('/channels'))).toMatchObject({
      ifMatch: '"3"',
      body: { name: 'Sala principal', source_language: 'en', target_languages: ['es'] },
    });
  });

  it('finds a speaker by name, assigns them, shows them by name and removes them', async () => {
    const services = fakeServices(draftEvent({ channels: [channel] }));
    await renderManage('/en/manage/e1', services);
    const search = await screen.findByRole('combobox', { name: 'Add a speaker to Main stage' });
    await userEvent.type(search, 'sam');
    await userEvent.click(await screen.findByRole('option', { name: 'Sam Speaker speaker1@ilenia.dev' }));
    const list = await screen.findByRole('list', { name: 'Speakers of Main stage' });
    expect(await within(list).findByText('Sam Speaker')).toBeTruthy();
    expect(
      services.server.requests.some((request) => request.method === 'PUT' && request.path.endsWith(`/channels/c1/speakers/${speaker.id}`)),
    ).toBe(true);
    expect(services.server.requests.some((request) => request.path === '/api/auth/v2/people' && request.search === '?q=sam&limit=20')).toBe(
      true,
    );
    await userEvent.click(within(list).getByRole('button', { name: 'Remove Sam Speaker' }));
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Speakers of Main stage' })).toBeNull());
    expect(services.server.event?.channels[0]?.speakers).toEqual([]);
  });

  it('assigns a listener found by email', async () => {
    const services = fakeServices(draftEvent());
    await renderManage('/en/manage/e1', services);
    await userEvent.type(await screen.findByRole('combobox', { name: 'Add a listener' }), 'listener1@');
    await userEvent.click(await screen.findByRole('option', { name: 'Lena Listener listener1@ilenia.dev' }));
    expect(await within(await screen.findByRole('list', { name: 'Listeners' })).findByText('Lena Listener')).toBeTruthy();
    expect(services.server.listeners).toEqual([people[2]!.id]);
  });
});

describe('a stale version', () => {
  it('after a refused status move shows what moved on the server, then offers the moves of the reloaded version', async () => {
    const services = fakeServices(draftEvent({ channels: [{ ...channel, speakers: [speaker.id] }] }));
    await renderManage('/en/manage/e1', services);
    await screen.findByRole('button', { name: 'Make ready' });
    const server = services.server.event!;
    services.server.event = {
      ...server,
      status: 'ready',
      channels: [...server.channels, { ...channel, id: 'c2', name: 'Room 2' }],
      version: 5,
    };
    await userEvent.click(screen.getByRole('button', { name: 'Make ready' }));
    const notice = await screen.findByRole('alert');
    const rows = within(notice)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Status', 'Draft', 'Ready'],
      ['Channel Room 2 was added', '—', '—'],
    ]);
    await userEvent.click(within(notice).getByRole('button', { name: 'Reload the event' }));
    await waitFor(() =>
      expect(
        within(screen.getByRole('region', { name: 'Status' }))
          .queryAllByRole('button')
          .map((button) => button.textContent),
      ).toEqual(['Back to draft', 'Go live']),
    );
  });
});

describe('who may manage', () => {
  it('shows a speaker who opens the page that only the organiser manages the event, with no form', async () => {
    const services = fakeServices(draftEvent(), { ...manager, id: 's1', permissions: ['events:read', 'live:speak'] });
    await renderManage('/en/manage/e1', services);
    expect((await screen.findByRole('alert')).textContent).toBe('Only the event’s organiser can manage it.');
    expect(screen.queryByLabelText('Title')).toBeNull();
  });

  it('lets a holder of events:manage_all manage another organiser’s event', async () => {
    const services = fakeServices(draftEvent(), {
      ...manager,
      id: 'a1',
      permissions: ['events:read', 'events:write', 'events:manage_all', 'people:search'],
    });
    await renderManage('/en/manage/e1', services);
    expect(await screen.findByLabelText('Title')).toBeTruthy();
  });
});
