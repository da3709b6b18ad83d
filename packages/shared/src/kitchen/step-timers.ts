import type { CompiledLexicon } from '../ingredients/lexicon/index.ts';
import { lexiconFor, type Language } from '../ingredients/lexicon/index.ts';
import { readNumber, readQuantity } from '../ingredients/quantity.ts';
import type { Token } from '../ingredients/tokenize.ts';
import { tokenizeStep } from './step-text.ts';
import { HOUR, MINUTE, TIME_UNITS } from './time-units.ts';

/** A duration in a step ("bake for 25 minutes", "simmer 1 to 2 hours"), ready to be a timer. */
export interface StepTimer {
  /** Where the duration is written in the step, to mark it as a button. */
  start: number;
  end: number;
  text: string;
  seconds: number;
  /** The longer end of a range ("20-25 minutes"): a cook sets the shorter one and checks. */
  maxSeconds?: number;
}

interface Duration {
  seconds: number;
  maxSeconds?: number;
  /** The size of the last unit read, in seconds: what may follow it is smaller. */
  unit: number;
  end: number;
}

/** "and a half" after a unit: "an hour and a half". */
function readAndAHalf(tokens: readonly Token[], start: number, lexicon: CompiledLexicon) {
  const and = lexicon.and.match(tokens, start);
  if (!and) return undefined;
  const at = lexicon.articles.match(tokens, and.end)?.end ?? and.end;
  const part = lexicon.numbers.match(tokens, at);
  return part && part.value < 1 ? part : undefined;
}

/** "25 minutes", "30-second", "an hour", "half an hour": a quantity, then a time unit. */
function readTimeAmount(
  tokens: readonly Token[],
  start: number,
  lexicon: CompiledLexicon,
): Duration | undefined {
  const quantity = readQuantity(tokens, start, lexicon);
  let at = quantity?.end ?? start;
  // "half an hour"; and "an hour" is one hour (but "a second sheet" is no time at all).
  const article = lexicon.articles.match(tokens, at);
  if (article && (!quantity || quantity.value < 1)) at = article.end;
  const value = quantity?.value ?? (article ? 1 : undefined);
  if (value === undefined) return undefined;
  // "a 10-minute rest": the hyphen of a compound adjective.
  if (tokens[at]?.text === '-' && !tokens[at]!.spaced && !tokens[at + 1]?.spaced) at += 1;
  const unit = TIME_UNITS.match(tokens, at);
  if (!unit || (!quantity && unit.value < MINUTE)) return undefined;
  const half = quantity?.max === undefined ? readAndAHalf(tokens, unit.end, lexicon) : undefined;
  if (half) return { seconds: (value + half.value) * unit.value, unit: unit.value, end: half.end };
  return {
    seconds: value * unit.value,
    ...(quantity?.max === undefined ? {} : { maxSeconds: quantity.max * unit.value }),
    unit: unit.value,
    end: unit.end,
  };
}

/**
 * What a smaller unit adds: "1 hour 30 minutes", "1 hour and 15 to 25 minutes", "3 min 30 sec",
 * "1h 10 mins", and the minutes of "1 h 30" or "1h30".
 */
function readSmallerPart(
  tokens: readonly Token[],
  whole: Duration,
  lexicon: CompiledLexicon,
): Duration {
  const at = lexicon.and.match(tokens, whole.end)?.end ?? whole.end;
  const part = readTimeAmount(tokens, at, lexicon);
  if (part && part.unit < whole.unit && (part.maxSeconds ?? part.seconds) < whole.unit) {
    return {
      seconds: whole.seconds + part.seconds,
      ...(part.maxSeconds === undefined ? {} : { maxSeconds: whole.seconds + part.maxSeconds }),
      unit: part.unit,
      end: part.end,
    };
  }
  const hourLetter = whole.unit === HOUR && tokens[whole.end - 1]?.text.toLowerCase() === 'h';
  const bare = hourLetter ? readNumber(tokens, whole.end, lexicon) : undefined;
  if (
    bare &&
    bare.value < 60 &&
    Number.isInteger(bare.value) &&
    !TIME_UNITS.match(tokens, bare.end)
  ) {
    return { seconds: whole.seconds + bare.value * MINUTE, unit: MINUTE, end: bare.end };
  }
  return whole;
}

function readDuration(
  tokens: readonly Token[],
  start: number,
  lexicon: CompiledLexicon,
): Duration | undefined {
  let duration = readTimeAmount(tokens, start, lexicon);
  if (!duration || duration.seconds <= 0) return undefined;
  while (duration.maxSeconds === undefined && duration.unit > 1) {
    const longer: Duration = readSmallerPart(tokens, duration, lexicon);
    if (longer === duration) break;
    duration = longer;
  }
  return duration;
}

/**
 * Every duration a step gives, in order. Vague ones ("a few minutes", "overnight") are not
 * timers. One pass over the step's tokens, so a long step costs only its length.
 */
export function findStepTimers(text: string, language: Language = 'en'): StepTimer[] {
  const lexicon = lexiconFor(language);
  const { tokens, startOf, endOf } = tokenizeStep(text);
  const timers: StepTimer[] = [];
  let index = 0;
  while (index < tokens.length) {
    const duration = readDuration(tokens, index, lexicon);
    if (!duration) {
      index += 1;
      continue;
    }
    const start = startOf(tokens[index]!);
    // The matcher takes an abbreviation's dot, which is often the sentence's full stop.
    const last = tokens[duration.end - 1]!.text === '.' ? duration.end - 2 : duration.end - 1;
    const end = endOf(tokens[last]!);
    timers.push({
      start,
      end,
      text: text.slice(start, end),
      seconds: Math.round(duration.seconds),
      ...(duration.maxSeconds === undefined ? {} : { maxSeconds: Math.round(duration.maxSeconds) }),
    });
    index = duration.end;
  }
  return timers;
}
