import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'yaml';

interface Step {
  run?: string;
  uses?: string;
}

describe('GitHub Pages workflow', () => {
  const workflow = parse(readFileSync('.github/workflows/pages.yml', 'utf8')) as {
    jobs: Record<string, { steps: Step[] }>;
  };
  const scripts = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts);

  it('is valid YAML with a build and a deploy job', () => {
    assert.deepEqual(Object.keys(workflow.jobs), ['build', 'deploy']);
  });

  it('runs only the project’s own commands, tests before publishing', () => {
    const runs = workflow.jobs.build!.steps.flatMap((step) => (step.run ? [step.run] : []));
    for (const run of runs) {
      const match = /^npm (install|test|run (\S+)(?: --if-present)?)$/.exec(run);
      assert.ok(match, `unexpected command: ${run}`);
      if (match[2] && !run.endsWith('--if-present')) assert.ok(scripts.includes(match[2]), `no npm script "${match[2]}"`);
    }
    assert.ok(runs.indexOf('npm test') < runs.indexOf('npm run build'));
    assert.ok(workflow.jobs.build!.steps.some((step) => step.uses?.startsWith('actions/upload-pages-artifact')));
  });
});
