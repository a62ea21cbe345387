import { MemoryStorage, type StoreItems } from 'botbuilder';

/**
 * botbuilder's MemoryStorage (eTag checks included) plus the same idle expiry as the Redis storage,
 * so that the embedded mode also forgets idle conversations.
 */
export class ExpiringMemoryStorage extends MemoryStorage {
  private readonly touched = new Map<string, number>();
  constructor(private readonly ttlSeconds: number, private readonly now: () => number = Date.now) {
    super();
  }

  override async read(keys: string[]): Promise<StoreItems> {
    this.evictExpired(keys);
    return super.read(keys);
  }

  override async write(changes: StoreItems): Promise<void> {
    await super.write(changes);
    const at = this.now();
    for (const key of Object.keys(changes)) this.touched.set(key, at);
  }

  override async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.touched.delete(key);
    await super.delete(keys);
  }

  private evictExpired(keys: string[]): void {
    const limit = this.now() - this.ttlSeconds * 1000;
    for (const key of keys) {
      const at = this.touched.get(key);
      if (at !== undefined && at < limit) {
        this.touched.delete(key);
        delete this.memory[key];
      }
    }
  }
}
