/**
 * schemas.ts: the cleaned JSON Schemas of every JSON message as one JSON Schema 2020-12 document
 * (one `$defs` entry per message and per shared sub-schema), for Ajv at run time.
 */
import { endWithNewline, quote } from './text.js';

export function renderSchemas(protocol, banner) {
  const document = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: protocol.schemaId,
    title: protocol.title,
    $defs: protocol.definitions,
  };
  return endWithNewline(
    [
      banner,
      '/** The `$id` of {@link messageSchemas}; a message schema is `${MESSAGE_SCHEMAS_ID}#/$defs/<MessageName>`. */',
      `export const MESSAGE_SCHEMAS_ID = ${quote(protocol.schemaId)};`,
      '',
      '/** The JSON Schemas of every JSON message (extensions and OpenAPI-only keywords removed). */',
      `export const messageSchemas = ${JSON.stringify(document, null, 2)};`,
    ].join('\n'),
  );
}
