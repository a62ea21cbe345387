import { TooManyRequestsError } from './errors';

export interface TokenBucketOptions {
  /** Requests allowed in a burst. */
  burst: number;
  /** Refill rate, requests per second. */
  perSecond: number;
  /** Most keys kept; the least recently refilled are dropped beyond it (bounds memory). @default 10000 */
  maxKeys?: number;
  now?: () => number;
}

/**
 * In-process token buckets, one per key (a Direct Line token's conversation+user, or a client IP).
 * Per instance: with N instances a client gets at most N× the rate, which is fine for flood control.
 */
export class TokenBucket {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly now: () => number;

  constructor(private readonly options: TokenBucketOptions) {
    this.now = options.now ?? (() => Date.now());
  }

  /** Takes one token for `key` or throws TooManyRequestsError with the seconds until the next one. */
  take(key: string, what: string): void {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.options.burst, at: now };
    bucket.tokens = Math.min(this.options.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.options.perSecond);
    bucket.at = now;
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    this.evict();
    if (bucket.tokens < 1) {
      const retryAfterSeconds = Math.max(1, Math.ceil((1 - bucket.tokens) / this.options.perSecond));
      throw new TooManyRequestsError(`Too many ${what}; retry in ${retryAfterSeconds} s.`, retryAfterSeconds);
    }
    bucket.tokens -= 1;
  }

  private evict(): void {
    const max = this.options.maxKeys ?? 10_000;
    for (const key of this.buckets.keys()) {
      if (this.buckets.size <= max) return;
      this.buckets.delete(key);
    }
  }
}
