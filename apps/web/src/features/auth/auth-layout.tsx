import type { ReactNode } from 'react';
import { Card } from '../../components/ui/card.tsx';

/** The frame of the signed-out screens: the brand, one card, nothing else to distract. */
export function AuthLayout({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  return (
    <main className="flex min-h-dvh items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm space-y-6">
        <div className="text-center">
          <p className="text-3xl font-bold tracking-tight text-brand-700 dark:text-brand-500">
            Saffron
          </p>
          <h1 className="mt-2 text-xl font-semibold">{title}</h1>
          {intro && <p className="mt-1 text-stone-600 dark:text-stone-400">{intro}</p>}
        </div>
        <Card>{children}</Card>
      </div>
    </main>
  );
}
