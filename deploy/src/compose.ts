import { parse } from 'yaml';
import { z } from 'zod';
import { readRepoFile } from './repo.ts';

/**
 * Compose's variable interpolation: $$, $VAR, ${VAR}, ${VAR:-default}, ${VAR-default},
 * ${VAR:?error} and ${VAR?error}. A required variable that is missing throws its message.
 */
export function interpolate(text: string, variables: Record<string, string>): string {
  return text.replace(
    /\$\$|\$(\w+)|\$\{(\w+)(?:(:?)([-?])([^}]*))?\}/g,
    (
      whole,
      bare: string | undefined,
      name: string | undefined,
      colon,
      operator,
      operand: string,
    ) => {
      if (whole === '$$') return '$';
      const key = (bare ?? name)!;
      const value = variables[key];
      const missing = value === undefined || (colon === ':' && value === '');
      if (!missing) return value;
      if (operator === '?') throw new Error(`${key}: ${operand}`);
      return operator === '-' ? operand : '';
    },
  );
}

const ZDependsOn = z.record(
  z.string(),
  z.object({
    condition: z.enum(['service_started', 'service_healthy', 'service_completed_successfully']),
  }),
);
const ZService = z.object({
  image: z.string(),
  build: z.object({ context: z.string(), dockerfile: z.string(), target: z.string() }).optional(),
  command: z.union([z.string(), z.array(z.string())]).optional(),
  environment: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
  ports: z.array(z.string()).default([]),
  volumes: z.array(z.string()).default([]),
  depends_on: ZDependsOn.default({}),
  healthcheck: z
    .object({ test: z.array(z.string()).optional(), disable: z.boolean().optional() })
    .optional(),
  restart: z.string().optional(),
});
const ZCompose = z.object({
  name: z.string(),
  services: z.record(z.string(), ZService),
  volumes: z.record(z.string(), z.unknown()),
});

export type ComposeFile = z.infer<typeof ZCompose>;
export type ComposeService = z.infer<typeof ZService>;

/** compose.yaml as `docker compose --env-file <file> config` would see it. */
export function loadCompose(variables: Record<string, string>): ComposeFile {
  const text = interpolate(readRepoFile('compose.yaml'), variables);
  return ZCompose.parse(parse(text, { merge: true }));
}

const ZOverride = z.object({
  services: z.record(
    z.string(),
    z.object({
      environment: z.record(z.string(), z.string()).default({}),
      profiles: z.array(z.string()).optional(),
    }),
  ),
});

/** An override file (docker compose -f compose.yaml -f <file>), interpolated the same way. */
export function loadComposeOverride(path: string, variables: Record<string, string>) {
  return ZOverride.parse(parse(interpolate(readRepoFile(path), variables), { merge: true }));
}

/** A service's environment as the process sees it: every value a string. */
export function serviceEnv(service: ComposeService): Record<string, string> {
  return Object.fromEntries(
    Object.entries(service.environment).map(([key, value]) => [key, String(value)]),
  );
}
