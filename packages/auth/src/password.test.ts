import { AppError } from '@saffron/shared';
import { describe, expect, it } from 'vitest';
import { OWASP_ARGON2ID, PasswordHasher } from './password.ts';
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
    expect(await hasher.verifyAgainstDummy('whatever')).toBe(false);
    // Counted rather than timed: a real argon2 verification at the same parameters costs the same.
    expect(hasher.verifications).toBe(before + 1);
  });

  it('still answers unknown users normally after a first attempt met a full queue', async () => {
    // The gate is held by a verification far slower than making the dummy hash (argon2 reads its
    // cost from the hash), so the first unknown-user attempt always meets a full gate.
    const slowHash = await new PasswordHasher({
      argon2: { ...OWASP_ARGON2ID, timeCost: 24 },
    }).hash('x');
    const busy = new PasswordHasher({
      maxConcurrent: 1,
      maxQueued: 0,
      argon2: { ...OWASP_ARGON2ID, memoryCost: 1024, timeCost: 1 },
    });
    const occupying = busy.verify(slowHash, 'x');
    await expect(busy.verifyAgainstDummy('whatever')).rejects.toBeInstanceOf(AppError);
    await occupying;
    expect(await busy.verifyAgainstDummy('whatever')).toBe(false);
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
