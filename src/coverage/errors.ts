import { RempartError } from '../errors';

/** A policy record read back from the register does not match the schema (written by hand, or an old format). */
export class InvalidPolicyRecordError extends RempartError {
  readonly code = 'policy_record_invalid';
}

/** The policy CSV cannot be imported at all (bad header, unreadable file). Row problems are reported, not thrown. */
export class PolicyImportError extends RempartError {
  readonly code = 'invalid_input';
}
