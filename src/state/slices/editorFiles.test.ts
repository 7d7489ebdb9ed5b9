import { describe, expect, it } from 'vitest';
import { addFiles, closeFile, renameFile, renameProblem, uniqueName } from './editorFiles';

const f = (name: string, text = '') => ({ name, text });

describe('uniqueName', () => {
  it('keeps a free name and suffixes a taken one before the extension', () => {
    expect(uniqueName('a.yaml', new Set())).toBe('a.yaml');
    expect(uniqueName('a.yaml', new Set(['a.yaml']))).toBe('a-2.yaml');
    expect(uniqueName('a.yaml', new Set(['a.yaml', 'a-2.yaml']))).toBe('a-3.yaml');
    expect(uniqueName('Makefile', new Set(['Makefile']))).toBe('Makefile-2');
    expect(uniqueName('  ', new Set())).toBe('untitled.yaml');
  });
});

describe('addFiles', () => {
  it('appends with suffixes and activates the last added', () => {
    const r = addFiles([f('a.yaml', 'x')], [f('a.yaml', 'y'), f('b.yaml')], 'a.yaml');
    expect(r.files.map((x) => x.name)).toEqual(['a.yaml', 'a-2.yaml', 'b.yaml']);
    expect(r.files[1].text).toBe('y');
    expect(r.activeFile).toBe('b.yaml');
  });
  it('keeps the active file when nothing is added', () => {
    expect(addFiles([f('a.yaml')], [], 'a.yaml').activeFile).toBe('a.yaml');
  });
});

describe('renameFile', () => {
  const files = [f('a.yaml', '1'), f('b.yaml', '2')];
  it('renames and follows the active file', () => {
    expect(renameFile(files, 'a.yaml', ' c.yaml ', 'a.yaml')).toEqual({
      files: [f('c.yaml', '1'), f('b.yaml', '2')],
      activeFile: 'c.yaml',
    });
  });
  it('refuses clashes, empty names and slashes', () => {
    expect(renameProblem(files, 'a.yaml', 'b.yaml')).toMatch(/already open/);
    expect(renameProblem(files, 'a.yaml', '')).toMatch(/needs a name/);
    expect(renameProblem(files, 'a.yaml', 'x/y')).toMatch(/cannot contain/);
    expect(renameProblem(files, 'a.yaml', 'a.yaml')).toBeNull();
    expect(renameFile(files, 'a.yaml', 'b.yaml', 'a.yaml').files).toBe(files);
  });
});

describe('closeFile', () => {
  const files = [f('a.yaml'), f('b.yaml'), f('c.yaml')];
  it('activates the neighbour of a closed active file', () => {
    expect(closeFile(files, 'b.yaml', 'b.yaml', 'x').activeFile).toBe('c.yaml');
    expect(closeFile(files, 'c.yaml', 'c.yaml', 'x').activeFile).toBe('b.yaml');
    expect(closeFile(files, 'c.yaml', 'a.yaml', 'x').activeFile).toBe('a.yaml');
  });
  it('leaves one empty file when the last closes', () => {
    expect(closeFile([f('a.yaml', 't')], 'a.yaml', 'a.yaml', 'new.yaml')).toEqual({
      files: [f('new.yaml')],
      activeFile: 'new.yaml',
    });
  });
});
