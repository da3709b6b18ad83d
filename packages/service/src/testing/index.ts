export { childEnv, envErrorOf, testServices } from './env.ts';
export { freePort, startNode, startProcess, waitForHttp, type RunningProcess } from './process.ts';
export { redisAvailable, useTestRedis } from './redis.ts';
export { redisServerAvailable, startPrivateRedis } from './redis-server.ts';
export { openSse, type SseEvent } from './sse.ts';
export { trpcBody, trpcData, trpcMutation, trpcPath, trpcResult } from './trpc-wire.ts';
export {
  announceSeed,
  FUZZ_SEED,
  fuzzRuns,
  hostileValue,
  watchUnhandledRejections,
} from './fuzz.ts';
