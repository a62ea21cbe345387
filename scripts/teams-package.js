// npm run teams:package → dist/teams/rempart-teams.zip (manifest.json, en-us.json, color.png, outline.png),
// the Teams app package to sideload. Reads MicrosoftAppId and PUBLIC_BASE_URL from the environment (this is an entry point).
const { readFileSync, mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const JSZip = require('jszip');

const root = join(__dirname, '..');
const teamsDir = join(root, 'teams');
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function fail(message) {
  process.stderr.write(`teams:package: ${message}\n`);
  process.exit(1);
}

async function main(env) {
  const appId = (env.MicrosoftAppId || '').trim();
  if (!appId) fail('MicrosoftAppId is empty: register an Azure Bot first and set MicrosoftAppId to its app id (see docs/channels.md).');
  if (!GUID.test(appId)) fail(`MicrosoftAppId must be a GUID like 00000000-0000-0000-0000-000000000000, got "${appId}".`);
  let base;
  try {
    base = new URL(env.PUBLIC_BASE_URL || '');
  } catch {
    fail('PUBLIC_BASE_URL is empty or not a URL: set it to the public https address of this server, e.g. https://rempart.example.org.');
  }
  if (base.protocol !== 'https:') fail(`PUBLIC_BASE_URL must use https for Teams, got "${base.href}".`);
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  const values = { MicrosoftAppId: appId, PUBLIC_BASE_URL: base.origin, PUBLIC_HOST: base.host, VERSION: version };
  const manifest = readFileSync(join(teamsDir, 'manifest.template.json'), 'utf8').replace(/\{\{(\w+)\}\}/g, (_, name) => {
    if (!(name in values)) fail(`manifest.template.json uses an unknown placeholder {{${name}}}.`);
    return values[name];
  });
  JSON.parse(manifest); // the filled template must still be JSON
  const zip = new JSZip();
  zip.file('manifest.json', manifest);
  for (const file of ['en-us.json', 'color.png', 'outline.png']) zip.file(file, readFileSync(join(teamsDir, file)));
  const outDir = join(root, 'dist', 'teams');
  mkdirSync(outDir, { recursive: true });
  const out = join(outDir, 'rempart-teams.zip');
  writeFileSync(out, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  process.stderr.write(`teams:package: wrote ${out} for bot ${appId}\n`);
}

main(process.env).catch((err) => fail(err instanceof Error ? err.message : String(err)));
