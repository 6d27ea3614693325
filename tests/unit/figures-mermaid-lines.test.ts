import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { diagramLine } from '../../src/figures/mermaid-lines.ts';

describe('diagramLine (Mermaid’s “line N” to the line inside the fence)', () => {
  it('is the same line when Mermaid removes nothing', () => {
    assert.equal(diagramLine('flowchart LR\n  A --> B\n  B --> C', 3), 3);
  });

  it('skips front matter, directives and comment lines that Mermaid removes before counting', () => {
    const code = ['---', 'title: Workflow', '---', '%%{init: {"theme": "base"}}%%', 'flowchart LR', '  %% the loop', '  A --> B', '  B --> C['].join('\n');
    assert.equal(diagramLine(code, 1), 5, 'flowchart LR');
    assert.equal(diagramLine(code, 2), 7, 'A --> B');
    assert.equal(diagramLine(code, 3), 8, 'B --> C[');
  });

  it('puts an error found past the end on the last line with text', () => {
    assert.equal(diagramLine('flowchart LR\n  A --> B[\n\n', 5), 2);
  });

  it('counts Windows line endings as one break', () => {
    assert.equal(diagramLine('%% note\r\nflowchart LR\r\n  A --> B', 2), 3);
  });
});
