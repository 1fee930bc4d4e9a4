/** Small text helpers shared by the renderers. */

/** A TSDoc block for `text` (empty string when there is no text), indented by `indent`. */
export function docComment(text, indent = '') {
  const clean = String(text || '').trim();
  if (!clean) return '';
  const lines = clean.replace(/\*\//g, '*\\/').split('\n');
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((line) => `${indent} *${line ? ` ${line}` : ''}`).join('\n')}\n${indent} */\n`;
}

/** `text` with one trailing newline, CRLF-free. */
export function endWithNewline(text) {
  return `${text.replace(/\r\n/g, '\n').replace(/\s+$/, '')}\n`;
}

/** A single-quoted TypeScript string literal. */
export function quote(value) {
  return `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

/** Lower-cases the first letter: `SpeakerClientMessage` → `speakerClientMessage`. */
export function camelCase(name) {
  return name[0].toLowerCase() + name.slice(1);
}

/** The banner template parameter, or a default one, ending with a newline. */
export function bannerFrom(params) {
  const banner = params && typeof params.banner === 'string' && params.banner.trim() ? params.banner : '// GENERATED FILE - DO NOT EDIT.\n';
  return banner.endsWith('\n') ? banner : `${banner}\n`;
}

/** `a, b and c` */
export function listInWords(items) {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
