/**
 * The first step of `npm test`: the programs the tests drive besides Node — Chromium (browser tests,
 * PDFs, diagrams), poppler (reading PDFs back), pandoc (the syntax oracle tests) and Debian's Python
 * with Jupyter and the libraries the executed lectures import. As root on Debian it installs what is
 * missing with apt-get; anywhere else it names exactly what is missing and exits 1.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from '../src/headless/chromium.ts';

/** A thing the tests need: how to tell it is there, and the Debian package that brings it. */
interface Prerequisite {
  what: string;
  packages: string[];
  present: () => boolean;
}

const onPath = (program: string) => spawnSync('sh', ['-c', `command -v ${program}`]).status === 0;
/** Whether the browser the tests launch is there (src/headless/chromium.ts says why not when it is not). */
const hasChromium = () => {
  try {
    return Boolean(findChromium());
  } catch {
    return false;
  }
};
const PYTHON_MODULES = ['ipykernel', 'jupyter_client', 'numpy', 'matplotlib', 'pandas', 'sklearn'];

const PREREQUISITES: Prerequisite[] = [
  { what: 'Chromium', packages: ['chromium'], present: hasChromium },
  { what: 'poppler (pdftoppm, pdftotext, pdffonts, pdfinfo)', packages: ['poppler-utils'], present: () => ['pdftoppm', 'pdftotext', 'pdffonts', 'pdfinfo'].every(onPath) },
  { what: 'pandoc', packages: ['pandoc'], present: () => onPath('pandoc') },
  {
    what: `Python 3 with ${PYTHON_MODULES.join(', ')} (/usr/bin/python3)`,
    packages: ['python3-ipykernel', 'python3-jupyter-client', 'python3-numpy', 'python3-matplotlib', 'python3-pandas', 'python3-sklearn'],
    present: () => existsSync('/usr/bin/python3') && spawnSync('/usr/bin/python3', ['-c', `import ${PYTHON_MODULES.join(', ')}`]).status === 0,
  },
];

const missing = () => PREREQUISITES.filter((prerequisite) => !prerequisite.present());
const canInstall = process.getuid?.() === 0 && onPath('apt-get');

let absent = missing();
if (absent.length > 0 && canInstall) {
  const packages = absent.flatMap((prerequisite) => prerequisite.packages);
  console.log(`test prerequisites: installing ${packages.join(' ')} (apt-get)…`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  absent = missing();
}
if (absent.length > 0) {
  console.error('npm test needs, besides Node:');
  for (const prerequisite of absent) console.error(`  - ${prerequisite.what}`);
  console.error(`On Debian or Ubuntu, as root: apt-get install -y ${absent.flatMap((prerequisite) => prerequisite.packages).join(' ')}`);
  console.error('(npm test installs them itself when run as root on Debian; CHROME_PATH may name another Chromium or Chrome.)');
  process.exit(1);
}
