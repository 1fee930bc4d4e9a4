import { File } from '@asyncapi/generator-react-sdk';
import { collectProtocol } from '../lib/protocol.js';
import { renderValidators } from '../lib/render-validators.js';
import { bannerFrom } from '../lib/text.js';

/** Renders validators.ts. */
export default async function Validators({ asyncapi, params }) {
  const content = await renderValidators(collectProtocol(asyncapi), bannerFrom(params));
  return <File name="validators.ts">{content}</File>;
}
