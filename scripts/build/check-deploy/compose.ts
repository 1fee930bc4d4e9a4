import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { repositoryRoot } from '../../generate/redocly.js';

/** The parts of a compose service the deploy checks read. */
export interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string };
  environment?: Record<string, string>;
  volumes?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}

export interface ComposeFile {
  include?: string[];
  services: Record<string, ComposeService>;
}

export const deployDir = path.join(repositoryRoot, 'deploy');
export const composeFiles = ['compose.base.yaml', 'compose.websocket.yaml', 'compose.livekit.yaml'];
export const composeModes = ['compose.websocket.yaml', 'compose.livekit.yaml'];

/** A compose file as compose reads it (YAML merge keys `<<:` resolved), not interpolated. */
export function readCompose(file: string): ComposeFile {
  return parse(readFileSync(path.join(deployDir, file), 'utf8'), { merge: true }) as ComposeFile;
}

/** A compose file and the files it includes, recursively. */
export function modeFiles(file: string): string[] {
  return [file, ...(readCompose(file).include ?? []).flatMap(modeFiles)];
}

/** A mode's services with those of the files it includes. */
export function modeServices(file: string): Record<string, ComposeService> {
  const compose = readCompose(file);
  return Object.assign({}, ...(compose.include ?? []).map(modeServices), compose.services) as Record<string, ComposeService>;
}

/** `${VAR}`, `${VAR:-default}`, `${VAR:?message}` (and `$$` escapes, which are not variables). */
export function composeVariables(text: string): { name: string; required: boolean; defaultValue?: string }[] {
  const found: { name: string; required: boolean; defaultValue?: string }[] = [];
  for (const match of text.replace(/\$\$/g, '').matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?\}/g)) {
    const operator = match[2];
    found.push({
      name: match[1]!,
      required: operator?.endsWith('?') === true,
      ...(operator?.endsWith('-') ? { defaultValue: match[3] ?? '' } : {}),
    });
  }
  return found;
}

/**
 * Compose's interpolation of one value: `${VAR}`, `${VAR:-default}` and `${VAR:?message}` (which
 * fails, as compose refuses to start, when VAR is unset or empty); `$$` is a literal `$`.
 */
export function interpolate(value: string, variables: Readonly<Record<string, string | undefined>>): string {
  return value
    .replace(
      /\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}/g,
      (_match, name: string, operator: string | undefined, argument: string | undefined) => {
        const current = variables[name];
        const empty = current === undefined || (operator?.startsWith(':') === true && current === '');
        if (operator?.endsWith('?') && empty) throw new Error(`${name}: ${argument}`);
        if (operator?.endsWith('-') && empty) return argument ?? '';
        return current ?? '';
      },
    )
    .replace(/\$\$/g, '$');
}

/** `NAME=value` lines of deploy/.env.example, and every variable name its comments mention. */
export function environmentExample(): { assigned: Map<string, string>; mentioned: Set<string> } {
  const text = readFileSync(path.join(deployDir, '.env.example'), 'utf8');
  const assigned = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
    if (match) assigned.set(match[1]!, match[2]!);
  }
  return { assigned, mentioned: new Set(text.match(/\b[A-Z][A-Z0-9_]{2,}\b/g) ?? []) };
}
