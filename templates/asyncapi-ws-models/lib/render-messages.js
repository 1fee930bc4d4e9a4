/**
 * messages.ts: one TypeScript type per message (json-schema-to-typescript over the cleaned
 * payload schemas), the unions per role and direction, the `type` values, and the close codes.
 */
import { compile } from 'json-schema-to-typescript';
import { docComment, endWithNewline, quote, listInWords } from './text.js';

const DIRECTION_WORDS = {
  Client: (union) => `sent by a ${union.channelId} client to the server on \`${union.address}\``,
  Server: (union) => `sent by the server to a ${union.channelId} client on \`${union.address}\``,
};

export async function renderMessages(protocol, banner) {
  const parts = [banner, await renderPayloadTypes(protocol)];
  parts.push(renderBinaryTypes(protocol));
  parts.push(renderMessageTypes(protocol));
  parts.push(renderUnions(protocol));
  parts.push(renderCloseCodes(protocol));
  return endWithNewline(parts.filter(Boolean).join('\n'));
}

async function renderPayloadTypes(protocol) {
  const root = {
    title: 'JsonMessage',
    description: 'Any JSON (text frame) message of the protocol, in either direction.',
    anyOf: protocol.jsonMessages.map((message) => ({ $ref: `#/$defs/${message.name}` })),
    $defs: JSON.parse(JSON.stringify(protocol.definitions)),
  };
  const code = await compile(root, 'JsonMessage', {
    bannerComment: '',
    declareExternallyReferenced: true,
    enableConstEnums: false,
    format: true,
    ignoreMinAndMaxItems: true,
    strictIndexSignatures: true,
    unknownAny: true,
    unreachableDefinitions: false,
    style: { singleQuote: true, printWidth: 110 },
  });
  return code.trim() + '\n';
}

function renderBinaryTypes(protocol) {
  return protocol.binaryMessages
    .map((message) => {
      const where = message.usedIn.map((use) => DIRECTION_WORDS[use.direction](use)).join('; ');
      const doc = [message.summary, message.description, `Content type \`${message.contentType}\`, ${where}.`].filter(Boolean).join('\n\n');
      return `${docComment(doc)}export type ${message.name} = Uint8Array | ArrayBuffer;\n`;
    })
    .join('\n');
}

function renderMessageTypes(protocol) {
  const entries = protocol.jsonMessages
    .map((message) => `${docComment(`\`${message.typeValue}\`: ${message.summary}`, '  ')}  ${message.name}: ${quote(message.typeValue)},`)
    .join('\n');
  const byType = protocol.jsonMessages.map((message) => `  ${message.typeValue}: ${message.name};`).join('\n');
  return [
    '/** The `type` discriminator of every JSON message, by message name. */',
    `export const MessageType = {\n${entries}\n} as const;`,
    '',
    '/** Any `type` value of the protocol. */',
    'export type MessageType = (typeof MessageType)[keyof typeof MessageType];',
    '',
    '/** The message type for each `type` value. */',
    `export interface MessageByType {\n${byType}\n}`,
    '',
  ].join('\n');
}

function renderUnions(protocol) {
  const blocks = [];
  for (const union of protocol.unions) {
    const what = DIRECTION_WORDS[union.direction](union);
    if (union.json.length > 0) {
      blocks.push(
        `${docComment(`A JSON message ${what}.`)}export type ${union.name} =\n${union.json.map((name) => `  | ${name}`).join('\n')};\n`,
      );
    } else {
      blocks.push(`${docComment(`No JSON message is ${what}.`)}export type ${union.name} = never;\n`);
    }
    blocks.push(
      `${docComment(`The \`type\` values of ${union.name}.`)}export const ${union.name}Types = [\n${union.json
        .map((name) => `  MessageType.${name},`)
        .join('\n')}\n] as const;\n`,
    );
    if (union.binary.length > 0) {
      blocks.push(
        `${docComment(`A binary frame ${what}: ${listInWords(union.binary.map((name) => `{@link ${name}}`))}.`)}export type ${union.name.replace(/Message$/, 'BinaryMessage')} = ${union.binary.join(' | ')};\n`,
      );
    }
  }
  return blocks.join('\n');
}

function renderCloseCodes(protocol) {
  if (protocol.closeCodes.length === 0) return '';
  const entries = protocol.closeCodes
    .map(({ code, name, description }) => `${docComment(`${code}: ${description}`, '  ')}  ${name}: ${code},`)
    .join('\n');
  const names = protocol.closeCodes.map(({ code, name }) => `  ${code}: ${quote(name)},`).join('\n');
  return [
    '/** Every WebSocket close code the server uses (`x-close-codes` in the spec). */',
    `export const CloseCode = {\n${entries}\n} as const;`,
    '',
    '/** Any close code of {@link CloseCode}. */',
    'export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];',
    '',
    '/** The name of each close code, for logs. */',
    `export const CloseCodeName: Readonly<Record<CloseCode, keyof typeof CloseCode>> = {\n${names}\n};`,
    '',
  ].join('\n');
}
