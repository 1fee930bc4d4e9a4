/**
 * The Python SDK (`generated/python/ilenia_sdk`), from the same bundled specs as the TypeScript code:
 * a module per OpenAPI API (models + client), the WebSocket message models, and the shared runtime
 * (`runtime.py` beside this file, copied with the banner). Depends only on pydantic v2 and requests.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedBanner } from '../banner.js';
import { pascalName, snakeCase } from './python-types.js';
import { renderPythonClient } from './python-client.js';
import { renderPythonWebSocketModels } from './websocket-models.js';

type Json = Record<string, unknown>;

const runtimeSource = 'scripts/generate/python/runtime.py';
/** Hand-written modules copied into the package (with the banner): source file → module file. */
const copiedModules = [
  { source: 'websocket.py', module: '_websocket.py' },
  { source: 'subtitles.py', module: 'subtitles.py' },
];

/** Writes `outDir/ilenia_sdk/` and `outDir/README.md`. */
export async function generatePythonSdk(options: {
  outDir: string;
  openApi: { api: string; spec: Json; source: string }[];
  asyncApi: { name: string; spec: Json; source: string }[];
}): Promise<void> {
  const packageDir = path.join(options.outDir, 'ilenia_sdk');
  await mkdir(packageDir, { recursive: true });
  const runtime = await readFile(fileURLToPath(new URL('./runtime.py', import.meta.url)), 'utf8');
  await writeFile(path.join(packageDir, '_runtime.py'), generatedBanner(runtimeSource, '#') + runtime);
  for (const { source, module } of copiedModules) {
    const text = await readFile(fileURLToPath(new URL(`./${source}`, import.meta.url)), 'utf8');
    await writeFile(path.join(packageDir, module), generatedBanner(`scripts/generate/python/${source}`, '#') + text);
  }
  const exports: string[] = [];
  for (const { api, spec, source } of options.openApi) {
    await writeFile(path.join(packageDir, `${snakeCase(api)}.py`), renderPythonClient(api, spec, source));
    exports.push(`from .${snakeCase(api)} import ${pascalName(api)}Client`);
  }
  for (const { name, spec, source } of options.asyncApi) {
    await writeFile(path.join(packageDir, `${snakeCase(name)}.py`), renderPythonWebSocketModels(spec, source));
  }
  await writeFile(
    path.join(packageDir, '__init__.py'),
    `${generatedBanner('specs/ (every API in scripts/generate/apis.ts)', '#')}"""Ilenia's Python SDK: one client per API, models in each API's module, WebSocket models in ${options.asyncApi.map(({ name }) => snakeCase(name)).join(', ')}."""
from ._runtime import (
    ApiClient,
    BadRequestError,
    ClientCredentials,
    ConflictError,
    Credentials,
    ForbiddenError,
    NotFoundError,
    PreconditionFailedError,
    Problem,
    ProblemError,
    ServerError,
    TooManyRequestsError,
    UnauthorizedError,
)
${exports.join('\n')}
from .subtitles import SubtitleConnectionClosed, SubtitleStream, SubtitleStreamError, follow_subtitles
`,
  );
  await writeFile(path.join(options.outDir, 'README.md'), readme(options.openApi.map(({ api }) => api)));
}

function readme(apis: string[]): string {
  return `<!-- GENERATED FILE - DO NOT EDIT. Made by: make generate (scripts/generate/python/index.ts). -->
# Ilenia Python SDK (generated)

Python 3.11 with pydantic v2 and requests (nothing else). Add this folder to \`PYTHONPATH\` and
\`import ilenia_sdk\`. Clients: ${apis.map((api) => `\`${pascalName(api)}Client\` (\`ilenia_sdk.${snakeCase(api)}\`)`).join(', ')}.
Each has one method per operation (the snake_case operationId), takes models or dicts as bodies and
returns pydantic models. Errors raise \`ProblemError\` subclasses (\`NotFoundError\`, \`UnauthorizedError\`, …)
carrying the RFC 9457 \`problem\`. A 401 on a bearer operation refreshes the access token once
(\`POST /v2/auth/refresh\` with the rotated \`ilenia_refresh\` token) and retries.

\`\`\`python
from ilenia_sdk import Credentials, EventsClient, NotFoundError

credentials = Credentials.sign_in("http://localhost:8081", "manager@ilenia.dev", "<password>")
events = EventsClient("http://localhost:8083", credentials)
for event in events.list_events(status="live").items:
    print(event.id, event.title)
try:
    events.get_event("00000000-0000-4000-8000-000000000000")
except NotFoundError as error:
    print(error.problem.title)
\`\`\`

Following a talk's subtitles: \`follow_subtitles(ticket, "es", channel_id=...)\` (ticket from
\`LiveEventClient.create_listener_ticket\`) opens the listener WebSocket (a small RFC 6455 client on the
standard library, \`ilenia_sdk._websocket\`), subscribes, and iterates the messages as models
(\`SubtitleFinal\`, \`SubtitlePartial\`, \`Gap\`, \`SessionState\`, …) until the talk ends; an \`error\` message
raises \`SubtitleStreamError\` (\`code\`), any other close \`SubtitleConnectionClosed\` (\`code\`, \`name\`).
It does not reconnect: take a new ticket and pass \`resume_from\`.

LiveKit mode: \`LivekitProviderClient\` hands out the LiveKit tokens of a channel's room (a speaker's to
publish, a listener's to subscribe, the live service's agent token) and lets a manager list and close
rooms; \`LiveServiceClient\` starts and stops a channel's agents and serves the sessions' transcripts,
as a model or, with \`format="vtt"\`, \`"srt"\` or \`"txt"\`, as a \`str\`. A service signs in with its OAuth
client: \`ClientCredentials(auth_url, client_id, client_secret, scope="agents:token")\` takes a token
(client credentials grant) and takes a new one when an API rejects it as expired (the grant has no
refresh token); OAuth errors raise the same typed exceptions, with \`error\` among the problem's extra
members.

\`\`\`python
from ilenia_sdk import ConflictError, Credentials, LiveServiceClient, LivekitProviderClient

speaker = Credentials.sign_in("http://localhost:8081", "speaker1@ilenia.dev", "<password>")
room = LivekitProviderClient("http://localhost:8086", speaker).create_or_join_room({"event_id": event_id, "channel_id": channel_id})
print(room.livekit_url, room.room_name)  # connect a LiveKit client with room.livekit_token
sessions = LiveServiceClient("http://localhost:8092", speaker)
try:
    session = sessions.start_session({"event_id": event_id, "channel_id": channel_id})
except ConflictError as error:
    print(error.problem.model_extra.get("event_status"))  # the event is not ready or live yet
print(sessions.get_live_event_transcript(event_id, "es", format="vtt"))
\`\`\`
`;
}
