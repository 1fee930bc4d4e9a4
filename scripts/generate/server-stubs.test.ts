/**
 * The generated stubs make the spec a compile-time contract: a handler that answers a status the
 * spec does not declare, or a body of the wrong shape, or reads a parameter that does not exist,
 * does not type-check. Each case compiles a small handler against generated/ with the project's
 * compiler settings; the first case proves that a faithful handler compiles cleanly.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const scratch = path.join(root, 'packages', 'kit', `.typecheck-${process.pid}`);
mkdirSync(scratch, { recursive: true });
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const header = `import type { LivekitProviderHandlers } from '@ilenia/generated/openapi/livekit-provider/server';\n`;

const cases: Record<string, string> = {
  faithful: `
export const handlers: Pick<LivekitProviderHandlers, 'getRoom' | 'deleteRoom' | 'listRooms'> = {
  async getRoom(input, context) {
    if (input.path.room_name.length === 0 || context.principal.permissions.size === 0) {
      return { status: 404, body: { type: 'https://ilenia.dev/problems/not-found', title: 'Not found', status: 404 } };
    }
    return { status: 503, body: { type: 'about:blank', title: 'Unavailable', status: 503 } };
  },
  async deleteRoom() {
    return { status: 204 };
  },
  async listRooms(input) {
    return { status: 200, body: { items: [], total: 0, limit: input.query.limit ?? 50, offset: input.query.offset ?? 0 } };
  },
};`,
  undeclaredStatus: `
export const handlers: Pick<LivekitProviderHandlers, 'deleteRoom'> = {
  async deleteRoom() {
    return { status: 201 };
  },
};`,
  wrongBody: `
export const handlers: Pick<LivekitProviderHandlers, 'listRooms'> = {
  async listRooms() {
    return { status: 200, body: { rooms: [] } };
  },
};`,
  problemAsSuccess: `
export const handlers: Pick<LivekitProviderHandlers, 'listRooms'> = {
  async listRooms() {
    return { status: 200, body: { type: 'about:blank', title: 'Oops', status: 200 } };
  },
};`,
  unknownParameter: `
export const handlers: Pick<LivekitProviderHandlers, 'getRoom'> = {
  async getRoom(input) {
    return { status: 404, body: { type: 'about:blank', title: String(input.path.event_identifier), status: 404 } };
  },
};`,
  missingHandler: `
export const handlers: LivekitProviderHandlers = {} as Omit<LivekitProviderHandlers, 'deleteRoom'>;`,
};

function compile(name: string, source: string): string[] {
  const file = path.join(scratch, `${name}.ts`);
  writeFileSync(file, header + source);
  const configFile = ts.readConfigFile(path.join(root, 'tsconfig.json'), (file) => ts.sys.readFile(file));
  const options = ts.parseJsonConfigFileContent(configFile.config, ts.sys, root).options;
  const program = ts.createProgram([file], { ...options, noEmit: true });
  return ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => diagnostic.file?.fileName === file)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

describe('generated server stubs', () => {
  it('compile a handler that answers what the spec declares', () => {
    expect(compile('faithful', cases.faithful!)).toEqual([]);
  });

  for (const name of ['undeclaredStatus', 'wrongBody', 'problemAsSuccess', 'unknownParameter', 'missingHandler']) {
    it(`reject ${name.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`)} at compile time`, () => {
      const errors = compile(name, cases[name]!);
      expect(errors.length, `expected a type error for ${name}`).toBeGreaterThan(0);
    });
  }
});
