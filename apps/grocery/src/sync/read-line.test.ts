import { parseIngredient, type ParsedIngredient } from '@saffron/client';
import { describe, expect, it, vi } from 'vitest';
import { inOrder, readLine, type LineReaderDeps } from './read-line.ts';

/** The api's reader stood in for by the same parser, so only the path taken differs. */
const server = (answer?: (lines: string[]) => ParsedIngredient[]) =>
  vi.fn((lines: string[]) =>
    answer ? Promise.resolve(answer(lines)) : Promise.reject(new Error('unreachable')),
  );
const deps = (overrides: Partial<LineReaderDeps>): LineReaderDeps => ({
  parseOnServer: server((lines) => lines.map((line) => parseIngredient(line))),
  language: 'en',
  isOnline: () => true,
  ...overrides,
});

describe('reading a typed line', () => {
  it('asks the api when online, and sends a range as quantity and quantityMax', async () => {
    const parseOnServer = server(() => [
      { kind: 'ingredient', quantity: '2', quantityMax: '3', name: 'eggs', original: 'x' },
    ]);
    expect(await readLine('2-3 eggs', deps({ parseOnServer }))).toEqual({
      name: 'eggs',
      quantity: '2',
      quantityMax: '3',
    });
    expect(parseOnServer).toHaveBeenCalledWith(['2-3 eggs'], expect.any(AbortSignal));
  });

  it('reads the line on this device when offline, or when the call fails', async () => {
    const parseOnServer = server();
    const offline = deps({ parseOnServer, isOnline: () => false });
    expect(await readLine('2-3 eggs', offline)).toEqual({
      name: 'eggs',
      quantity: '2',
      quantityMax: '3',
    });
    expect(parseOnServer).not.toHaveBeenCalled();
    expect(await readLine('500 ml milk', deps({ parseOnServer }))).toEqual({
      name: 'milk',
      quantity: '500',
      unit: 'ml',
    });
    expect(parseOnServer).toHaveBeenCalledTimes(1);
  });

  it('does not wait on a slow api for longer than its timeout', async () => {
    const parseOnServer = vi.fn(
      (_lines: string[], signal: AbortSignal) =>
        new Promise<ParsedIngredient[]>((_, reject) =>
          signal.addEventListener('abort', () => reject(new Error('timed out'))),
        ),
    );
    const started = Date.now();
    expect(await readLine('6 eggs', deps({ parseOnServer, timeoutMs: 50 }))).toEqual({
      name: 'eggs',
      quantity: '6',
    });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("reads in the account's language, unless the line shows another", async () => {
    const offline = deps({ isOnline: () => false, language: 'de' });
    expect(await readLine('2 EL Zucker', offline)).toMatchObject({ unit: 'tbsp', name: 'Zucker' });
    expect(await readLine('1 diente de ajo picado', offline)).toMatchObject({
      unit: 'clove',
      name: 'ajo',
    });
  });

  it('keeps a heading line as a name and adds nothing for a blank one', async () => {
    const offline = deps({ isOnline: () => false });
    expect(await readLine('For the party:', offline)).toEqual({ name: 'For the party' });
    expect(await readLine(' - ', offline)).toBeUndefined();
  });

  it('adds lines in the order typed, however long each takes to read', async () => {
    const added: string[] = [];
    const slowFirst = (text: string) =>
      new Promise<{ name: string }>((resolve) =>
        setTimeout(() => resolve({ name: text }), text === 'first' ? 30 : 0),
      );
    const add = inOrder(slowFirst, (line) => added.push(line.name));
    void add('first');
    await add('second');
    expect(added).toEqual(['first', 'second']);
    await inOrder(
      () => Promise.reject(new Error('broken')),
      (line) => added.push(line.name),
    )(' as typed ');
    expect(added.at(-1)).toBe('as typed');
  });
});
