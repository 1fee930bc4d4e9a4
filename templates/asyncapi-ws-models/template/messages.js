import { File } from '@asyncapi/generator-react-sdk';
import { collectProtocol } from '../lib/protocol.js';
import { renderMessages } from '../lib/render-messages.js';
import { bannerFrom } from '../lib/text.js';

/** Renders messages.ts. */
export default async function Messages({ asyncapi, params }) {
  const content = await renderMessages(collectProtocol(asyncapi), bannerFrom(params));
  return <File name="messages.ts">{content}</File>;
}
