import { statusFor } from '../../../src/server/http-errors';
import { CaseAlreadyClaimedError, CaseClosedError, CaseNotClaimedError, CaseNotFoundError, QueueForbiddenError, StoreUnavailableError } from '../../../src/queue/errors';
import { checkScriptCode, scriptReply } from '../../../src/queue/lua-scripts';

describe('Lua script codes', () => {
  test('negative codes become the matching errors in one place', () => {
    expect(() => checkScriptCode('c_81f2', { code: -1 })).toThrow(CaseNotFoundError);
    expect(() => checkScriptCode('c_81f2', scriptReply([-2, 'alice']))).toThrow('Case c_81f2 is already claimed by alice');
    expect(() => checkScriptCode('c_81f2', { code: -3 })).toThrow(CaseClosedError);
    expect(() => checkScriptCode('c_81f2', { code: -99 })).toThrow('Unknown script code -99');
    expect(checkScriptCode('c_81f2', scriptReply([1, 'c_81f2']))).toBe(1);
    expect(() => scriptReply('OK')).toThrow(TypeError);
  });

  test('every queue error maps to the HTTP status of INTERFACES.md', () => {
    expect(statusFor(new CaseNotFoundError('c'))).toBe(404);
    expect(statusFor(new CaseAlreadyClaimedError('c', 'alice'))).toBe(409);
    expect(statusFor(new CaseClosedError('c'))).toBe(409);
    expect(statusFor(new CaseNotClaimedError('c'))).toBe(409);
    expect(statusFor(new QueueForbiddenError('bob', 'jurist'))).toBe(403);
    expect(statusFor(new StoreUnavailableError())).toBe(503);
  });
});
