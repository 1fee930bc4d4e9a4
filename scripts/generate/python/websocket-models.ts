/**
 * The WebSocket message models of an AsyncAPI document, in Python: a pydantic model for every schema
 * and message payload, and, per `type` constant, the model that parses it.
 */
import { generatedBanner } from '../banner.js';
import { resolve } from '../openapi-model.js';
import { PythonModelWriter } from './python-types.js';

type Json = Record<string, unknown>;

export function renderPythonWebSocketModels(spec: Json, source: string): string {
  const components = (spec.components ?? {}) as Json;
  const writer = new PythonModelWriter();
  for (const [name, schema] of Object.entries((components.schemas ?? {}) as Record<string, Json>)) writer.declare(name, schema);
  const byType: string[] = [];
  for (const [name, rawMessage] of Object.entries((components.messages ?? {}) as Record<string, Json>)) {
    const payload = resolve(spec, resolve(spec, rawMessage).payload);
    const pythonName = writer.declare(name, payload);
    const typeConstant = ((payload.properties ?? {}) as Record<string, Json>).type?.const;
    if (typeof typeConstant === 'string') byType.push(`    ${JSON.stringify(typeConstant)}: ${pythonName},`);
  }
  const closeCodes = Object.entries((spec['x-close-codes'] ?? {}) as Record<string, Json>).map(
    ([code, entry]) => `    ${Number(code)}: ${JSON.stringify(String(entry.name))},`,
  );
  const info = (spec.info ?? {}) as Json;
  return `${generatedBanner(source, '#')}"""${info.title as string} ${info.version as string}: the JSON messages of both WebSocket roles."""
from __future__ import annotations

from typing import Any, Dict, List, Literal, Optional, Type, Union

from pydantic import BaseModel, ConfigDict, Field

${writer.render()}

#: The name of every close code the server uses (\`x-close-codes\`), e.g. 4001: "TicketInvalid".
CLOSE_CODES: Dict[int, str] = {
${closeCodes.join('\n')}
}

#: The model of each JSON message, by its \`type\`.
MESSAGE_MODELS: Dict[str, Type[BaseModel]] = {
${byType.join('\n')}
}


def parse_message(data: Dict[str, Any]) -> BaseModel:
    """Validates a decoded JSON message into the model its \`type\` names; raises ValueError otherwise."""
    model = MESSAGE_MODELS.get(data.get("type")) if isinstance(data, dict) else None
    if model is None:
        raise ValueError(f"Unknown message type: {data.get('type') if isinstance(data, dict) else data!r}")
    return model.model_validate(data)
`;
}
