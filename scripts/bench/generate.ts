import { mkdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same course. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ('materials crystal lattice energy model data feature regression kernel descriptor phase band gap ' +
  'defect diffusion entropy training validation prediction error gradient network property structure composition ' +
  'stability database sample learning optimisation uncertainty surface alloy oxide catalyst battery').split(' ');
const EQUATIONS = [
  String.raw`\hat{y} = \sum_{j=1}^{m} g_j x_j + g_0`,
  String.raw`L(g) = \frac{1}{n}\sum_{i=1}^{n} \left(y_i - \hat{y}_i\right)^2`,
  String.raw`g \leftarrow g - \eta \nabla_g L`,
  String.raw`D(T) = D_0 \exp\left(-\frac{E_a}{k_B T}\right)`,
  String.raw`\frac{N!}{(N/2)!\,(N/2)!}`,
];
const CODE = ['import numpy as np', 'x = np.linspace(0, 1, 50)', 'y = 2.0 * x + 0.1 * np.random.randn(50)', 'g = np.polyfit(x, y, 1)', 'print(g)'];
const CITATIONS = ['turing1950', 'samuel1959', 'mcculloch1943'];

/** One lecture of `slides` slides in the project's Markdown, deterministic from `next`. */
export function generateLecture(number: number, slides: number, next: () => number): string {
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!;
  const sentence = (words = 10 + Math.floor(next() * 10)) =>
    Array.from({ length: words }, () => pick(WORDS)).join(' ').replace(/^\w/, (c) => c.toUpperCase()) + '.';
  const parts = [`---\ntitle: Synthetic lecture ${number}\nnumber: ${number}\n---\n`];
  for (let slide = 1; slide <= slides; slide++) {
    if (slide % 10 === 1) parts.push(`# Part ${Math.ceil(slide / 10)} of lecture ${number}\n`);
    parts.push(`## Slide ${slide}: ${pick(WORDS)} and ${pick(WORDS)}\n`);
    const kind = slide % 5;
    if (kind === 0) parts.push(`${sentence()} [@${pick(CITATIONS)}]\n\n$$\n${pick(EQUATIONS)}\n$$\n`);
    else if (kind === 1) parts.push(`${sentence()}\n\n- ${sentence(6)}\n- ${sentence(6)}\n- ${sentence(6)}\n`);
    else if (kind === 2) parts.push(`${sentence()}\n\n\`\`\`python\n${CODE.join('\n')}\n\`\`\`\n`);
    else if (kind === 3) parts.push(`| Property | Value | Unit |\n| --- | ---: | --- |\n| ${pick(WORDS)} | ${(next() * 100).toFixed(2)} | eV |\n| ${pick(WORDS)} | ${(next() * 100).toFixed(2)} | GPa |\n`);
    else parts.push(`${sentence()} Inline $E_g = ${(next() * 5).toFixed(2)}\\,\\text{eV}$ here.\n\n$$\n${pick(EQUATIONS)}\n$$\n`);
    parts.push(`:::notes\n${sentence(25)} ${sentence(20)}\n:::\n`);
  }
  return parts.join('\n');
}

/** Write a synthetic course (course.yaml, references.bib, lectures) of `lectures` × `slides`. */
export function writeCourse(dir: string, lectures: number, slides: number, seed = 42): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'lectures'), { recursive: true });
  const next = random(seed);
  writeFileSync(join(dir, 'course.yaml'), `title: Synthetic Benchmark Course\nlecturers:\n  - name: A. Lecturer\noutline:\n${
    Array.from({ length: lectures }, (_, i) => `  - { number: ${i + 1}, title: Synthetic lecture ${i + 1} }`).join('\n')}\n`);
  copyFileSync('tests/fixtures/references/references.bib', join(dir, 'references.bib'));
  for (let lecture = 1; lecture <= lectures; lecture++) {
    writeFileSync(join(dir, 'lectures', `${String(lecture).padStart(lectures > 99 ? 3 : 2, '0')}-lecture-${lecture}.md`), generateLecture(lecture, slides, next));
  }
}
