import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { measure, type Measurement } from './run.ts';

/** Where the anchors are installed (not project dependencies). */
const ANCHORS = resolve('bench/scratch/anchors');
const MARP = '@marp-team/marp-cli@4.5.1';
const SLIDEV = ['@slidev/cli@53.0.0', '@slidev/theme-default'];
/** Slidev asks for @unocss/* versions the registry here lacks: pin them (bench-anchors notes). */
const UNOCSS = '66.10.5';
const UNOCSS_PACKAGES = ['unocss', '@unocss/core', '@unocss/preset-uno', '@unocss/preset-wind3', '@unocss/preset-mini', '@unocss/preset-attributify',
  '@unocss/preset-icons', '@unocss/preset-web-fonts', '@unocss/preset-typography', '@unocss/reset', '@unocss/vite', '@unocss/config',
  '@unocss/transformer-directives', '@unocss/transformer-variant-group', '@unocss/extractor-mdc', '@unocss/rule-utils', '@unocss/preset-wind4',
  '@unocss/extractor-arbitrary-variants', '@unocss/inspector', '@unocss/astro', '@unocss/postcss', '@unocss/cli', '@unocss/webpack', '@unocss/preset-tagify',
  '@unocss/transformer-attributify-jsx', '@unocss/transformer-compile-class', '@unocss/preset-rem-to-px'];

/** Install the anchors once into bench/scratch/anchors; returns what could not be installed. */
export async function installAnchors(): Promise<{ marp?: string; slidev?: string }> {
  mkdirSync(ANCHORS, { recursive: true });
  const overrides = Object.fromEntries(UNOCSS_PACKAGES.map((name) => [name, UNOCSS]));
  writeFileSync(join(ANCHORS, 'package.json'), JSON.stringify({ name: 'bench-anchors', private: true, overrides }, null, 2));
  const problems: { marp?: string; slidev?: string } = {};
  const install = async (packages: string[]) =>
    measure('npm', ['install', '--no-audit', '--no-fund', '--prefix', ANCHORS, ...packages]);
  if (!existsSync(join(ANCHORS, 'node_modules/.bin/marp'))) {
    const result = await install([MARP]);
    if (!result.ok) problems.marp = result.output.split('\n').filter((line) => /ERR/.test(line)).slice(0, 2).join(' ');
  }
  if (!existsSync(join(ANCHORS, 'node_modules/.bin/slidev'))) {
    const result = await install(SLIDEV);
    if (!result.ok) problems.slidev = result.output.split('\n').filter((line) => /ERR/.test(line)).slice(0, 2).join(' ');
  }
  return problems;
}

/** A lecture in Marp/Slidev syntax: `---` between slides, speaker notes as HTML comments. */
export function toSeparatedSlides(markdown: string, headmatter: string): string {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  const withNotes = body.replace(/:::notes\n([\s\S]*?)\n:::/g, '<!--\n$1\n-->').replace(/\[@[\w-]+\]/g, '');
  const slides = withNotes.split(/\n(?=#{1,2} )/).map((slide) => slide.trim()).filter(Boolean);
  return `---\n${headmatter}\n---\n\n${slides.join('\n\n---\n\n')}\n`;
}

/** Convert the lectures of a content folder (`names`: these lecture files only) for both anchors. */
export function convertCourse(contentDir: string, outDir: string, names?: readonly string[]): { marpDir: string; slidevDecks: string[] } {
  const marpDir = join(outDir, 'marp');
  const slidevDir = join(outDir, 'slidev');
  mkdirSync(marpDir, { recursive: true });
  const slidevDecks: string[] = [];
  for (const name of names ?? readdirSync(join(contentDir, 'lectures')).sort()) {
    const markdown = readFileSync(join(contentDir, 'lectures', name), 'utf8');
    writeFileSync(join(marpDir, name), toSeparatedSlides(markdown, 'marp: true\nmath: katex'));
    const deckDir = join(slidevDir, name.replace(/\.md$/, ''));
    mkdirSync(deckDir, { recursive: true });
    writeFileSync(join(deckDir, 'slides.md'), toSeparatedSlides(markdown, 'theme: default'));
    writeFileSync(join(deckDir, 'vite.config.ts'), 'export default { build: { cssMinify: false } };\n');
    slidevDecks.push(deckDir);
  }
  return { marpDir, slidevDecks };
}

/** Marp CLI on a folder of decks, HTML output, in one process. */
export function runMarp(marpDir: string): Promise<Measurement> {
  return measure(join(ANCHORS, 'node_modules/.bin/marp'), ['--no-stdin', '-I', marpDir, '-o', `${marpDir}-html`]);
}

/** Slidev builds one deck per process; the course takes the sum. */
export async function runSlidev(decks: string[]): Promise<Measurement> {
  const total: Measurement = { seconds: 0, peakMiB: 0, ok: true, output: '' };
  for (const deck of decks) {
    const result = await measure(join(ANCHORS, 'node_modules/.bin/slidev'), ['build', 'slides.md', '--out', 'dist'], {}, deck);
    total.seconds += result.seconds;
    total.peakMiB = Math.max(total.peakMiB, result.peakMiB);
    total.ok &&= result.ok;
    if (!result.ok) total.output = result.output.slice(-600);
  }
  return total;
}
