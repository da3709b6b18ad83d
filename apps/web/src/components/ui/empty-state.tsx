import type { ReactNode } from 'react';

/** Says what is empty and what to do about it. */
export function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="rounded-xl border border-dashed border-stone-300 px-6 py-12 text-center dark:border-stone-700">
      <h2 className="text-lg font-semibold">{title}</h2>
      {children && (
        <div className="mx-auto mt-2 max-w-md text-stone-600 dark:text-stone-400">{children}</div>
      )}
      {action && <div className="mt-6 flex justify-center">{action}</div>}
    </div>
  );
}
