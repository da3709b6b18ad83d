/**
 * pg_dump and pg_restore inherit this process's environment (PATH, locale, PGSSL* settings)
 * plus what we add; the password goes here rather than on the command line, where any user
 * of the machine could read it.
 */
export function toolEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}
