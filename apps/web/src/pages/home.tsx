import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../lib/trpc.ts';

export function HomePage() {
  const trpc = useTRPC();
  const info = useQuery(trpc.system.info.queryOptions());

  if (info.isPending) return <p aria-busy="true">Loading…</p>;
  if (info.isError) {
    return (
      <p role="alert">
        Saffron's API is not reachable: {info.error.message}{' '}
        <button type="button" onClick={() => void info.refetch()}>
          Try again
        </button>
      </p>
    );
  }
  const { version, database, setupRequired } = info.data;
  return (
    <section aria-labelledby="welcome">
      <h1 id="welcome">Saffron</h1>
      <p>Your recipes and grocery list, on your own server.</p>
      <dl>
        <dt>Version</dt>
        <dd data-testid="version">{version}</dd>
        <dt>Database</dt>
        <dd data-testid="database">
          {database.mode === 'embedded' ? 'Embedded Postgres' : 'Postgres'}, schema{' '}
          {database.schemaVersion ?? 'not migrated'}
        </dd>
        <dt>Accounts</dt>
        <dd data-testid="setup">{setupRequired ? 'No account yet' : 'Ready to sign in'}</dd>
      </dl>
    </section>
  );
}
