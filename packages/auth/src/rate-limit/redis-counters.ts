import { guardDependency, type Redis } from '@saffron/service';
import type { Counter, CounterStore } from './counters.ts';

/** Atomic per key: increment, start the window on the first hit, report the time left. */
const INCREMENT = `
local out = {}
for i, key in ipairs(KEYS) do
  local count = redis.call('INCR', key)
  if count == 1 then redis.call('PEXPIRE', key, ARGV[1]) end
  out[#out + 1] = count
  out[#out + 1] = redis.call('PTTL', key)
end
return out
`;

const DECREMENT = `
for i, key in ipairs(KEYS) do
  if tonumber(redis.call('GET', key) or '0') > 0 then redis.call('DECR', key) end
end
return 0
`;

export function createRedisCounterStore(redis: Redis): CounterStore {
  const guard = <T>(operation: () => Promise<T>) => guardDependency('Sign-in', operation);
  return {
    increment: (keys, windowMs) =>
      guard(async () => {
        const flat = (await redis.eval(INCREMENT, keys.length, ...keys, windowMs)) as number[];
        return keys.map((_, i): Counter => ({ count: flat[i * 2]!, resetInMs: flat[i * 2 + 1]! }));
      }),
    decrement: (keys) =>
      guard(async () => {
        await redis.eval(DECREMENT, keys.length, ...keys);
      }),
    delete: (keys) =>
      guard(async () => {
        if (keys.length > 0) await redis.del(...keys);
      }),
  };
}
