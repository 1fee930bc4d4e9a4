import { File } from '@asyncapi/generator-react-sdk';
import { collectProtocol } from '../lib/protocol.js';
import { renderSchemas } from '../lib/render-schemas.js';
import { bannerFrom } from '../lib/text.js';

/** Renders schemas.ts. */
export default async function Schemas({ asyncapi, params }) {
  const content = await renderSchemas(collectProtocol(asyncapi), bannerFrom(params));
  return <File name="schemas.ts">{content}</File>;
}
