/** Set by `npm run bench`, which reads how long each phase of a build took; a lecturer's build does not print them. */
const PHASES_WANTED = 'LECTURE_SITE_PHASES';

/** `phase: NAME SECONDS s` since `started` (a `performance.now()`), when the benchmark asked for phase lines. */
export function reportPhase(name: string, started: number): void {
  if (!process.env[PHASES_WANTED]) return;
  console.log(`phase: ${name} ${((performance.now() - started) / 1000).toFixed(2)} s`);
}
