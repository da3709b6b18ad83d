import { guardDependency, type Redis } from '@saffron/service';
import { windowAt, type CounterStore } from './counters.ts';

/** KEYS: the counters; ARGV[1]: when the window ends (Unix ms); ARGV[i + 1]: KEYS[i]'s limit. */
const TAKE = `
for i, key in ipairs(KEYS) do
  if tonumber(redis.call('GET', key) or '0') >= tonumber(ARGV[i + 1]) then return i end
end
for i, key in ipairs(KEYS) do
  redis.call('INCR', key)
  redis.call('PEXPIREAT', key, ARGV[1])
end
return 0
`;

/** KEYS[1]: the counter; ARGV[1]: how much to add; ARGV[2]: when the window ends. */
const ADD = `
local count = math.max(0, tonumber(redis.call('GET', KEYS[1]) or '0') + tonumber(ARGV[1]))
if count == 0 then redis.call('DEL', KEYS[1]) else redis.call('SET', KEYS[1], count, 'PXAT', ARGV[2]) end
return count
`;

/** Each window's counter is its own key, expiring when the window ends: Redis drops it, no scan. */
export function createRedisCounterStore(redis: Redis, now: () => number = Date.now): CounterStore {
  const guard = <T>(operation: () => Promise<T>) => guardDependency('Sign-in', operation);
  const windowKey = (key: string, bucket: number) => `${key}:w${bucket}`;
  return {
    get: (key, windowMs) =>
      guard(async () => {
        const { bucket } = windowAt(now(), windowMs);
        return Number((await redis.get(windowKey(key, bucket))) ?? 0);
      }),
    take: (limits, windowMs) =>
      guard(async () => {
        const { bucket, endsAt, resetInMs } = windowAt(now(), windowMs);
        const full = (await redis.eval(
          TAKE,
          limits.length,
          ...limits.map(({ key }) => windowKey(key, bucket)),
          endsAt,
          ...limits.map(({ limit }) => limit),
        )) as number;
        return full === 0 ? { allowed: true } : { allowed: false, resetInMs };
      }),
    add: (key, windowMs, by = 1) =>
      guard(async () => {
        const { bucket, endsAt } = windowAt(now(), windowMs);
        return (await redis.eval(ADD, 1, windowKey(key, bucket), by, endsAt)) as number;
      }),
    delete: (keys, windowMs) =>
      guard(async () => {
        const { bucket } = windowAt(now(), windowMs);
        if (keys.length > 0) await redis.del(...keys.map((key) => windowKey(key, bucket)));
      }),
  };
}
