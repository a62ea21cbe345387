/**
 * Teams readiness. Teams and Azure are faked: the app id and password are made up, no request leaves
 * this machine (a request without a valid Bot Framework JWT is refused before any Azure call).
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { startHarness, type Harness } from './directline-harness';

const FAKE_APP_ID = '11111111-2222-3333-4444-555555555555';
const root = join(__dirname, '..', '..');

describe('POST /api/messages with MicrosoftAppId set', () => {
  let app: Harness;
  beforeAll(async () => {
    app = await startHarness({ appId: FAKE_APP_ID });
  });
  afterAll(async () => app?.close());

  const activity = (serviceUrl: string) => ({
    type: 'message', id: 'a1', channelId: 'msteams', serviceUrl, text: 'hello',
    conversation: { id: 'c1', conversationType: 'personal' }, from: { id: 'u1' }, recipient: { id: `28:${FAKE_APP_ID}` },
  });
  const postMessages = (headers: Record<string, string>) =>
    fetch(`${app.baseUrl}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(activity('https://smba.trafficmanager.net/emea/')) });

  // A forged JWT is not tested here: checking it makes the adapter fetch Azure's signing keys (network).
  test('no Authorization header → 401', async () => {
    expect((await postMessages({})).status).toBe(401);
  });
});

describe('npm run teams:package', () => {
  const zipPath = join(root, 'dist', 'teams', 'rempart-teams.zip');
  const run = (env: Record<string, string>) =>
    new Promise<{ code: number; stderr: string }>((resolve) => {
      execFile(process.execPath, [join(root, 'scripts', 'teams-package.js')], { env: { PATH: process.env.PATH ?? '', ...env }, timeout: 20_000 }, (err, _stdout, stderr) => {
        resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stderr });
      });
    });

  test('fails with a clear message when MicrosoftAppId is empty', async () => {
    rmSync(zipPath, { force: true });
    const result = await run({ MicrosoftAppId: '', PUBLIC_BASE_URL: 'https://rempart.example.org' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/MicrosoftAppId is empty/);
    expect(existsSync(zipPath)).toBe(false);
  });

  test('builds the zip: manifest filled in, both icons at the sizes Teams requires', async () => {
    const result = await run({ MicrosoftAppId: FAKE_APP_ID, PUBLIC_BASE_URL: 'https://rempart.example.org/' });
    expect(result.code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(zipPath));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'en-us.json', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest.id).toBe(FAKE_APP_ID);
    expect(manifest.bots[0].botId).toBe(FAKE_APP_ID);
    expect(manifest.bots[0].scopes).toEqual(['personal']);
    expect(manifest.validDomains).toEqual(['rempart.example.org']);
    expect(JSON.stringify(manifest)).not.toMatch(/\{\{/);
    const size = async (name: string) => {
      const png = await zip.file(name)!.async('nodebuffer');
      return [png.readUInt32BE(16), png.readUInt32BE(20), png[25]];
    };
    expect(await size('color.png')).toEqual([192, 192, 6]);
    expect(await size('outline.png')).toEqual([32, 32, 6]);
  });
});
