import type { TAttachment } from '@saffron/shared';
import { describe, expect, it, vi } from 'vitest';
import { FilesError } from '@saffron/client/files';
import { UploadQueue } from './upload-queue.ts';

/** A stand-in for the network: each upload waits until the test settles it. */
function fakeUploads() {
  const started: {
    file: File;
    progress: (loaded: number, total: number) => void;
    succeed: () => void;
    fail: (error: FilesError) => void;
    abort: ReturnType<typeof vi.fn>;
  }[] = [];
  const upload = (recipeId: string, file: File, progress: (l: number, t: number) => void) => {
    let succeed = () => {};
    let fail = (_: FilesError) => {};
    const done = new Promise<TAttachment[]>((resolve, reject) => {
      succeed = () =>
        resolve([
          {
            id: `id-${file.name}`,
            filename: file.name,
            contentType: 'text/plain',
            size: file.size,
            url: `/files/v1/attachments/id-${file.name}`,
          },
        ]);
      fail = reject;
    });
    const abort = vi.fn();
    started.push({ file, progress, succeed, fail, abort });
    return { done, abort };
  };
  return { upload, started };
}

const file = (name: string) => new File(['x'.repeat(100)], name, { type: 'text/plain' });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function setUp(concurrency?: number) {
  const network = fakeUploads();
  const onUploaded = vi.fn();
  const onUnauthorized = vi.fn();
  const queue = new UploadQueue({
    upload: network.upload,
    onUploaded,
    onUnauthorized,
    concurrency,
  });
  const statuses = () => queue.getUploads().map((u) => `${u.file.name}:${u.status}`);
  return { network, onUploaded, onUnauthorized, queue, statuses };
}

describe('the upload queue', () => {
  it('runs two uploads at once, shows progress, and hands finished ones to the recipe', async () => {
    const { network, onUploaded, queue, statuses } = setUp();
    queue.add('r1', [file('a.jpg'), file('b.pdf'), file('c.txt')]);
    expect(statuses()).toEqual(['a.jpg:uploading', 'b.pdf:uploading', 'c.txt:queued']);

    network.started[0]!.progress(40, 100);
    expect(queue.getUploads()[0]!.loaded).toBe(40);

    network.started[0]!.succeed();
    await settle();
    expect(onUploaded).toHaveBeenCalledWith('r1', [expect.objectContaining({ filename: 'a.jpg' })]);
    expect(statuses()).toEqual(['b.pdf:uploading', 'c.txt:uploading']);
  });

  it('keeps a failed upload with its reason until it is retried or dismissed', async () => {
    const { network, onUnauthorized, queue, statuses } = setUp();
    queue.add('r1', [file('big.mov')]);
    network.started[0]!.fail(new FilesError(413, 'Files may be at most 25 MB'));
    await settle();
    expect(statuses()).toEqual(['big.mov:failed']);
    expect(queue.getUploads()[0]!.error).toBe('Files may be at most 25 MB');
    expect(onUnauthorized).not.toHaveBeenCalled();

    queue.retry(queue.getUploads()[0]!.key);
    expect(statuses()).toEqual(['big.mov:uploading']);
    network.started[1]!.fail(new FilesError(401, 'Sign in again'));
    await settle();
    expect(onUnauthorized).toHaveBeenCalledOnce();

    queue.cancel(queue.getUploads()[0]!.key);
    expect(statuses()).toEqual([]);
  });

  it('aborts a cancelled upload and ignores whatever it answers afterwards', async () => {
    const { network, onUploaded, queue, statuses } = setUp();
    queue.add('r1', [file('a.jpg'), file('b.jpg'), file('c.jpg')]);
    queue.cancel(queue.getUploads()[0]!.key);
    expect(network.started[0]!.abort).toHaveBeenCalledOnce();
    expect(statuses()).toEqual(['b.jpg:uploading', 'c.jpg:uploading']);

    network.started[0]!.succeed();
    await settle();
    expect(onUploaded).not.toHaveBeenCalled();
  });

  it('takes one at a time when asked, a failure freeing the place as a success does', async () => {
    const { network, onUploaded, queue, statuses } = setUp(1);
    queue.add('r1', [file('a.jpg')]);
    queue.add('r2', [file('b.jpg'), file('c.jpg')]);
    expect(statuses()).toEqual(['a.jpg:uploading', 'b.jpg:queued', 'c.jpg:queued']);

    network.started[0]!.fail(new FilesError(503, 'Storage is down'));
    await settle();
    expect(statuses()).toEqual(['a.jpg:failed', 'b.jpg:uploading', 'c.jpg:queued']);
    network.started[1]!.succeed();
    await settle();
    expect(onUploaded).toHaveBeenCalledWith('r2', [expect.objectContaining({ filename: 'b.jpg' })]);
    expect(statuses()).toEqual(['a.jpg:failed', 'c.jpg:uploading']);
  });

  it('retries from the start, and forgets a queued upload without touching the network', async () => {
    const { network, queue, statuses } = setUp(1);
    queue.add('r1', [file('a.jpg'), file('b.jpg')]);
    network.started[0]!.progress(60, 100);
    network.started[0]!.fail(new FilesError(0, 'Could not reach Saffron'));
    await settle();
    const [failed, waiting] = queue.getUploads();
    expect(failed).toMatchObject({ status: 'failed', loaded: 60 });
    expect(waiting!.status).toBe('uploading');

    queue.retry(failed!.key);
    expect(queue.getUploads()[0]).toMatchObject({ status: 'queued', loaded: 0 });
    queue.cancel(failed!.key);
    expect(network.started).toHaveLength(2);
    expect(statuses()).toEqual(['b.jpg:uploading']);
  });

  it('tells subscribers of every change until they leave', () => {
    const { network, queue } = setUp();
    let changes = 0;
    const leave = queue.subscribe(() => changes++);
    queue.add('r1', [file('a.jpg')]);
    const afterAdding = changes;
    network.started[0]!.progress(10, 100);
    expect(changes).toBe(afterAdding + 1);
    leave();
    network.started[0]!.progress(20, 100);
    expect(changes).toBe(afterAdding + 1);
  });
});
