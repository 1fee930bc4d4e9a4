/** Just enough of a Dockerfile's structure for the deploy checks: stages and their instructions. */
export interface DockerInstruction {
  keyword: string;
  /** The arguments as written, continuation lines joined. */
  arguments: string;
}

export interface DockerStage {
  /** The image the stage starts from. */
  from: string;
  name?: string;
  instructions: DockerInstruction[];
  /** The stage's text (instructions and comments), to compare stages that must be identical. */
  text: string;
}

/** Splits a Dockerfile into stages (comments dropped, `\` continuations joined). */
export function parseDockerfile(source: string): DockerStage[] {
  const stages: DockerStage[] = [];
  const logicalLines: string[] = [];
  let pending = '';
  for (const line of source.split('\n')) {
    if (pending === '' && /^\s*#/.test(line)) continue;
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1)} `;
      continue;
    }
    logicalLines.push(pending + line);
    pending = '';
  }
  const lines = source.split('\n');
  for (const line of logicalLines) {
    const match = /^\s*([A-Za-z]+)\s+(.*)$/.exec(line);
    if (!match) continue;
    const keyword = match[1]!.toUpperCase();
    const args = match[2]!.trim();
    if (keyword === 'FROM') {
      const [image, as, name] = args.split(/\s+/);
      stages.push({ from: image!, ...(as?.toUpperCase() === 'AS' && name ? { name } : {}), instructions: [], text: '' });
      continue;
    }
    stages.at(-1)?.instructions.push({ keyword, arguments: args });
  }
  // The text of each stage runs from its FROM to the next stage's leading comments.
  const fromLines = lines.flatMap((line, index) => (/^\s*FROM\s/i.test(line) ? [index] : []));
  fromLines.forEach((fromLine, index) => {
    const next = fromLines[index + 1] ?? lines.length;
    let end = next;
    while (end > fromLine + 1 && (lines[end - 1]!.startsWith('#') || lines[end - 1]!.trim() === '')) end -= 1;
    const stage = stages[index];
    if (stage) stage.text = lines.slice(fromLine, end).join('\n');
  });
  return stages;
}

/** The exec-form (`["a", "b"]`) or shell-form arguments of an instruction, as a list. */
export function commandWords(argumentsText: string): string[] {
  const trimmed = argumentsText.trim();
  if (trimmed.startsWith('[')) return JSON.parse(trimmed) as string[];
  return trimmed.split(/\s+/);
}
