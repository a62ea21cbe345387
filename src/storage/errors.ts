import { RempartError } from '../errors';

/** Another bot instance saved the same state first (eTag mismatch). */
export class StorageConflictError extends RempartError {
  readonly code = 'storage_conflict';
}
