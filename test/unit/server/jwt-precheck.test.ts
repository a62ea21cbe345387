import { precheckBotFrameworkToken } from '../../../src/server/jwt-precheck';

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
const token = (header: object, payload: object) => `Bearer ${b64(header)}.${b64(payload)}.c2lnbmF0dXJl`;
const now = 1_800_000_000;

test('a token shaped like the Bot Framework connector\'s passes the precheck (the adapter verifies it)', () => {
  expect(precheckBotFrameworkToken(token({ alg: 'RS256', kid: 'k1' }, { iss: 'https://api.botframework.com', exp: now + 600 }), now)).toBeNull();
});

test.each([
  [undefined, 'missing'],
  ['Bearer junk', 'not a bearer JWT'],
  ['Basic abc.def.ghi', 'not a bearer JWT'],
  [token({ alg: 'HS256', kid: 'k' }, { iss: 'https://api.botframework.com', exp: now + 60 }), 'unexpected JWT header'],
  [token({ alg: 'none' }, { iss: 'https://api.botframework.com', exp: now + 60 }), 'unexpected JWT header'],
  [token({ alg: 'RS256', kid: 'k' }, { iss: 'https://evil.example.com', exp: now + 60 }), 'untrusted issuer'],
  [token({ alg: 'RS256', kid: 'k' }, { iss: 'https://api.botframework.com', exp: now - 3600 }), 'expired'],
])('%s → rejected (%s)', (header, reason) => {
  expect(precheckBotFrameworkToken(header, now)).toMatch(new RegExp(reason));
});
