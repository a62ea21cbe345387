// tsc compiles TypeScript only: copy the files the code reads at run time next to the compiled output.
// Lua scripts (src/**/lua/*.lua) and static web files (src/web/**) are resolved relative to __dirname.
const { cpSync, readdirSync, statSync, mkdirSync } = require('node:fs');
const { join, dirname, relative } = require('node:path');

const root = join(__dirname, '..');
const out = join(root, 'dist');

function walk(dir, visit) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, visit);
    else visit(path);
  }
}

let copied = 0;
walk(join(root, 'src'), (path) => {
  const rel = relative(root, path);
  const isLua = path.endsWith('.lua');
  const isWeb = rel.startsWith(join('src', 'web')) && !path.endsWith('.ts');
  if (!isLua && !isWeb) return;
  const target = join(out, rel);
  mkdirSync(dirname(target), { recursive: true });
  cpSync(path, target);
  copied += 1;
});
process.stderr.write(`copy-assets: ${copied} files\n`);
