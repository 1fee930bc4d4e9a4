/**
 * The Python generator: JSON Schema constructs map to the pydantic types a Python user expects, and
 * the committed SDK covers every operation and schema of every bundled spec (checked by importing
 * it with python3, so that a module that does not import fails here too).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { asyncApiApis, openApiApis } from '../apis.js';
import { readApiModel } from '../openapi-model.js';
import { renderPythonClient } from './python-client.js';
import { PythonModelWriter, pascalName, snakeCase } from './python-types.js';

type Json = Record<string, unknown>;

const root = fileURLToPath(new URL('../../../', import.meta.url));
const pythonAvailable = spawnSync('python3', ['-c', 'import pydantic, requests; assert pydantic.VERSION.startswith("2")']).status === 0;

describe('Python names', () => {
  it('turns operation ids and parameter names into snake_case identifiers that are never keywords or model attributes', () => {
    expect(snakeCase('listEvents')).toBe('list_events');
    expect(snakeCase('If-Match')).toBe('if_match');
    expect(snakeCase('event_id')).toBe('event_id');
    expect(snakeCase('from')).toBe('from_');
    expect(snakeCase('json')).toBe('json_');
    expect(snakeCase('model_name')).toBe('model_name_');
    expect(pascalName('live-event-ws')).toBe('LiveEventWs');
  });
});

describe('JSON Schema to pydantic', () => {
  it('maps 3.1 type arrays, enums, consts, arrays and maps, quoting references', () => {
    const writer = new PythonModelWriter();
    expect(writer.typeOf({ type: ['string', 'null'] }, 'X')).toBe('Optional[str]');
    expect(writer.typeOf({ enum: ['draft', 'live'] }, 'X')).toBe('Literal["draft", "live"]');
    expect(writer.typeOf({ const: 3 }, 'X')).toBe('Literal[3]');
    expect(writer.typeOf({ type: 'array', items: { $ref: '#/components/schemas/Event' } }, 'X')).toBe("List['Event']");
    expect(writer.typeOf({ type: 'object', additionalProperties: { type: 'integer' } }, 'X')).toBe('Dict[str, int]');
    expect(writer.typeOf({ oneOf: [{ $ref: '#/components/schemas/A' }, { type: 'string', format: 'binary' }] }, 'X')).toBe(
      "Union['A', bytes]",
    );
  });

  it('writes objects as models: optional members default to None, awkward names get aliases, closed objects forbid extras', () => {
    const writer = new PythonModelWriter();
    writer.declare('Window', {
      type: 'object',
      additionalProperties: false,
      required: ['from'],
      properties: {
        from: { type: 'string' },
        until: { type: 'string' },
        nested: { type: 'object', properties: { depth: { type: 'integer' } } },
      },
    });
    const source = writer.render();
    expect(source).toContain('from_: str = Field(alias="from")');
    expect(source).toContain('until: Optional[str] = None');
    expect(source).toContain('extra="forbid"');
    expect(source).toContain("nested: Optional['WindowNested'] = None");
    expect(source).toContain('class WindowNested(BaseModel):');
    expect(source).toContain('_model.model_rebuild()');
  });

  it('makes an alias of a bare reference a forward reference, not a string', () => {
    const writer = new PythonModelWriter();
    writer.declare('Same', { $ref: '#/components/schemas/Other' });
    expect(writer.render()).toContain("Same = Union['Other']");
  });
});

describe('client methods', () => {
  it('return the model or the text when an answer also comes as WebVTT or plain text, chosen at run time by its media type', () => {
    const transcript = { type: 'object', required: ['text'], properties: { text: { type: 'string' } } };
    const spec = {
      openapi: '3.1.0',
      info: { title: 'Transcripts', version: '1.0.0' },
      paths: {
        '/transcripts/{language}': {
          get: {
            operationId: 'getTranscript',
            summary: 'Download a transcript',
            parameters: [{ name: 'language', in: 'path', required: true, schema: { type: 'string' } }],
            responses: {
              '200': {
                description: 'The transcript',
                content: { 'application/json': { schema: transcript }, 'text/vtt': { schema: { type: 'string' } } },
              },
            },
          },
        },
      },
    };
    const source = renderPythonClient('transcripts', spec, 'a test spec');
    expect(source).toContain("-> Union['GetTranscriptResponse200', str]:");
    expect(source).toContain('expects={"200": ("json|text", _get_transcript_200)}');
  });
});

describe.skipIf(!pythonAvailable)('the committed Python SDK', () => {
  it('has a client method for every operation and a model or alias for every schema of every API', () => {
    const expected: Record<string, { client?: string; methods: string[]; names: string[] }> = {};
    for (const api of openApiApis) {
      const spec = JSON.parse(readFileSync(`${root}generated/specs/${api}.json`, 'utf8')) as Json & { components: { schemas: Json } };
      expected[snakeCase(api)] = {
        client: `${pascalName(api)}Client`,
        methods: readApiModel(spec).operations.map((operation) => snakeCase(operation.operationId)),
        names: Object.keys(spec.components.schemas).map(pascalName),
      };
    }
    for (const { name } of asyncApiApis) {
      const spec = JSON.parse(readFileSync(`${root}generated/specs/${name}.json`, 'utf8')) as {
        components: { schemas: Json; messages: Json };
      };
      expected[snakeCase(name)] = {
        methods: [],
        names: [...Object.keys(spec.components.schemas), ...Object.keys(spec.components.messages)].map(pascalName),
      };
    }
    const missing = execFileSync(
      'python3',
      [
        '-c',
        `import importlib, json, sys
expected = json.loads(sys.argv[1])
missing = []
for module_name, wanted in expected.items():
    module = importlib.import_module("ilenia_sdk." + module_name)
    client = getattr(module, wanted["client"]) if wanted.get("client") else None
    missing += [f"{module_name}.{wanted['client']}.{method}" for method in wanted["methods"] if not callable(getattr(client, method, None))]
    missing += [f"{module_name}.{name}" for name in wanted["names"] if not hasattr(module, name)]
print(json.dumps(missing))`,
        JSON.stringify(expected),
      ],
      { cwd: root, env: { ...process.env, PYTHONPATH: `${root}generated/python`, PYTHONDONTWRITEBYTECODE: '1' }, encoding: 'utf8' },
    );
    expect(JSON.parse(missing)).toEqual([]);
    expect(Object.values(expected).reduce((total, { methods }) => total + methods.length, 0)).toBeGreaterThan(90);
  });
});
