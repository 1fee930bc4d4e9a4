export { UpstreamUnavailableError } from './errors.js';
export { clientCredentialsTokenSource, type AccessTokenSource, type ClientCredentialsOptions } from './token-source.js';
export {
  httpEventsDirectory,
  type EventsDirectory,
  type EventsEvent,
  type EventsChannel,
  type SessionRecordCreate,
  type HttpEventsDirectoryOptions,
} from './events-directory.js';
