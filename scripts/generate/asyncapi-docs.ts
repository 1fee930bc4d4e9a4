/**
 * Builds the offline documentation page of the live-event WebSocket protocol: one self-contained
 * HTML file with @asyncapi/react-component's standalone browser bundle, its stylesheet and the
 * bundled spec inlined, so it renders with no network (no CDN).
 */
import { createRequire } from 'node:module';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { parse as parseYaml } from 'yaml';

import { generatedBanner } from './banner.js';

const require = createRequire(import.meta.url);

export interface BuildAsyncApiDocsOptions {
  /** The bundled AsyncAPI spec (JSON or YAML), e.g. the output of `redocly bundle live-event-ws`. */
  specFile: string;
  /** The HTML page to write, e.g. generated/docs/live-event-ws.html. */
  outFile: string;
  /** The root spec named in the banner, e.g. `rootSpecPath('live-event-ws')` (scripts/generate/apis.ts). */
  source: string;
}

/** Makes text safe inside an inline `<script>`: no `</script`, `<!--` or `<script` can end or confuse it. */
function escapeInlineScript(code: string): string {
  return code.replace(/<(\/?script|!--)/gi, '\\x3C$1');
}

/** JSON for an inline `<script type="application/json">`, with every `<` escaped. */
function inlineJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

interface AsyncApiDocument {
  info?: { title?: unknown; version?: unknown; description?: unknown };
  'x-close-codes'?: Record<string, { name?: unknown; description?: unknown }>;
}

/**
 * The renderer does not display root extensions, so the page shows `x-close-codes` as a table at
 * the end of the description (the spec keeps a single source for them).
 */
/** A YAML scalar as text (numbers such as a version stay as written; a missing value is empty). */
function yamlText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
}

function withCloseCodeTable(spec: AsyncApiDocument): AsyncApiDocument {
  const codes = spec['x-close-codes'];
  if (!codes || !spec.info) return spec;
  const cell = (value: unknown) => yamlText(value).replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
  const rows = Object.keys(codes)
    .sort((a, b) => Number(a) - Number(b))
    .map((code) => `| ${code} | ${cell(codes[code]?.name)} | ${cell(codes[code]?.description)} |`);
  const table = ['## Close code reference', '', '| Code | Name | Meaning |', '| --- | --- | --- |', ...rows].join('\n');
  const description = typeof spec.info.description === 'string' ? `${spec.info.description.trimEnd()}\n\n` : '';
  return { ...spec, info: { ...spec.info, description: `${description}${table}\n` } };
}

/** Writes the page. Same spec and same component version → byte-identical page. */
export async function buildAsyncApiDocs(options: BuildAsyncApiDocsOptions): Promise<void> {
  const componentDir = path.dirname(require.resolve('@asyncapi/react-component/package.json'));
  const [specText, script, styles] = await Promise.all([
    readFile(options.specFile, 'utf8'),
    readFile(path.join(componentDir, 'browser/standalone/index.js'), 'utf8'),
    readFile(path.join(componentDir, 'styles/default.min.css'), 'utf8'),
  ]);
  const spec = withCloseCodeTable(parseYaml(specText) as AsyncApiDocument);
  const title = `${yamlText(spec.info?.title ?? 'AsyncAPI')} ${yamlText(spec.info?.version)}`.trim();
  const banner = generatedBanner(options.source, ' ').trimEnd();

  const html = `<!DOCTYPE html>
<!--
${banner}
-->
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
${styles.replace(/<\/style/gi, '<\\/style')}
body { margin: 0; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
/* The stylesheet expects a web font and wraps inline code in backticks; offline, keep it plain. */
#asyncapi .prose code::before, #asyncapi .prose code::after { content: none; }
.portal-bar { font: 14px system-ui, sans-serif; padding: 8px 16px; background: #1f2a44; color: #fff; }
.portal-bar a { color: #cfe0ff; }
</style>
</head>
<body>
<div class="portal-bar"><a href="index.html">Ilenia API portal</a> · ${escapeHtml(title)}</div>
<noscript>This page needs JavaScript to render the protocol description.</noscript>
<div id="asyncapi"></div>
<script type="application/json" id="asyncapi-spec">${inlineJson(spec)}</script>
<script>
${escapeInlineScript(script)}
</script>
<script>
AsyncApiStandalone.render(
  {
    schema: JSON.parse(document.getElementById('asyncapi-spec').textContent),
    config: {
      show: { sidebar: true, info: true, servers: true, operations: true, messages: true, messageExamples: true, schemas: true, errors: true },
      expand: { messageExamples: true },
      sidebar: { showOperations: 'bySpecTags' },
    },
  },
  document.getElementById('asyncapi'),
);
</script>
</body>
</html>
`;
  await mkdir(path.dirname(path.resolve(options.outFile)), { recursive: true });
  await writeFile(options.outFile, html);
}
