// Share links: round trips (unicode, empty files, many files, the network plugin), and every way
// a link can arrive broken giving a message rather than a crash.
import { describe, expect, it } from 'vitest';
import {
  LONG_LINK_CHARS,
  MAX_LINK_CHARS,
  decodeShare,
  encodeShare,
  isShareFragment,
  linkSize,
  linkWith,
  type SharedCluster,
} from './shareLink';

async function roundTrip(cluster: SharedCluster) {
  const fragment = await encodeShare(cluster);
  expect(fragment).toMatch(/^share=v1\.[A-Za-z0-9_-]+$/);
  return decodeShare(`#${fragment}`);
}

/** Deflate-raw of arbitrary JSON, as a v1 fragment (to test what decoding accepts). */
async function fragmentOf(json: string): Promise<string> {
  const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  const b64 = Buffer.from(bytes).toString('base64url');
  return `#share=v1.${b64}`;
}

describe('share links round-trip', () => {
  it('keeps names, text and the network plugin exactly', async () => {
    const cluster = {
      files: [
        { name: 'shop.yaml', text: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n' },
        { name: 'b.yaml', text: 'kind: Pod\r\n' },
      ],
      cni: 'flannel',
    };
    expect(await roundTrip(cluster)).toEqual({ ok: true, value: cluster });
  });

  it('keeps unicode (names and text) and empty files', async () => {
    const cluster = {
      files: [
        { name: 'ünïcødé-日本.yaml', text: '# 🚀 naïve — “quotes” 𝔘\nname: café\n' },
        { name: 'empty.yaml', text: '' },
      ],
    };
    expect(await roundTrip(cluster)).toEqual({ ok: true, value: cluster });
  });

  it('keeps many files, and compresses repetitive manifests well', async () => {
    const files = Array.from({ length: 200 }, (_, i) => ({
      name: `svc-${i}.yaml`,
      text: `apiVersion: v1\nkind: Service\nmetadata:\n  name: svc-${i}\nspec:\n  ports:\n    - port: 80\n`,
    }));
    const fragment = await encodeShare({ files });
    const plain = JSON.stringify(files).length;
    expect(fragment.length).toBeLessThan(plain / 4);
    expect(await decodeShare(fragment)).toEqual({ ok: true, value: { files } });
  });

  it('accepts a percent-encoded fragment', async () => {
    const fragment = await encodeShare({ files: [{ name: 'a.yaml', text: 'x' }] });
    const r = await decodeShare(`#${fragment.replace('=', '%3D')}`);
    expect(r.ok).toBe(true);
  });
});

describe('broken share links give a message, not a crash', () => {
  const message = async (hash: string) => {
    const r = await decodeShare(hash);
    return r.ok ? 'decoded' : r.message;
  };

  it('a truncated link', async () => {
    const fragment = await encodeShare({
      files: [{ name: 'a.yaml', text: 'kind: Service\n'.repeat(50) + 'x'.repeat(200) }],
    });
    expect(await message(fragment.slice(0, fragment.length - 12))).toMatch(/incomplete/);
  });

  it('characters a link never has, or an impossible length', async () => {
    expect(await message('#share=v1.abc$def')).toMatch(/damaged/);
    expect(await message('#share=v1.abcde')).toMatch(/damaged/);
  });

  it('bytes that are not deflate data', async () => {
    expect(await message('#share=v1.' + 'A'.repeat(40))).toMatch(/incomplete or damaged/);
  });

  it('an unknown version or no share at all', async () => {
    expect(await message('#share=v9.abcd')).toMatch(/newer Podpath/);
    expect(await message('#other')).toMatch(/not a share link/);
  });

  it('compressed data that is not a Podpath share', async () => {
    expect(await message(await fragmentOf('not json'))).toMatch(/not a Podpath share/);
    expect(await message(await fragmentOf('{"files": 3}'))).toMatch(/not a Podpath share/);
    expect(await message(await fragmentOf('{"files": []}'))).toMatch(/no files/);
    expect(await message(await fragmentOf('{"files": [{"name": 1}]}'))).toMatch(/no name/);
  });

  it('a link that inflates past 20 MB', async () => {
    const huge = JSON.stringify({ files: [{ name: 'a', text: ' '.repeat(21 * 1024 * 1024) }] });
    expect(await message(await fragmentOf(huge))).toMatch(/more than 20 MB/);
  });

  it('cleans file names and drops an unknown network plugin', async () => {
    const r = await decodeShare(
      await fragmentOf(
        JSON.stringify({
          files: [
            { name: '../etc/passwd', text: '' },
            { name: '  ', text: '' },
          ],
          settings: { cni: '<img src=x>' },
        }),
      ),
    );
    expect(r).toEqual({
      ok: true,
      value: {
        files: [
          { name: '..-etc-passwd', text: '' },
          { name: 'shared.yaml', text: '' },
        ],
      },
    });
  });
});

describe('link helpers', () => {
  it('recognises share fragments and replaces a fragment', () => {
    expect(isShareFragment('#share=v1.x')).toBe(true);
    expect(isShareFragment('share=v2.x')).toBe(true);
    expect(isShareFragment('#editor-pane')).toBe(false);
    expect(linkWith('https://x.org/podpath/?e2e#old', 'share=v1.a')).toBe(
      'https://x.org/podpath/?e2e#share=v1.a',
    );
    expect(linkWith('https://x.org/', 'share=v1.a')).toBe('https://x.org/#share=v1.a');
  });

  it('rates link sizes', () => {
    expect(linkSize(LONG_LINK_CHARS)).toBe('fine');
    expect(linkSize(LONG_LINK_CHARS + 1)).toBe('long');
    expect(linkSize(MAX_LINK_CHARS + 1)).toBe('too-long');
  });
});
