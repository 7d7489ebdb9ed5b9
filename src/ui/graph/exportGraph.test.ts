import type { Core } from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import { exportFileName, renderGraphImage, saveBlob, type SaveTarget } from './exportGraph';

describe('graph export', () => {
  it('names the files podpath-graph.png and podpath-graph.svg', () => {
    expect(exportFileName('png')).toBe('podpath-graph.png');
    expect(exportFileName('svg')).toBe('podpath-graph.svg');
  });

  it('a PNG holds the whole graph, at twice the size, on the given background', async () => {
    const png = vi.fn(() => Promise.resolve(new Blob(['png'], { type: 'image/png' })));
    const blob = await renderGraphImage({ png } as unknown as Core, 'png', '#131a23');
    expect(png).toHaveBeenCalledWith({
      full: true,
      scale: 2,
      bg: '#131a23',
      output: 'blob-promise',
    });
    expect(blob.type).toBe('image/png');
  });

  it('saves through a temporary link with the file name, then frees the blob URL', () => {
    vi.useFakeTimers();
    const clicked: { href: string; download: string }[] = [];
    const link = {
      href: '',
      download: '',
      hidden: false,
      click: () => clicked.push({ href: link.href, download: link.download }),
      remove: vi.fn(),
    };
    const append = vi.fn();
    const revoked: string[] = [];
    const target = {
      document: { createElement: () => link, body: { append } },
      urls: {
        createObjectURL: () => 'blob:podpath/1',
        revokeObjectURL: (u: string) => revoked.push(u),
      },
    } as unknown as SaveTarget;

    saveBlob(new Blob(['x']), 'podpath-graph.svg', target);
    expect(clicked).toEqual([{ href: 'blob:podpath/1', download: 'podpath-graph.svg' }]);
    expect(append).toHaveBeenCalledWith(link);
    expect(link.remove).toHaveBeenCalled();
    expect(revoked).toEqual([]); // not before the download has the blob
    vi.runAllTimers();
    vi.useRealTimers();
    expect(revoked).toEqual(['blob:podpath/1']);
  });
});
