/**
 * One Python module per OpenAPI API: a pydantic model (or alias) for every schema and a client class
 * with one method per operation (typed path, query and header parameters, typed body and result).
 */
import { generatedBanner } from '../banner.js';
import { readApiModel, resolve, type OperationModel } from '../openapi-model.js';
import { PythonModelWriter, pascalName, snakeCase } from './python-types.js';

type Json = Record<string, unknown>;

/** The Python module of one API (e.g. `events` → `ilenia_sdk/events.py`). */
export function renderPythonClient(api: string, spec: Json, source: string): string {
  const writer = new PythonModelWriter();
  for (const [name, schema] of Object.entries(((spec.components as Json | undefined)?.schemas ?? {}) as Record<string, Json>))
    writer.declare(name, schema);
  const model = readApiModel(spec);
  const adapters: string[] = [];
  const methods = model.operations.map((operation) => renderMethod(spec, operation, writer, adapters));
  const className = `${pascalName(api)}Client`;
  const info = (spec.info ?? {}) as Json;
  return `${generatedBanner(source, '#')}"""${info.title as string} ${info.version as string}: models and client."""
from __future__ import annotations

from typing import Any, Dict, List, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field

from ._runtime import ApiClient, adapter, path_segment as _path

${writer.render()}

${adapters.join('\n')}


class ${className}(ApiClient):
    """One method per operation of ${info.title as string}; errors raise ProblemError subclasses."""
${methods.join('')}`;
}

function renderMethod(spec: Json, operation: OperationModel, writer: PythonModelWriter, adapters: string[]): string {
  const context = pascalName(operation.operationId);
  const rawOperation = resolve(spec, resolve(spec, (spec.paths as Json)[operation.path])[operation.method]);
  const pathItem = resolve(spec, (spec.paths as Json)[operation.path]);
  const parameterSchemas = new Map<string, Json>();
  for (const raw of [...((pathItem.parameters ?? []) as unknown[]), ...((rawOperation.parameters ?? []) as unknown[])]) {
    const parameter = resolve(spec, raw);
    parameterSchemas.set(`${parameter.in as string}:${parameter.name as string}`, (parameter.schema ?? {}) as Json);
  }
  // The transport sets Authorization itself; a spec that declares it as a header needs no argument.
  const parameters = operation.parameters.filter(
    (parameter) => !(parameter.in === 'header' && parameter.name.toLowerCase() === 'authorization') && parameter.in !== 'cookie',
  );
  const pathParameters = parameters.filter((parameter) => parameter.in === 'path');
  const otherParameters = parameters.filter((parameter) => parameter.in !== 'path');
  const signature = ['self'];
  for (const parameter of pathParameters)
    signature.push(
      `${snakeCase(parameter.name)}: ${writer.typeOf(parameterSchemas.get(`path:${parameter.name}`), `${context}${pascalName(parameter.name)}`)}`,
    );
  let bodyArgument = '';
  if (operation.requestBody) {
    const content = (resolve(spec, rawOperation.requestBody).content ?? {}) as Record<string, Json>;
    const json = content['application/json'];
    // A form-only body (OAuth's token endpoint) is sent as application/x-www-form-urlencoded.
    const form = json ? undefined : content['application/x-www-form-urlencoded'];
    const media = json ?? form;
    const bodyType = media ? writer.typeOf(resolve(spec, media).schema as Json, `${context}Body`) : 'Any';
    signature.push(
      operation.requestBody.required
        ? `body: Union[${bodyType}, Dict[str, Any]]`
        : `body: Optional[Union[${bodyType}, Dict[str, Any]]] = None`,
    );
    bodyArgument = form ? ', form=body' : ', body=body';
  }
  if (otherParameters.length > 0) signature.push('*');
  for (const parameter of otherParameters) {
    const type = writer.typeOf(parameterSchemas.get(`${parameter.in}:${parameter.name}`), `${context}${pascalName(parameter.name)}`);
    signature.push(parameter.required ? `${snakeCase(parameter.name)}: ${type}` : `${snakeCase(parameter.name)}: Optional[${type}] = None`);
  }

  const expects: string[] = [];
  const results = new Set<string>();
  for (const response of operation.responses.filter((candidate) => /^2\d\d$/.test(candidate.status))) {
    const content = (resolve(spec, ((rawOperation.responses ?? {}) as Json)[response.status]).content ?? {}) as Record<string, Json>;
    const json = Object.entries(content).find(([mediaType]) => /json/.test(mediaType));
    if (json) {
      const type = writer.typeOf(json[1].schema as Json | undefined, `${context}Response${response.status}`);
      const adapterName = `_${snakeCase(operation.operationId)}_${response.status}`;
      adapters.push(`${adapterName} = adapter(${type.startsWith("'") ? type.slice(1, -1) : type})`);
      results.add(type);
      // Other representations of the same answer (a transcript as WebVTT, SubRip or text, chosen by a
      // `format` parameter or Accept): the runtime picks by the answer's media type.
      const others = response.media.filter((media) => !/json/.test(media.mediaType));
      if (others.length === 0) expects.push(`"${response.status}": ("json", ${adapterName})`);
      else {
        const other = others.some((media) => media.binary) ? 'bytes' : 'text';
        expects.push(`"${response.status}": ("json|${other}", ${adapterName})`);
        results.add(other === 'bytes' ? 'bytes' : 'str');
      }
    } else if (response.media.length === 0) {
      expects.push(`"${response.status}": ("none", None)`);
      results.add('None');
    } else {
      const binary = response.media.some((media) => media.binary);
      expects.push(`"${response.status}": ("${binary ? 'bytes' : 'text'}", None)`);
      results.add(binary ? 'bytes' : 'str');
    }
  }
  const resultType = results.size === 0 ? 'None' : results.size === 1 ? [...results][0]! : `Union[${[...results].join(', ')}]`;
  const secured = operation.security.some((requirement) => requirement.includes('bearerAuth'));
  const pathExpression =
    pathParameters.length > 0
      ? `f"${operation.path.replace(/\{([^}]+)\}/g, (_match, name: string) => `{_path(${snakeCase(name)})}`)}"`
      : JSON.stringify(operation.path);
  const query = otherParameters
    .filter((parameter) => parameter.in === 'query')
    .map((parameter) => `"${parameter.name}": ${snakeCase(parameter.name)}`);
  const headers = otherParameters
    .filter((parameter) => parameter.in === 'header')
    .map((parameter) => `"${parameter.name}": ${snakeCase(parameter.name)}`);
  return `
    def ${snakeCase(operation.operationId)}(${signature.join(', ')}) -> ${resultType}:
        """${operation.summary.replace(/"""/g, "'''")} (\`${operation.method.toUpperCase()} ${operation.path}\`)."""
        return self._call(
            "${operation.operationId}",
            "${operation.method.toUpperCase()}",
            ${pathExpression},
            secured=${secured ? 'True' : 'False'},${query.length > 0 ? `\n            query={${query.join(', ')}},` : ''}${headers.length > 0 ? `\n            headers={${headers.join(', ')}},` : ''}
            expects={${expects.join(', ')}}${bodyArgument},
        )
`;
}
