import { loadConfig } from '../../../src/config/env';
import { ConfigError } from '../../../src/config/errors';
import { isAllowedServiceUrl } from '../../../src/server/service-url-guard';

const token = 'a'.repeat(24);

describe('loadConfig', () => {
  test('applies the defaults of INTERFACES.md', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3978);
    expect(config.redis).toEqual({ url: undefined, prefix: 'rempart:' });
    expect(config.defaultLocale).toBe('fr');
    expect(config.staff).toEqual([]);
    expect(config.bot.appId).toBe('');
  });

  test('parses STAFF_TOKENS into accounts', () => {
    const config = loadConfig({ STAFF_TOKENS: `alice:psychologist:${token}, bob:jurist:${'b'.repeat(20)}` });
    expect(config.staff).toEqual([
      { name: 'alice', role: 'psychologist', token },
      { name: 'bob', role: 'jurist', token: 'b'.repeat(20) },
    ]);
  });

  test('names every bad variable in one error, and never prints a token', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'abc', REDIS_URL: 'http://x', DEFAULT_LOCALE: 'de', STAFF_TOKENS: `bob:admin:${token},carol` });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    for (const name of ['PORT', 'REDIS_URL', 'DEFAULT_LOCALE', 'STAFF_TOKENS entry 1', 'STAFF_TOKENS entry 2', 'unknown role "admin"']) {
      expect(message).toContain(name);
    }
    expect(message).not.toContain(token);
  });

  test('refuses short or duplicate staff tokens', () => {
    expect(() => loadConfig({ STAFF_TOKENS: 'a:jurist:short' })).toThrow(/shorter than 16/);
    expect(() => loadConfig({ STAFF_TOKENS: `a:jurist:${token},b:psychologist:${token}` })).toThrow(/already used/);
  });

  test('an app id needs a password', () => {
    expect(() => loadConfig({ MicrosoftAppId: '00000000-0000-0000-0000-000000000000' })).toThrow(/MicrosoftAppPassword/);
  });
});

describe('serviceUrl guard (no app id mode)', () => {
  test.each([
    ['http://127.0.0.1:3978', true],
    ['http://localhost:9000/', true],
    ['http://[::1]:80', true],
    ['https://smba.trafficmanager.net/emea/', false],
    ['http://169.254.169.254/latest', false],
    ['http://10.0.0.1', false],
    ['file:///etc/passwd', false],
    ['not a url', false],
    ['http://user:pass@127.0.0.1', false],
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedServiceUrl(url, [])).toBe(allowed);
  });

  test('configured URLs are accepted, and only them', () => {
    expect(isAllowedServiceUrl('https://bot.example.org/connector', ['https://bot.example.org'])).toBe(true);
    expect(isAllowedServiceUrl('https://bot.example.org.evil.com/', ['https://bot.example.org'])).toBe(false);
  });
});
