import { randomBytes } from 'node:crypto';
import { hash, verify, type Options } from '@node-rs/argon2';
import { Semaphore } from './semaphore.ts';

/** OWASP Password Storage Cheat Sheet, first configuration: argon2id, m=19 MiB, t=2, p=1. */
export const OWASP_ARGON2ID: Options = {
  algorithm: 2, // Algorithm.Argon2id: a const enum, which isolated modules cannot reference
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export interface PasswordHasherOptions {
  /** Sign-in checks at once, and waiting. */
  maxConcurrent?: number;
  maxQueued?: number;
  /** New passwords hashed at once (sign-up, setup, changes), and waiting: a lane of their own. */
  maxConcurrentHashes?: number;
  maxQueuedHashes?: number;
  argon2?: Options;
}

/**
 * argon2id behind two bounded queues: a flood of new passwords (anyone can ask for a sign-up)
 * fills its own short queue and is told the server is busy, while sign-ins keep their lane.
 */
export class PasswordHasher {
  readonly #gate: Semaphore;
  readonly #hashGate: Semaphore;
  readonly #options: Options;
  #dummyHash: Promise<string> | undefined;
  /** Verifications actually computed: rate limiting must keep this bounded. */
  verifications = 0;

  constructor({
    maxConcurrent = 2,
    maxQueued = 32,
    maxConcurrentHashes = 1,
    maxQueuedHashes = 4,
    argon2 = OWASP_ARGON2ID,
  }: PasswordHasherOptions = {}) {
    this.#gate = new Semaphore(maxConcurrent, maxQueued);
    this.#hashGate = new Semaphore(maxConcurrentHashes, maxQueuedHashes);
    this.#options = argon2;
  }

  hash(password: string): Promise<string> {
    return this.#hashGate.run(() => hash(password, this.#options));
  }

  verify(passwordHash: string, password: string): Promise<boolean> {
    return this.#gate.run(async () => {
      this.verifications += 1;
      return verify(passwordHash, password).catch(() => false);
    });
  }

  /**
   * Sign-in for a username that does not exist takes the same path and the same time:
   * a real argon2 verification against a hash nobody knows the password of.
   */
  async verifyAgainstDummy(password: string): Promise<false> {
    // Made once, outside the gate: a busy moment must not leave a rejected promise cached,
    // which would answer every later unknown username with 429 instead of 401.
    this.#dummyHash ??= hash(randomBytes(32).toString('base64url'), this.#options);
    await this.verify(await this.#dummyHash, password);
    return false;
  }
}
