/** Whether `url` answers 2xx now (a service's /readyz: up, and its database too). */
async function answers(url: string, signal: AbortSignal): Promise<boolean> {
  try {
    const response = await fetch(url, {
      signal: AbortSignal.any([signal, AbortSignal.timeout(2_000)]),
    });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Resolves true once every URL has answered, polling the ones that have not; false if
 * `signal` aborts first (the dev server closed). So `pnpm dev` says "Saffron is running"
 * only when opening the page would work, not while the api is still starting or has failed.
 */
export async function whenAllAnswer(
  urls: readonly string[],
  { signal, intervalMs = 500 }: { signal: AbortSignal; intervalMs?: number },
): Promise<boolean> {
  const waiting = new Set(urls);
  while (!signal.aborted) {
    for (const url of waiting) if (await answers(url, signal)) waiting.delete(url);
    if (waiting.size === 0) return true;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  return false;
}
