import {
  detectLanguage,
  parseIngredient,
  type Language,
  type ParsedIngredient,
} from '@saffron/client';

/** A typed line as the list takes it: "2-3 eggs" → 2 up to 3, eggs. */
export interface AddedLine {
  name: string;
  quantity?: string;
  quantityMax?: string;
  unit?: string;
}

export interface LineReaderDeps {
  /** The api's reader (`ingredients.parse`), in the language it picks for the account. */
  parseOnServer: (lines: string[], signal: AbortSignal) => Promise<ParsedIngredient[]>;
  /** The account's language, else the browser's: what this device reads in on its own. */
  language: Language;
  isOnline: () => boolean;
  /** How long the server may take before this device reads the line itself. */
  timeoutMs?: number;
}

function lineOf(parsed: ParsedIngredient | undefined): AddedLine | undefined {
  if (!parsed || parsed.kind === 'blank') return undefined;
  if (parsed.kind === 'heading') return { name: parsed.heading };
  const { name, quantity, quantityMax, unit } = parsed;
  return {
    name,
    ...(quantity ? { quantity } : {}),
    ...(quantityMax ? { quantityMax } : {}),
    ...(unit ? { unit } : {}),
  };
}

/**
 * Reads one typed line: by the api when online, by the same parser on this device when offline,
 * when the call fails or when it is slow, so adding never waits on the network for long.
 */
export async function readLine(text: string, deps: LineReaderDeps): Promise<AddedLine | undefined> {
  const here = () =>
    lineOf(parseIngredient(text, { language: detectLanguage([text]) ?? deps.language }));
  if (!deps.isOnline()) return here();
  try {
    const [parsed] = await deps.parseOnServer([text], AbortSignal.timeout(deps.timeoutMs ?? 3000));
    return lineOf(parsed);
  } catch {
    return here();
  }
}

/** Adds lines in the order they were typed, each once it is read (as typed, if it cannot be). */
export function inOrder(
  read: (text: string) => Promise<AddedLine | undefined>,
  add: (line: AddedLine) => void,
): (text: string) => Promise<void> {
  let last = Promise.resolve();
  return (text) => {
    last = last.then(async () => {
      const line = await read(text).catch((): AddedLine => ({ name: text.trim() }));
      if (line) add(line);
    });
    return last;
  };
}
