import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../../src/coverage/csv';
import { PolicyImportError } from '../../../src/coverage/errors';
import { parsePolicyCsv } from '../../../src/coverage/policy-csv';
import { loadKnowledge } from '../../../src/knowledge';

const catalogue = loadKnowledge().coverage;
const fixture = (name: string): string => readFileSync(join(__dirname, '../../fixtures/policies', name), 'utf8');

describe('parseCsv', () => {
  test('quotes, escaped quotes, line breaks inside quotes, CRLF, BOM and blank lines', () => {
    const records = parseCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n\r\n"multi\nline",z\n');
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, y', 'say "hi"'] },
      { line: 4, fields: ['multi\nline', 'z'] },
    ]);
  });

  test('semicolon delimiter when the header uses it; a last line without newline', () => {
    expect(parseCsv('a;b\n1;2')).toEqual([{ line: 1, fields: ['a', 'b'] }, { line: 2, fields: ['1', '2'] }]);
  });
});

describe('parsePolicyCsv', () => {
  test('a valid file: all rows, normalised numbers, optional columns', () => {
    const { policies, problems } = parsePolicyCsv(fixture('valid.csv'), catalogue);
    expect(problems).toEqual([]);
    expect(policies.map((p) => p.number)).toEqual(['DEMO-2025-1001', 'DEMO-2025-1002', 'DEMO-2025-1003']);
    expect(policies[0]).toEqual({
      number: 'DEMO-2025-1001', productId: 'demo-scolaire-cyber', holder: 'student', subscribedAt: '2025-09-01',
      expiresAt: '2026-08-31', status: 'active', options: ['option_juridique'], psychologicalSessionsUsed: 0,
    });
    expect(policies[1]).not.toHaveProperty('expiresAt');
    expect(policies[2]).toMatchObject({ status: 'suspended', options: [], psychologicalSessionsUsed: 0 });
  });

  test('bad rows are reported by line with the reason, good rows kept', () => {
    const { policies, problems } = parsePolicyCsv(fixture('mixed.csv'), catalogue);
    expect(policies.map((p) => p.number)).toEqual(['DEMO-2025-2001', 'DEMO-2025-2007']);
    const byLine = new Map(problems.map((p) => [p.line, p.message]));
    expect([...byLine.keys()]).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(byLine.get(3)).toContain('holder: product "demo-scolaire-cyber" is for "student", got "adult"');
    expect(byLine.get(4)).toContain('unknown product "demo-unknown"');
    expect(byLine.get(5)).toMatch(/^number: expected a contract number like DEMO-2024-0042/);
    expect(byLine.get(6)).toMatch(/subscribed_at: expected a date YYYY-MM-DD.*status: .*psychological_sessions_used: expected 0 or more/);
    expect(byLine.get(7)).toContain('unknown option "option_x"');
    expect(byLine.get(8)).toBe('number: duplicate of line 2');
    expect(byLine.get(9)).toBe('expected 8 fields, got 3');
  });

  test('a contract number in an error message is masked', () => {
    const { problems } = parsePolicyCsv('number,product_id,holder,subscribed_at,status\nSECRET1234567,demo-scolaire-cyber,student,2025-01-01,active\n', catalogue);
    expect(problems[0].message).toContain('"*********4567"');
    expect(problems[0].message).not.toContain('SECRET');
  });

  test('semicolon export with only the required columns', () => {
    const { policies, problems } = parsePolicyCsv(fixture('semicolon.csv'), catalogue);
    expect(problems).toEqual([]);
    expect(policies).toEqual([expect.objectContaining({ number: 'DEMO-2025-3001', options: [], psychologicalSessionsUsed: 0 })]);
  });

  test('empty file, unknown or missing columns stop the import', () => {
    expect(() => parsePolicyCsv('', catalogue)).toThrow(PolicyImportError);
    expect(() => parsePolicyCsv('number,product_id,holder,subscribed_at,status,colour\n', catalogue)).toThrow('line 1: unknown column "colour"');
    expect(() => parsePolicyCsv('number,holder\n', catalogue)).toThrow('line 1: missing column(s) product_id, subscribed_at, status');
  });
});
