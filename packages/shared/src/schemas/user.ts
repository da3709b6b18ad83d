import { z } from 'zod';
import { ZId, ZTimestamp } from './common.ts';
import { ZLanguage } from './ingredients.ts';

export const ROLES = ['admin', 'user'] as const;
export const ZRole = z.enum(ROLES);
export type TRole = z.infer<typeof ZRole>;

/** The apps a user may be granted; each app checks its own access. */
export const APPS = ['recipes', 'grocery'] as const;
export const ZAppName = z.enum(APPS);
export type TAppName = z.infer<typeof ZAppName>;

export const ZUsername = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, { error: 'Username must be at least 3 characters' })
  .max(32, { error: 'Username must be at most 32 characters' })
  .regex(/^[a-z0-9][a-z0-9._-]*$/, {
    error: 'Use letters, digits, dots, dashes and underscores, starting with a letter or digit',
  });

/** ASVS 2.1: at least 12 characters, long passphrases welcome, no composition rules. */
export const ZPassword = z
  .string()
  .min(12, { error: 'Password must be at least 12 characters' })
  .max(256, { error: 'Password must be at most 256 characters' });

export const ZUser = z.object({
  id: ZId,
  username: z.string(),
  role: ZRole,
  apps: z.array(ZAppName),
  disabled: z.boolean(),
  /** The language the person's recipes are written in; null: the browser's. */
  language: ZLanguage.nullable(),
  createdAt: ZTimestamp,
});
export type TUser = z.infer<typeof ZUser>;

export const ZCredentials = z.object({
  username: ZUsername,
  password: z.string().min(1, { error: 'Password is required' }).max(256),
});
export type TCredentials = z.infer<typeof ZCredentials>;
