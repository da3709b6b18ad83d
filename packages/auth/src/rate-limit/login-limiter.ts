import type { CounterStore } from './counters.ts';

export interface LoginLimitPolicy {
  windowMs: number;
  /** Attempts from one IP, whatever the accounts (credential stuffing). */
  perIp: number;
  /** Attempts on one account from one IP (guessing from one machine). */
  perAccountAndIp: number;
  /** Attempts on one account from everywhere, before the account goes into lockdown. */
  perAccount: number;
}

export const DEFAULT_LOGIN_POLICY: LoginLimitPolicy = {
  windowMs: 15 * 60_000,
  perIp: 50,
  perAccountAndIp: 5,
  perAccount: 20,
};

export type LoginAttempt = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Decides, before any password hashing, whether a sign-in attempt may proceed.
 *
 * An account under attack from many IPs goes into lockdown: from then on each IP gets only
 * its first attempt of the window. Attackers rotating addresses are slowed to one guess per
 * address, while the owner signing in from a fresh address still gets in.
 */
export class LoginLimiter {
  readonly #counters: CounterStore;
  readonly #policy: LoginLimitPolicy;

  constructor(counters: CounterStore, policy: LoginLimitPolicy = DEFAULT_LOGIN_POLICY) {
    this.#counters = counters;
    this.#policy = policy;
  }

  /** Counts the attempt (atomically, so parallel requests cannot slip past) and judges it. */
  async attempt(username: string, ip: string): Promise<LoginAttempt> {
    const keys = this.#keys(username, ip);
    const [byIp, byAccountAndIp, byAccount] = await this.#counters.increment(
      [keys.ip, keys.accountAndIp, keys.account],
      this.#policy.windowMs,
    );
    const over = [
      byIp!.count > this.#policy.perIp ? byIp! : undefined,
      byAccountAndIp!.count > this.#policy.perAccountAndIp ? byAccountAndIp! : undefined,
      byAccount!.count > this.#policy.perAccount && byAccountAndIp!.count > 1
        ? byAccount!
        : undefined,
    ].filter((counter) => counter !== undefined);
    if (over.length === 0) return { allowed: true };
    const retryAfterMs = Math.max(...over.map((counter) => counter.resetInMs));
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
  }

  /**
   * An anonymous request about to cost a password hash (sign-up, first-run setup) spends the
   * address's budget like a sign-in attempt; refused, it is not counted.
   */
  async takeAddress(ip: string): Promise<LoginAttempt> {
    const key = this.#keys('', ip).ip;
    const [byIp] = await this.#counters.increment([key], this.#policy.windowMs);
    if (byIp!.count <= this.#policy.perIp) return { allowed: true };
    await this.#counters.decrement([key]);
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(byIp!.resetInMs / 1000)) };
  }

  /** A correct password: this IP's failures on the account are forgiven, and the success itself uncounted. */
  async succeeded(username: string, ip: string): Promise<void> {
    const keys = this.#keys(username, ip);
    await this.#counters.delete([keys.accountAndIp]);
    await this.#counters.decrement([keys.ip, keys.account]);
  }

  #keys(username: string, ip: string) {
    const account = username.trim().toLowerCase();
    return {
      ip: `login:ip:${ip}`,
      account: `login:account:${account}`,
      accountAndIp: `login:account-ip:${account}:${ip}`,
    };
  }
}
