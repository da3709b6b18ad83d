import { limitKeyOf } from './address.ts';
import type { CounterStore, Taken } from './counters.ts';

export interface LoginLimitPolicy {
  windowMs: number;
  /** Attempts evaluated from one address (an IPv6 /64), whatever the accounts: credential stuffing. */
  perIp: number;
  /** Attempts on one account from one address not proven right: guessing from one machine. */
  perAccountAndIp: number;
  /**
   * Wrong guesses on one account from everywhere before it counts as under attack: from then
   * on an address that has failed on it waits for the next window (one that has not still
   * gets in), and every further wrong guess is answered more slowly.
   */
  perAccount: number;
  /** Under attack, each wrong guess past `perAccount` answers this much later, up to `maxSlowDownMs`. */
  slowDownMs: number;
  maxSlowDownMs: number;
}

export const DEFAULT_LOGIN_POLICY: LoginLimitPolicy = {
  windowMs: 15 * 60_000,
  perIp: 50,
  perAccountAndIp: 5,
  perAccount: 20,
  slowDownMs: 250,
  maxSlowDownMs: 5_000,
};

export type LoginAttempt = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const judged = (taken: Taken): LoginAttempt =>
  taken.allowed
    ? { allowed: true }
    : { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(taken.resetInMs / 1000)) };

/**
 * Decides, before any password hashing, whether a sign-in attempt may proceed. The address's
 * budget is checked first and a refusal stops there: a refused attempt writes nothing, so
 * an address that is over its budget cannot grow the store however many usernames it tries.
 * Callers pass only usernames of a valid shape. The right password from an address that has
 * not failed on the account is never refused; attackers rotating addresses are slowed instead.
 */
export class LoginLimiter {
  readonly #counters: CounterStore;
  readonly #policy: LoginLimitPolicy;

  constructor(counters: CounterStore, policy: LoginLimitPolicy = DEFAULT_LOGIN_POLICY) {
    this.#counters = counters;
    this.#policy = policy;
  }

  /** Counts an allowed attempt (atomically, so parallel requests cannot slip past) or refuses it. */
  async attempt(username: string, ip: string): Promise<LoginAttempt> {
    const { windowMs, perIp, perAccountAndIp, perAccount } = this.#policy;
    const keys = this.#keys(username, ip);
    const failures = await this.#counters.get(keys.accountFailures, windowMs);
    // An attempt counts against the account from this address until it proves right.
    const taken = await this.#counters.take(
      [
        { key: keys.address, limit: perIp },
        { key: keys.accountAddress, limit: failures >= perAccount ? 1 : perAccountAndIp },
      ],
      windowMs,
    );
    return judged(taken);
  }

  /** A wrong password: counted on the account; answers how long to wait before saying so. */
  async failed(username: string, ip: string): Promise<number> {
    const { windowMs, perAccount, slowDownMs, maxSlowDownMs } = this.#policy;
    const failures = await this.#counters.add(this.#keys(username, ip).accountFailures, windowMs);
    return Math.min(maxSlowDownMs, Math.max(0, failures - perAccount) * slowDownMs);
  }

  /** A correct password: the address's attempts on the account are forgiven, and the success uncounted. */
  async succeeded(username: string, ip: string): Promise<void> {
    const { windowMs } = this.#policy;
    const keys = this.#keys(username, ip);
    await this.#counters.delete([keys.accountAddress], windowMs);
    await this.#counters.add(keys.address, windowMs, -1);
  }

  /**
   * An anonymous request about to cost a password hash (sign-up, first-run setup) spends the
   * address's budget like a sign-in attempt; refused, it is not counted.
   */
  async takeAddress(ip: string): Promise<LoginAttempt> {
    const { windowMs, perIp } = this.#policy;
    const address = this.#keys('', ip).address;
    return judged(await this.#counters.take([{ key: address, limit: perIp }], windowMs));
  }

  #keys(username: string, ip: string) {
    const account = username.trim().toLowerCase();
    const address = limitKeyOf(ip);
    return {
      address: `login:ip:${address}`,
      accountFailures: `login:account:${account}`,
      accountAddress: `login:account-ip:${account}:${address}`,
    };
  }
}
