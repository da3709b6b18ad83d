import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createFilesClient, FilesError } from './files.ts';

interface Seen {
  method: string;
  url: string;
  authorization: string | undefined;
  body: string;
}

type Answer = (request: Seen, response: ServerResponse) => void;

const servers: { close: () => void }[] = [];
afterEach(() => servers.splice(0).forEach((server) => server.close()));

/** A loopback server answering as told, recording what it was sent. */
async function serve(answer: Answer) {
  const seen: Seen[] = [];
  const server = createServer((request: IncomingMessage, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const each = {
        method: request.method ?? '',
        url: request.url ?? '',
        authorization: request.headers.authorization,
        body,
      };
      seen.push(each);
      answer(each, response);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  servers.push({ close: () => server.close() });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, seen };
}

const json =
  (status: number, value: unknown): Answer =>
  (_request, response) =>
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));

const ATTACHMENT = {
  id: '0b6f2f8e-6c1c-4a3b-9a57-2f1f5d0e9c11',
  filename: 'notes.txt',
  contentType: 'text/plain',
  size: 5,
  url: '/files/v1/attachments/0b6f2f8e-6c1c-4a3b-9a57-2f1f5d0e9c11',
};
const RECIPE = '7d1b2c3a-0000-4000-8000-000000000001';
const file = () => new File(['hello'], 'notes.txt', { type: 'text/plain' });

async function uploadTo(answer: Answer) {
  const server = await serve(answer);
  const progress: number[][] = [];
  const client = createFilesClient({ baseUrl: server.url, token: 'secret' });
  const done = client.upload(RECIPE, file(), (loaded, total) =>
    progress.push([loaded, total]),
  ).done;
  return {
    server,
    progress,
    outcome: await done.then(
      (value) => value,
      (error: unknown) => error,
    ),
  };
}

describe('the files client', () => {
  it('uploads a file as multipart with the token, and answers the checked attachments', async () => {
    const { server, progress, outcome } = await uploadTo(json(201, [ATTACHMENT]));
    expect(outcome).toEqual([ATTACHMENT]);
    expect(progress).toEqual([[5, 5]]);
    const [request] = server.seen;
    expect(request).toMatchObject({
      method: 'POST',
      url: `/files/v1/recipes/${RECIPE}/attachments`,
      authorization: 'Bearer secret',
    });
    expect(request!.body).toMatch(/name="file"; filename="notes.txt"[\s\S]*hello/);
  });

  it('refuses an answer that is not the shared shape of an attachment', async () => {
    const { outcome } = await uploadTo(json(201, [{ ...ATTACHMENT, size: 'five' }]));
    expect(outcome).toBeInstanceOf(FilesError);
    expect(outcome).toMatchObject({ status: 502 });
  });

  it("shows the service's own reason, but never a 500's, nor a proxy's page", async () => {
    const tooLarge = await uploadTo(
      json(413, { error: { code: 'PAYLOAD_TOO_LARGE', message: 'Files may be at most 1 MB' } }),
    );
    expect(tooLarge.outcome).toMatchObject({ status: 413, message: 'Files may be at most 1 MB' });
    const broken = await uploadTo(
      json(500, { error: { code: 'INTERNAL_SERVER_ERROR', message: 'stack trace' } }),
    );
    expect(broken.outcome).toMatchObject({ status: 500, message: 'The upload failed. Try again.' });
    const proxy = await uploadTo((_request, response) =>
      response.writeHead(503, { 'content-type': 'text/html' }).end('<h1>503</h1>'),
    );
    expect(proxy.outcome).toMatchObject({
      status: 503,
      message: 'File storage is unavailable for a moment. Try again shortly.',
    });
  });

  it('tells an unreachable service and a cancelled upload apart', async () => {
    const { url } = await serve(json(201, []));
    servers.splice(0).forEach((server) => server.close());
    const unreachable = createFilesClient({ baseUrl: url }).upload(RECIPE, file(), () => {});
    await expect(unreachable.done).rejects.toMatchObject({
      status: 0,
      message: 'Could not reach Saffron. Check your connection and try again.',
    });

    const slow = await serve(() => {}); // never answers
    const cancelled = createFilesClient({ baseUrl: slow.url }).upload(RECIPE, file(), () => {});
    cancelled.abort();
    await expect(cancelled.done).rejects.toMatchObject({ status: 0, message: 'Cancelled' });
  });

  it('deletes at the attachment’s address, and says why when it cannot', async () => {
    const server = await serve((request, response) =>
      request.url.endsWith(ATTACHMENT.id)
        ? response.writeHead(204).end()
        : json(404, { error: { code: 'NOT_FOUND', message: 'Attachment not found' } })(
            request,
            response,
          ),
    );
    const client = createFilesClient({ baseUrl: server.url, token: () => 'fresh' });
    await client.delete(ATTACHMENT);
    expect(server.seen[0]).toMatchObject({
      method: 'DELETE',
      url: ATTACHMENT.url,
      authorization: 'Bearer fresh',
    });
    await expect(client.delete({ id: 'gone' })).rejects.toMatchObject({
      status: 404,
      message: 'Attachment not found',
    });
  });

  it('uploads an export for import and answers the job that reads it', async () => {
    const JOB = '7d1b2c3a-0000-4000-8000-0000000000aa';
    const server = await serve(json(202, { id: JOB }));
    const client = createFilesClient({ baseUrl: server.url, token: 'secret' });
    const upload = client.importArchive(new File(['zip'], 'mealie.zip'), () => {});
    await expect(upload.done).resolves.toEqual({ id: JOB });
    expect(server.seen[0]).toMatchObject({ method: 'POST', url: '/files/v1/imports' });
    expect(server.seen[0]!.body).toMatch(/filename="mealie.zip"/);
    // An attachment's 201 is not an import's answer.
    const wrong = await serve(json(201, [ATTACHMENT]));
    const refused = createFilesClient({ baseUrl: wrong.url }).importArchive(file(), () => {});
    await expect(refused.done).rejects.toMatchObject({ status: 201 });
  });

  it('asks for a photo from a link as JSON, and passes on why it could not', async () => {
    const server = await serve((request, response) =>
      (JSON.parse(request.body) as { url: string }).url === 'https://example.org/soup.jpg'
        ? json(201, [ATTACHMENT])(request, response)
        : json(422, { error: { code: 'UNPROCESSABLE_CONTENT', message: 'Not an image' } })(
            request,
            response,
          ),
    );
    const client = createFilesClient({ baseUrl: server.url, token: 'secret' });
    await expect(client.photoFromUrl(RECIPE, 'https://example.org/soup.jpg')).resolves.toEqual([
      ATTACHMENT,
    ]);
    expect(server.seen[0]).toMatchObject({
      method: 'POST',
      url: `/files/v1/recipes/${RECIPE}/attachments/from-url`,
      authorization: 'Bearer secret',
    });
    await expect(client.photoFromUrl(RECIPE, 'https://example.org/page')).rejects.toMatchObject({
      status: 422,
      message: 'Not an image',
    });
  });

  it('builds the addresses on its base URL', () => {
    const { urls } = createFilesClient({ baseUrl: 'https://recipes.example/' });
    expect(urls.thumbnail('a1')).toBe('https://recipes.example/files/v1/attachments/a1/thumbnail');
    expect(urls.upload('r 1')).toBe('https://recipes.example/files/v1/recipes/r%201/attachments');
    expect(urls.export).toBe('https://recipes.example/files/v1/export');
    expect(createFilesClient({ baseUrl: '' }).urls.attachment('a1')).toBe(
      '/files/v1/attachments/a1',
    );
  });
});
