/**
 * `make lint-code`: no export that nothing imports. typescript-eslint has no such rule (it sees one
 * file at a time), so this reads the whole code base with the TypeScript compiler: the root project
 * (packages, services, scripts, bench, templates, generated) and the web app's two projects.
 *
 * An export counts as used when any other file imports it — by name (through any chain of re-exports,
 * so a package's `index.ts` passes on its users), as a namespace (`import * as`), or by a dynamic
 * `import()` of its module. Tests are users like any other: a helper in `test/support/` that a test
 * imports is used; one that nothing imports is dead. A type that another export of its file names
 * (an options interface, a result type) is part of that export's signature, so it counts as used
 * with it. Not checked: generated code (its generators decide its shape), and the files a tool loads
 * by convention (see `loadedByTools`).
 *
 *   tsx scripts/lint/unused-exports.ts [PATH...]   (only report exports declared under PATHs)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The projects whose files are read; together they cover every TypeScript file of the repository. */
const projects = ['tsconfig.json', 'web/tsconfig.json', 'web/tsconfig.node.json'];

/** Machine output: never reported, though what it imports counts. */
const generated = [/^generated\//, /^packages\/api-client\/src\/generated\//];

/** Files whose exports a tool loads by name or convention, not an import. */
const loadedByTools = [
  /(^|\/)(vite|vitest)\.config\.ts$/, // Vite and Vitest read the default export
  /^templates\/[^/]+\/template\//, // @asyncapi/generator renders each template file's default export
  /^web\/src\/test\/happy-dom-environment\.ts$/, // Vitest loads the environment by path
  /^web\/e2e\/global-setup\.ts$/, // Vitest's globalSetup runs its default export
  /^web\/e2e\/livekit-shots\/scripted-livekit\.ts$/, // livekit-shots.ts serves it to the page in place of browser-livekit.ts
];

/** One export the compiler found in a checked file. */
export interface UnusedExport {
  file: string;
  line: number;
  name: string;
}

/** The exports of the repository's TypeScript files that no other file imports. */
export function findUnusedExports(root = repositoryRoot, projectFiles = projects): UnusedExport[] {
  const declared = new Map<string, UnusedExport>();
  const used = new Set<string>();
  const seenFiles = new Set<string>();
  for (const project of projectFiles) {
    const program = programOf(path.join(root, project));
    const checker = program.getTypeChecker();
    for (const source of program.getSourceFiles()) {
      const file = path.relative(root, source.fileName);
      if (file.startsWith('..') || file.includes('node_modules/')) continue;
      collectUses(source, checker, used);
      if (seenFiles.has(file)) continue;
      seenFiles.add(file);
      if (generated.some((pattern) => pattern.test(file)) || loadedByTools.some((pattern) => pattern.test(file))) continue;
      collectExports(source, checker, file, declared, used);
    }
  }
  return [...declared.entries()]
    .filter(([key]) => !used.has(key))
    .map(([, found]) => found)
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

function programOf(configPath: string): ts.Program {
  const config = ts.readConfigFile(configPath, (file) => ts.sys.readFile(file));
  if (config.error) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, path.dirname(configPath));
  return ts.createProgram(parsed.fileNames, { ...parsed.options, noEmit: true });
}

/** Where a symbol is finally declared: the key both sides agree on, whichever project read the file. */
function keyOf(symbol: ts.Symbol, checker: ts.TypeChecker): string | undefined {
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const declaration = target.declarations?.[0];
  if (!declaration) return undefined;
  return `${declaration.getSourceFile().fileName}:${declaration.getStart()}`;
}

function collectExports(
  source: ts.SourceFile,
  checker: ts.TypeChecker,
  file: string,
  declared: Map<string, UnusedExport>,
  used: Set<string>,
): void {
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (!moduleSymbol) return;
  const own = new Map<string, ts.Declaration[]>();
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    // Re-exports (`export * from`, `export { x } from`) are the original's business, not this file's.
    if (exported.flags & ts.SymbolFlags.Alias) continue;
    const declaration = exported.declarations?.[0];
    if (!declaration || declaration.getSourceFile() !== source) continue;
    const key = keyOf(exported, checker);
    if (!key) continue;
    const line = source.getLineAndCharacterOfPosition(declaration.getStart()).line + 1;
    declared.set(key, { file, line, name: exported.getName() });
    own.set(key, exported.declarations ?? []);
  }
  // The types another export of this file names are part of its signature.
  for (const [key, declarations] of own) {
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node)) {
        const symbol = checker.getSymbolAtLocation(node);
        const target = symbol && keyOf(symbol, checker);
        if (target && target !== key && own.has(target) && symbol.flags & (ts.SymbolFlags.Type & ~ts.SymbolFlags.Class)) used.add(target);
      }
      ts.forEachChild(node, visit);
    };
    for (const declaration of declarations) visit(declaration);
  }
}

function collectUses(source: ts.SourceFile, checker: ts.TypeChecker, used: Set<string>): void {
  const useAll = (specifier: ts.Expression) => {
    const moduleSymbol = checker.getSymbolAtLocation(specifier);
    if (!moduleSymbol) return;
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const key = keyOf(exported, checker);
      if (key) used.add(key);
    }
  };
  const useName = (name: ts.Node) => {
    const symbol = checker.getSymbolAtLocation(name);
    const key = symbol && keyOf(symbol, checker);
    if (key) used.add(key);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      if (clause?.name) useName(clause.name);
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) useAll(node.moduleSpecifier);
      if (bindings && ts.isNamedImports(bindings)) for (const element of bindings.elements) useName(element.name);
      // A bare `import './x.js'` runs the module for its effects; it uses no export.
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      // `export * from` and `export { x } from` pass names on; whoever imports them through this file uses them.
      if (node.exportClause && ts.isNamespaceExport(node.exportClause)) useAll(node.moduleSpecifier);
    } else if (ts.isCallExpression(node) && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
      const isDynamicImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      // vi.importActual / vi.mock factories see the whole module.
      const isVitestModuleCall =
        ts.isPropertyAccessExpression(node.expression) &&
        ts.isIdentifier(node.expression.expression) &&
        node.expression.expression.text === 'vi' &&
        ['importActual', 'mock', 'doMock'].includes(node.expression.name.text);
      if (isDynamicImport || isVitestModuleCall) useAll(node.arguments[0]);
    } else if (ts.isImportTypeNode(node) && node.qualifier) {
      useName(node.qualifier);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

/** Exports declared in a file under one of `paths` (all of them when `paths` is empty). */
export function underPaths(found: UnusedExport[], paths: string[]): UnusedExport[] {
  if (paths.length === 0) return found;
  const prefixes = paths.map((each) => path.normalize(each).replace(/\/$/, ''));
  return found.filter((each) => prefixes.some((prefix) => each.file === prefix || each.file.startsWith(`${prefix}/`)));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const unused = underPaths(findUnusedExports(), process.argv.slice(2));
  for (const each of unused) console.error(`${each.file}:${each.line}: export ${each.name} is imported by no other file`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (unused.length > 0) {
    console.error(`\n${unused.length} unused export(s) (${seconds} s): remove the export, or the code if nothing uses it.`);
    process.exit(1);
  }
  console.error(`No unused exports (${seconds} s).`);
}
