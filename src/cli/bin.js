#!/usr/bin/env node
// The `lecture-site` command. The package is TypeScript that Node runs by stripping its types; Node refuses to
// do that for files under node_modules (where an installed package lives), so for this package's own files the
// hook below strips them with amaro, the library Node's own type stripping is built on. Plain JavaScript, so
// that a Node too old for Astro gets a sentence instead of a syntax error.
import { readFileSync } from 'node:fs';
// A namespace import: Node 20 has no registerHooks, and a named import of it would fail before the check below.
import * as nodeModule from 'node:module';
import { fileURLToPath } from 'node:url';

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 19)) {
  console.error(`lecture-site needs Node.js 22.19 or newer (Astro 7 and its packages do); this is Node.js ${process.version}.`);
  console.error('Install Node.js 24 (https://nodejs.org), or add it to the course: npm install --save-dev node@24, then run lecture-site through npm run or npx.');
  process.exit(1);
}

// Node keeps the code it compiled (this package's modules once stripped, Astro's, the compiler's) for the next run:
// a command starts about 0.3 s of CPU sooner.
nodeModule.enableCompileCache();

const packageUrl = new URL('../../', import.meta.url).href;
if (packageUrl.includes('/node_modules/')) {
  const { transformSync } = await import('amaro');
  nodeModule.registerHooks({
    load(url, context, nextLoad) {
      if (!url.startsWith(packageUrl) || !url.endsWith('.ts') || url.slice(packageUrl.length).includes('node_modules/')) return nextLoad(url, context);
      const filename = fileURLToPath(url);
      const { code } = transformSync(readFileSync(filename, 'utf8'), { mode: 'strip-only', filename });
      return { format: 'module', source: code, shortCircuit: true };
    },
  });
}

const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2)).catch((error) => {
  // A failure no command caught is still one line, not a stack trace.
  console.error(`lecture-site: ${error instanceof Error ? error.message : String(error)}`);
  return 1;
});
