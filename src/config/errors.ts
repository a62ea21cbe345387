import { RempartError } from '../errors';

export class ConfigError extends RempartError {
  readonly code = 'config_invalid';
}
