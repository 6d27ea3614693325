import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';

/**
 * The folders of the project in the order they may import each other: a module imports only
 * modules of its own layer or of a lower one. The most specific path of a module decides its layer.
 */
const LAYERS: readonly (readonly string[])[] = [
  // The shared vocabulary.
  ['src/schemas/'],
  ['src/model/', 'src/terminal/'],
  // The Markdown syntax layer (and the reporting helpers it and every plugin use), bibliographies, the system browser.
  ['src/markdown/pandoc/', 'src/markdown/diagnostics.ts', 'src/references/', 'src/headless/'],
  // Code cells as data; Mermaid drawings and image facts.
  ['src/cells/', 'src/figures/'],
  // The pipeline's plugins and stages.
  ['src/markdown/'],
  // The core: one lecture front end, the compile, the course rules.
  ['src/compile/'],
  // Reading (and writing) a course folder.
  ['src/course-files/'],
  // The Astro content loader and what pages read of it.
  ['src/collection/'],
  // What builds and shows the site, imports a project, and runs code cells: none of these is imported below it.
  ['src/build/', 'src/routes/', 'src/layouts/', 'src/components/', 'src/site/', 'src/pdf/', 'src/client/', 'src/styles/', 'src/content.config.ts',
    'src/virtual.d.ts', 'src/execute/', 'src/import/'],
  // The Astro integration, which brings the site's parts together for Astro.
  ['src/integration/'],
  // The commands.
  ['src/cli/', 'scripts/'],
];

/** The layer of a path: the index of its most specific entry in LAYERS. */
function layerOf(path: string): number {
  let best = { layer: -1, length: 0 };
  LAYERS.forEach((entries, layer) => {
    for (const entry of entries) if (path.startsWith(entry) && entry.length > best.length) best = { layer, length: entry.length };
  });
  return best.layer;
}

/** Every module (TypeScript, Astro, JavaScript) under a folder. */
function modulesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return modulesUnder(path);
    return /\.(?:ts|astro|mjs)$/.test(name) ? [path] : [];
  });
}

/** Static, type and dynamic imports of a module's source. */
const IMPORT = /\b(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g;

/** Every import of a project module by another: [importer, imported], as paths from the project folder. */
function projectImports(): [string, string][] {
  return [...modulesUnder('src'), ...modulesUnder('scripts')].flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(IMPORT)]
      .map(([, specifier]) => specifier!.split('?')[0]!)
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier): [string, string] => [file, relative(process.cwd(), resolve(dirname(file), specifier))])
      .filter(([, imported]) => imported.startsWith('src/') || imported.startsWith('scripts/')));
}

describe('the folders point one way', () => {
  const imports = projectImports();

  it('places every module in a layer', () => {
    assert.ok(imports.length > 300);
    const unplaced = [...new Set(imports.flat())].filter((path) => layerOf(path) === -1);
    assert.deepEqual(unplaced, []);
  });

  it('has no import pointing up the layers', () => {
    const upward = imports.filter(([importer, imported]) => layerOf(imported) > layerOf(importer)).map(([importer, imported]) => `${importer} -> ${imported}`);
    assert.deepEqual(upward, []);
  });

  it('runs code cells only from the commands: nothing of src/ outside src/execute/ and src/cli/ imports it', () => {
    const users = imports.filter(([importer, imported]) => imported.startsWith('src/execute/') && !['src/execute/', 'src/cli/', 'scripts/'].some((folder) => importer.startsWith(folder)));
    assert.deepEqual(users, []);
  });
});
