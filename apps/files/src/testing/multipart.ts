import { randomBytes } from 'node:crypto';

export interface UploadFile {
  filename: string;
  content: Buffer | string;
  /** What the client claims; the service sniffs the bytes instead. */
  type?: string;
  field?: string;
}

/**
 * A multipart/form-data body written byte for byte, so tests can send what a hostile client
 * would (raw `../`, NUL bytes, absurd names), which FormData would escape.
 */
export function multipartBody(files: UploadFile[]): { body: Buffer; contentType: string } {
  const boundary = `saffron-${randomBytes(12).toString('hex')}`;
  const chunks = files.flatMap((file) => [
    Buffer.from(
      `--${boundary}\r\n` +
        `Content-Disposition: form-data; name="${file.field ?? 'file'}"; filename="${file.filename}"\r\n` +
        `Content-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
    ),
    Buffer.from(file.content),
    Buffer.from('\r\n'),
  ]);
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}
