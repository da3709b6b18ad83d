/** Just enough of the Dockerfile syntax to check what each image is made of. */
export interface Instruction {
  keyword: string;
  args: string;
}

export interface Stage {
  name: string;
  /** The base image, with global ARG defaults filled in, or a previous stage's name. */
  from: string;
  instructions: Instruction[];
}

export interface Dockerfile {
  globalArgs: Record<string, string>;
  stages: Stage[];
}

function logicalLines(text: string): string[] {
  const lines: string[] = [];
  let current = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('#') && !current) continue;
    if (line.endsWith('\\')) {
      current += `${line.slice(0, -1).trim()} `;
      continue;
    }
    if (line.startsWith('#')) continue; // a comment inside a continued instruction
    current += line;
    if (current.trim()) lines.push(current.trim());
    current = '';
  }
  return lines;
}

export function parseDockerfile(text: string): Dockerfile {
  const globalArgs: Record<string, string> = {};
  const stages: Stage[] = [];
  for (const line of logicalLines(text)) {
    const [keyword = '', ...rest] = line.split(/\s+/);
    const args = rest.join(' ');
    const upper = keyword.toUpperCase();
    if (upper === 'FROM') {
      const [image = '', , name = `stage${stages.length}`] = args.split(/\s+/);
      const from = image.replace(/\$\{(\w+)\}/g, (_, arg: string) => globalArgs[arg] ?? '');
      stages.push({ name, from, instructions: [] });
    } else if (upper === 'ARG' && stages.length === 0) {
      const [name = '', value = ''] = args.split('=');
      globalArgs[name] = value;
    } else if (stages.length > 0) {
      stages.at(-1)!.instructions.push({ keyword: upper, args });
    }
  }
  return { globalArgs, stages };
}

/** The stage and every stage it is built FROM, nearest first. */
export function stageChain(dockerfile: Dockerfile, name: string): Stage[] {
  const stage = dockerfile.stages.find((each) => each.name === name);
  if (!stage) throw new Error(`no stage ${name}`);
  const parent = dockerfile.stages.find((each) => each.name === stage.from);
  return parent ? [stage, ...stageChain(dockerfile, parent.name)] : [stage];
}

/** The last value an instruction takes along a stage chain (USER, CMD, ...). */
export function effective(chain: Stage[], keyword: string): string | undefined {
  for (const stage of chain) {
    const found = stage.instructions.filter((each) => each.keyword === keyword).at(-1);
    if (found) return found.args;
  }
  return undefined;
}

/** ENV values along a chain; the nearest stage wins. */
export function environment(chain: Stage[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const stage of chain.toReversed()) {
    for (const { args } of stage.instructions.filter((each) => each.keyword === 'ENV')) {
      for (const pair of args.match(/\w+=("[^"]*"|\S+)/g) ?? []) {
        const at = pair.indexOf('=');
        env[pair.slice(0, at)] = pair.slice(at + 1).replace(/^"|"$/g, '');
      }
    }
  }
  return env;
}
