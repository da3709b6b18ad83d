export {
  EnvError,
  envFields,
  finishServiceEnv,
  onInvalidEnv,
  serviceEnvShape,
} from './env-fields.ts';
export { dependencyUnavailable, guardDependency } from './dependency.ts';
export { exitOnInvalidEnv } from './exit-on-invalid-env.ts';
export { registerHealthRoutes, type ReadinessCheck } from './health.ts';
export { createLogger, type Logger, type LoggerOptions } from './logger.ts';
export { registerMetrics, type ProcedureMetrics, type ServiceMetrics } from './metrics.ts';
export { echoRequestId, REQUEST_ID_HEADER, requestIdOf, requestIdOptions } from './request-id.ts';
export { runService, type ServiceOptions } from './run-service.ts';
export { handleShutdownSignals } from './shutdown.ts';
export {
  backoffSeconds,
  createBatchWorker,
  createQueueWorker,
  type BatchWorkerOptions,
  type QueueWorker,
  type QueueWorkerOptions,
} from './queue-worker.ts';
export { createPeriodicTask, type PeriodicTask } from './periodic-task.ts';
export { createLocalPubSub, createRedisPubSub, type PubSub } from './pubsub.ts';
export { connectRedis, createRedis, waitForRedis, type Redis, type RedisOptions } from './redis.ts';
export { createS3Client, s3ConfigFrom, s3EnvShape, type S3Config } from './s3.ts';
export {
  createSafeFetcher,
  importEnvShape,
  isPassingFailure,
  MAX_REDIRECTS,
  SafeFetchError,
  safeFetchOptionsFrom,
  type FetchedResource,
  type FetchKind,
  type FetchRequest,
  type HostLookup,
  type ResolvedAddress,
  type SafeFetcher,
  type SafeFetchFailure,
  type SafeFetchOptions,
} from './safe-fetch/index.ts';
