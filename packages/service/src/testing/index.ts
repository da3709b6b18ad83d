export { childEnv } from './env.ts';
export { freePort, startNode, waitForHttp, type RunningProcess } from './process.ts';
