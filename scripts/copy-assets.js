// tsc compiles TypeScript only: copy the files the code reads at run time next to the compiled output.
// Every non-TypeScript file under src/ (Lua scripts, the shipped triage model, static web files) is
// resolved relative to __dirname, so it must sit at the same place under dist/.
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
  if (path.endsWith('.ts')) return;
  const target = join(out, rel);
  mkdirSync(dirname(target), { recursive: true });
  cpSync(path, target);
  copied += 1;
});
process.stderr.write(`copy-assets: ${copied} files\n`);
