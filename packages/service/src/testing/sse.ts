import { transformer } from '@saffron/shared';

export interface SseEvent {
  id?: string;
  event?: string;
  data: string;
}

/** A minimal Server-Sent Events reader over fetch, for tests (Node has no EventSource). */
export async function openSse(url: string, headers: Record<string, string>) {
  const abort = new AbortController();
  const response = await fetch(url, {
    headers: { accept: 'text/event-stream', ...headers },
    signal: abort.signal,
  });
  if (!response.ok || !response.body) throw new Error(`SSE ${url} answered ${response.status}`);
  const events: SseEvent[] = [];
  /** Every event, pings and errors too, in order. */
  const received: SseEvent[] = [];
  const waiters = new Set<() => void>();
  /** Resolves with every event once the server ends the stream (never, if the test closes it). */
  const ended = (async () => {
    let buffer = '';
    try {
      for await (const chunk of response.body!.pipeThrough(new TextDecoderStream())) {
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event: SseEvent = { data: '' };
          for (const line of block.split('\n')) {
            const [field, ...rest] = line.split(': ');
            const value = rest.join(': ');
            if (field === 'data') event.data += value;
            else if (field === 'id' || field === 'event') event[field] = value;
          }
          events.push(event);
          received.push(event);
          waiters.forEach((wake) => wake());
        }
      }
      return received;
    } catch {
      return new Promise<never>(() => {}); // closed by the test
    }
  })();

  /** The next data event (not pings or the hello) whose payload matches. */
  const next = async <T>(
    matches: (data: T) => boolean,
    timeoutMs = 10_000,
  ): Promise<{ id?: string; data: T }> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = events.findIndex(
        (event) => !event.event && event.data && matches(parse<T>(event.data)),
      );
      if (index >= 0) {
        const [event] = events.splice(index, 1);
        return { id: event!.id, data: parse<T>(event!.data) };
      }
      if (Date.now() > deadline)
        throw new Error(`no matching event on ${url}; saw ${JSON.stringify(events)}`);
      await new Promise<void>((resolve) => {
        waiters.add(resolve);
        setTimeout(resolve, 200);
      });
    }
  };
  return { next, ended, close: () => abort.abort() };
}

function parse<T>(data: string): T {
  return transformer.deserialize(JSON.parse(data) as Parameters<typeof transformer.deserialize>[0]);
}
