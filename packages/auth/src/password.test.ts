import { AppError } from '@saffron/shared';
import { describe, expect, it } from 'vitest';
import { PasswordHasher } from './password.ts';
import { Semaphore } from './semaphore.ts';

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();

  it('hashes with argon2id at OWASP parameters and verifies', async () => {
    const hash = await hasher.hash('correct horse battery staple');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await hasher.verify(hash, 'correct horse battery staple')).toBe(true);
    expect(await hasher.verify(hash, 'correct horse battery stapl')).toBe(false);
    expect(await hasher.verify('not a hash', 'anything')).toBe(false);
  });

  it('spends a real verification on unknown users, so timing reveals nothing', async () => {
    const before = hasher.verifications;
    const start = performance.now();
    expect(await hasher.verifyAgainstDummy('whatever')).toBe(false);
    expect(hasher.verifications).toBe(before + 1);
    const hash = await hasher.hash('x');
    const knownStart = performance.now();
    await hasher.verify(hash, 'y');
    const known = performance.now() - knownStart;
    // Same parameters, so the same order of cost (the dummy's first use also hashes once).
    expect(performance.now() - start).toBeGreaterThan(known * 0.5);
  });
});

describe('Semaphore (bounded argon2 work)', () => {
  it('never runs more than its limit at once, and refuses work beyond its queue', async () => {
    const gate = new Semaphore(2, 3);
    let running = 0;
    let peak = 0;
    const task = () =>
      gate.run(async () => {
        running += 1;
        peak = Math.max(peak, running);
        await new Promise((resolve) => setTimeout(resolve, 20));
        running -= 1;
        return 'done';
      });
    const outcomes = await Promise.allSettled(Array.from({ length: 10 }, task));
    expect(peak).toBe(2);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(5);
    const rejected = outcomes.filter((o) => o.status === 'rejected');
    expect(rejected).toHaveLength(5);
    expect((rejected[0] as PromiseRejectedResult).reason).toBeInstanceOf(AppError);
    expect(((rejected[0] as PromiseRejectedResult).reason as AppError).code).toBe(
      'TOO_MANY_REQUESTS',
    );
  });
});
