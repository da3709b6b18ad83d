import { hostileValue } from '@saffron/service/testing';
import fc from 'fast-check';
import type { z } from 'zod';

/** The parts of zod's internal definition the walk below reads. */
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * Input shaped like `schema` (its keys, arrays where it has arrays) holding hostile values at
 * any depth, so the generator reaches past the top-level check into nested fields.
 */
export function shapedLike(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 4) return hostileValue;
  const def = defOf(schema);
  const inner = def.innerType ?? def.in;
  if (inner) return shapedLike(inner, depth + 1);
  if (def.type === 'object' && def.shape) {
    const fields = Object.fromEntries(
      Object.entries(def.shape).map(([key, field]) => [key, shapedLike(field, depth + 1)]),
    );
    return fc.oneof(
      { weight: 4, arbitrary: fc.record(fields, { requiredKeys: [] }) },
      { weight: 1, arbitrary: hostileValue },
    );
  }
  if (def.type === 'array' && def.element) {
    const element = shapedLike(def.element, depth + 1);
    return fc.oneof(fc.array(element, { maxLength: 3 }), hostileValue);
  }
  if (def.type === 'union' && def.options) {
    return fc.oneof(...def.options.map((option) => shapedLike(option, depth + 1)));
  }
  return hostileValue;
}

/** Bad input for a procedure: shaped like its schema when it has one, anything otherwise. */
export function badInputFor(inputs: readonly z.ZodType[]): fc.Arbitrary<unknown> {
  const [schema] = inputs;
  return schema ? shapedLike(schema) : hostileValue;
}
