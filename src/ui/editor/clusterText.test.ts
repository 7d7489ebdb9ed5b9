import { describe, expect, it } from 'vitest';
import { clusterSummary, noticeText } from './clusterText';

describe('clusterSummary', () => {
  it('counts the analysed files, and says nothing for a lone file', () => {
    expect(clusterSummary(1, 1)).toBeNull();
    expect(clusterSummary(0, 1)).toBe('Analysing 0 of 1 file');
    expect(clusterSummary(2, 3)).toBe('Analysing 2 of 3 files');
    expect(clusterSummary(3, 3)).toBe('Analysing all 3 files');
  });
});

describe('noticeText', () => {
  it('says what opened on its own and that the other files are kept', () => {
    expect(noticeText({ kind: 'example', files: ['ingress.yaml'] }, true)).toBe(
      'Opened the example ingress.yaml on its own; your other files are set aside, unchanged.',
    );
    expect(noticeText({ kind: 'shared', files: ['a.yaml', 'b.yaml'] }, false)).toBe(
      'Opened the shared a.yaml and b.yaml on their own.',
    );
    expect(noticeText({ kind: 'shared', files: ['a', 'b', 'c'], cni: 'flannel' }, true)).toBe(
      'Opened the shared 3 files on their own; your other files are set aside, unchanged. The link set the network plugin to flannel.',
    );
    expect(noticeText({ kind: 'share-error', message: 'it is cut off.' }, true)).toBe(
      'This share link could not be opened: it is cut off.',
    );
  });
});
