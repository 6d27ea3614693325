import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { deckLectureId, drawingsFile, parseDrawingsFile, type Drawings } from '../../src/client/annotations/model.ts';
import { AnnotationFileError, readAnnotationFiles, slidesNotInDeck } from '../../src/pdf/annotation-files.ts';

const STROKE = { color: '#d62828', size: 8, points: [[100, 200, 0.5], [300, 220, 0.5]] as [number, number, number][], pressure: false };
const DRAWINGS: Drawings = { 'linear-regression': { slide: [STROKE], board: [] } };
const LECTURES = ['01-introduction', '02-ml-basics'];

describe('drawings files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'drawings-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  /** The message readAnnotationFiles refuses the files with. */
  const refusal = (paths: string[]) => {
    try {
      readAnnotationFiles(paths, LECTURES);
    } catch (error) {
      assert.ok(error instanceof AnnotationFileError, String(error));
      return error.message;
    }
    assert.fail('the files were accepted');
  };

  it('name their format, version and deck, and read back to the same drawings', () => {
    const text = drawingsFile('/course/slides/02-ml-basics/', DRAWINGS);
    assert.deepEqual(Object.keys(JSON.parse(text)), ['format', 'version', 'deck', 'slides']);
    assert.deepEqual(parseDrawingsFile(text), { drawings: DRAWINGS, deck: '/course/slides/02-ml-basics/' });
  });

  it('name their lecture by the deck path, under any base path', () => {
    assert.equal(deckLectureId('/slides/02-ml-basics/'), '02-ml-basics');
    assert.equal(deckLectureId('/MLforMaterials/slides/02-ml-basics/'), '02-ml-basics');
    assert.equal(deckLectureId('/notes/02-ml-basics/'), undefined);
  });

  it('are read by lecture, given one by one or as a folder', () => {
    mkdirSync(join(dir, 'folder'));
    const one = write('folder/a.json', drawingsFile('/slides/01-introduction/', DRAWINGS));
    write('folder/b.json', drawingsFile('/base/slides/02-ml-basics/', DRAWINGS));
    write('folder/notes.txt', 'not a drawings file, and not read');
    assert.deepEqual([...readAnnotationFiles([one], LECTURES).keys()], ['01-introduction']);
    const both = readAnnotationFiles([join(dir, 'folder')], LECTURES);
    assert.deepEqual([...both.keys()], ['01-introduction', '02-ml-basics']);
    assert.deepEqual(both.get('02-ml-basics'), { file: join(dir, 'folder', 'b.json'), drawings: DRAWINGS });
  });

  it('that are not JSON, not drawings, or of a newer version are refused, naming the file and what is wrong', () => {
    assert.match(refusal([write('text.json', 'hello')]), /text\.json is not a drawings file downloaded from a deck: it is not JSON/);
    assert.match(refusal([write('package.json', '{"name": "x"}')]), /package\.json is not a drawings file .*: format: not an annotations file of this site/);
    const newer = JSON.stringify({ ...JSON.parse(drawingsFile('/slides/01-introduction/', DRAWINGS)), version: 2 });
    assert.match(refusal([write('newer.json', newer)]), /newer\.json .*version: written by a newer version of this site \(only version 1 is read\)/);
    const badColour = drawingsFile('/slides/01-introduction/', { s: { slide: [{ ...STROKE, color: 'red' }], board: [] } });
    assert.match(refusal([write('colour.json', badColour)]), /colour\.json .*slides\.s\.slide\.0\.color: a stroke colour must be a six-digit hex colour/);
  });

  it('for a deck the site does not have, or a second file for one deck, are refused', () => {
    assert.match(refusal([write('gone.json', drawingsFile('/slides/09-gone/', DRAWINGS))]),
      /gone\.json holds the drawings of the deck \/slides\/09-gone\/, which the built site does not have \(its decks: 01-introduction, 02-ml-basics\)/);
    const first = write('first.json', drawingsFile('/slides/01-introduction/', DRAWINGS));
    const second = write('second.json', drawingsFile('/other/slides/01-introduction/', DRAWINGS));
    assert.match(refusal([first, second]), /first\.json and .*second\.json both hold drawings of 01-introduction: give one file per deck/);
    assert.match(refusal([join(dir, 'missing.json')]), /--annotations .*missing\.json: there is no such file or folder/);
    mkdirSync(join(dir, 'empty'));
    assert.match(refusal([join(dir, 'empty')]), /empty: the folder holds no \.json file/);
  });

  it('may hold slides the deck no longer has: those are named', () => {
    assert.deepEqual(slidesNotInDeck({ ...DRAWINGS, renamed: { slide: [STROKE], board: [] } }, ['title', 'linear-regression']), ['renamed']);
  });
});
