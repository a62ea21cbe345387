import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { ConnectorClient, ConnectorFactory } from 'botframework-connector';

/** Header that proves a connector call (bot → conversation) comes from this process. */
export const CONNECTOR_KEY_HEADER = 'x-rempart-connector-key';

type Credentials = ConstructorParameters<typeof ConnectorClient>[0];

/**
 * A per-process key shared by the connector clients we build and the connector routes that accept
 * their calls. No token is fetched from Azure: the bot talks to its own embedded Direct Line.
 */
export class ConnectorGate {
  readonly key: string;

  /**
   * With a shared secret (DIRECTLINE_SECRET), every instance derives the same key, so a staff reply
   * sent from one instance can reach a widget conversation held by another.
   */
  constructor(secret?: string) {
    this.key = secret
      ? createHmac('sha256', secret).update('rempart-connector-gate').digest('base64url')
      : randomBytes(32).toString('base64url');
  }

  /** True when the request carries this process's key. */
  admits(header: string | string[] | undefined): boolean {
    const value = Buffer.from(Array.isArray(header) ? (header[0] ?? '') : (header ?? ''));
    const expected = Buffer.from(this.key);
    return value.length === expected.length && timingSafeEqual(value, expected);
  }

  credentials(): Credentials {
    return {
      signRequest: async (webResource) => {
        webResource.headers.set(CONNECTOR_KEY_HEADER, this.key);
        return webResource;
      },
    };
  }

  /** A ConnectorFactory whose clients post to our own connector routes with the key. */
  connectorFactory(): ConnectorFactory {
    const credentials = this.credentials();
    return new (class extends ConnectorFactory {
      async create(serviceUrl: string): Promise<ConnectorClient> {
        return new ConnectorClient(credentials, { baseUri: serviceUrl });
      }
    })();
  }
}
