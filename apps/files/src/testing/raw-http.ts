import { connect } from 'node:net';

export interface RawAnswer {
  /** 0 when the server closed the connection without answering. */
  status: number;
  text: string;
}

/**
 * One HTTP/1.1 request written byte for byte on a fresh connection, for what fetch refuses
 * to send: malformed headers, lying lengths, broken chunked bodies.
 */
export function sendRaw(baseUrl: string, request: Buffer, timeoutMs = 10_000): Promise<RawAnswer> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    const answer = () => {
      const text = Buffer.concat(chunks).toString('latin1');
      resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0), text });
    };
    socket.setTimeout(timeoutMs, () => {
      socket.destroy();
      reject(new Error(`no answer within ${timeoutMs} ms`));
    });
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    // The server may close once it has answered, before reading the whole body.
    socket.on('error', answer);
    socket.on('close', answer);
    // Not ended: a half-closed client gets its request aborted (Connection: close ends it).
    socket.write(request);
  });
}
