/**
 * `make docs`: the offline docs portal in dist/portal/ (or the folder given as the first argument):
 * a Redoc page per OpenAPI spec, the AsyncAPI page of the WebSocket protocol, the bundled specs
 * for download, and an index. Nothing is fetched from the network when a page opens.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { asyncApiApis, openApiApis, rootSpecPath } from '../generate/apis.js';
import { repositoryRoot } from '../generate/redocly.js';

interface ApiEntry {
  name: string;
  title: string;
  version: string;
  summary: string;
  page: string;
  kind: 'OpenAPI' | 'AsyncAPI';
}

export async function buildPortal(outDir: string): Promise<ApiEntry[]> {
  const generatedSpecs = path.join(repositoryRoot, 'generated', 'specs');
  await mkdir(path.join(outDir, 'specs'), { recursive: true });
  const redocScript = (await readFile(path.join(repositoryRoot, 'node_modules/redoc/bundles/redoc.standalone.js'), 'utf8'))
    // Redoc's footer badge is the one thing it fetches; the pages must open with no network at all.
    .replaceAll('https://cdn.redoc.ly/redoc/logo-mini.svg', offlineBadge);
  const entries: ApiEntry[] = [];
  for (const api of openApiApis) {
    const specText = await readFile(path.join(generatedSpecs, `${api}.json`), 'utf8');
    const spec = JSON.parse(specText) as { info: { title: string; version: string; description?: string } };
    for (const extension of ['json', 'yaml']) {
      await copyFile(path.join(generatedSpecs, `${api}.${extension}`), path.join(outDir, 'specs', `${api}.${extension}`));
    }
    await writeFile(path.join(outDir, `${api}.html`), redocPage(spec.info.title, specText, redocScript));
    entries.push({
      name: api,
      title: spec.info.title,
      version: spec.info.version,
      summary: firstSentence(spec.info.description),
      page: `${api}.html`,
      kind: 'OpenAPI',
    });
  }
  const { buildAsyncApiDocs } = await import('../generate/asyncapi-docs.js');
  for (const { name } of asyncApiApis) {
    const specFile = path.join(generatedSpecs, `${name}.json`);
    const spec = JSON.parse(await readFile(specFile, 'utf8')) as { info: { title: string; version: string; description?: string } };
    for (const extension of ['json', 'yaml']) {
      await copyFile(path.join(generatedSpecs, `${name}.${extension}`), path.join(outDir, 'specs', `${name}.${extension}`));
    }
    await buildAsyncApiDocs({ specFile, outFile: path.join(outDir, `${name}.html`), source: rootSpecPath(name) });
    entries.push({
      name,
      title: spec.info.title,
      version: spec.info.version,
      summary: firstSentence(spec.info.description),
      page: `${name}.html`,
      kind: 'AsyncAPI',
    });
  }
  await writeFile(path.join(outDir, 'index.html'), indexPage(entries));
  return entries;
}

const offlineBadge = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"/>')}`;

/** One self-contained page: Redoc and the spec inline, so the file alone can be attached or mailed. */
function redocPage(title: string, specJson: string, redocScript: string): string {
  // A spec is data inside a <script> element: "</" must not end it early.
  const inlineSpec = specJson.replace(/<\//g, '<\\/');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Ilenia API reference</title>
<style>body { margin: 0; } .portal-bar { font: 14px system-ui, sans-serif; padding: 8px 16px; background: #1f2a44; color: #fff; } .portal-bar a { color: #cfe0ff; }</style>
</head>
<body>
<div class="portal-bar"><a href="index.html">Ilenia API portal</a> · ${escapeHtml(title)}</div>
<div id="redoc"></div>
<script>${redocScript.replace(/<\/script/gi, '<\\/script')}</script>
<script id="spec" type="application/json">${inlineSpec}</script>
<script>
  Redoc.init(JSON.parse(document.getElementById('spec').textContent), {
    expandResponses: '200,201',
    jsonSampleExpandLevel: 3,
    requiredPropsFirst: true,
    // Reviewers must see what each operation requires: the permission is part of the contract.
    showExtensions: ['x-required-permissions'],
    hideHostname: false,
    theme: { colors: { primary: { main: '#1f5fbf' } } }
  }, document.getElementById('redoc'));
</script>
</body>
</html>
`;
}

function indexPage(entries: ApiEntry[]): string {
  const rows = entries
    .map(
      (entry) => `    <li class="api">
      <h2><a href="${entry.page}">${escapeHtml(entry.title)}</a> <span class="version">${escapeHtml(entry.kind)} · v${escapeHtml(entry.version)}</span></h2>
      <p>${escapeHtml(entry.summary)}</p>
      <p class="downloads">Bundled spec: <a href="specs/${entry.name}.yaml">YAML</a> · <a href="specs/${entry.name}.json">JSON</a></p>
    </li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ilenia API portal</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #1d2330; background: #f6f8fb; }
  header { background: #1f2a44; color: #fff; padding: 24px 32px; }
  header p { margin: 4px 0 0; color: #cfd8ea; }
  main { max-width: 960px; margin: 0 auto; padding: 16px 32px; }
  ul { list-style: none; padding: 0; }
  .api { background: #fff; border: 1px solid #dde3ee; border-radius: 8px; padding: 8px 20px; margin: 12px 0; }
  .api h2 { font-size: 20px; margin: 8px 0; }
  .version { font-size: 13px; font-weight: normal; color: #5b6780; margin-left: 8px; }
  a { color: #1f5fbf; }
  .downloads { font-size: 14px; color: #5b6780; }
</style>
</head>
<body>
<header>
  <h1>Ilenia API portal</h1>
  <p>Every contract of the platform, generated from <code>specs/</code>. Works offline.</p>
</header>
<main>
  <ul>
${rows}
  </ul>
</main>
</body>
</html>
`;
}

function firstSentence(text: string | undefined): string {
  const plain = (text ?? '')
    .replace(/[#*`_>[\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const end = plain.search(/\.(\s|$)/);
  return end === -1 ? plain.slice(0, 240) : plain.slice(0, end + 1);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outDir = path.resolve(process.argv[2] ?? path.join(repositoryRoot, 'dist', 'portal'));
  const entries = await buildPortal(outDir);
  console.log(`Docs portal: ${path.join(outDir, 'index.html')} (${entries.length} APIs)`);
}
