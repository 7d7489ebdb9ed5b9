// The Share dialog: makes the link for the analysed files (a snapshot taken when it opens), shows
// it in a read-only field anyone can select, copies it with a visible confirmation, and says how
// long it is and where that becomes a problem. A native <dialog>: focus trapped, Escape closes.
import { useEffect, useRef, useState, type RefObject } from 'react';
import { TID } from '../testIds';
import { currentShare } from './shareImport';
import { LONG_LINK_CHARS, encodeShare, linkSize, linkWith, type SharedCluster } from './shareLink';

type CopyState = 'idle' | 'copied' | 'failed';

const COPY_TEXT: Record<CopyState, string> = {
  idle: '',
  copied: 'Link copied to the clipboard.',
  failed: 'Could not copy automatically: the link is selected, press Ctrl+C (⌘C) to copy it.',
};

const kB = (chars: number) => `${(chars / 1024).toFixed(chars < 10_240 ? 1 : 0)} kB`;

function SizeNote({ chars }: { chars: number }) {
  const size = linkSize(chars);
  return (
    <p className="share-size" data-size={size}>
      {chars.toLocaleString('en')} characters ({kB(chars)}).{' '}
      {size === 'long' &&
        `Longer than ${LONG_LINK_CHARS.toLocaleString('en')} characters: some chat apps, mail clients and link shorteners cut links this long, so check it arrives whole, or send the files.`}
      {size === 'too-long' &&
        'Too long to open: Chromium refuses addresses over 2 MB. Set some files aside, or send the files themselves.'}
    </p>
  );
}

interface BodyProps {
  share: SharedCluster;
  link: string | null;
  field: RefObject<HTMLInputElement | null>;
}

/** What the link carries, the link itself and its size. */
function ShareBody({ share, link, field }: BodyProps) {
  const names = share.files.map((f) => f.name);
  if (names.length === 0) {
    return <p className="dialog-message">Nothing to share: every file is set aside.</p>;
  }
  return (
    <>
      <p className="dialog-message">
        The link carries the{' '}
        {names.length === 1 ? 'analysed file' : `${names.length} analysed files`} (
        <span className="share-names">{names.join(', ')}</span>) and the network plugin ({share.cni}
        ), compressed into the part after #, which browsers never send to a server. Set-aside files
        are left out.
      </p>
      <label className="dialog-field">
        <span>Link</span>
        <input
          ref={field}
          readOnly
          value={link ?? 'Making the link…'}
          onFocus={(e) => e.currentTarget.select()}
        />
      </label>
      {link && <SizeNote chars={link.length} />}
    </>
  );
}

/** The dialog; `onClose` unmounts it. */
export function ShareDialog({ onClose }: { onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const [share] = useState(currentShare);
  const [link, setLink] = useState<string | null>(null);
  const [copy, setCopy] = useState<CopyState>('idle');
  const empty = share.files.length === 0;

  useEffect(() => {
    const d = ref.current!;
    if (!d.open) d.showModal();
    return () => d.close();
  }, []);
  useEffect(() => {
    if (!share.files.length) return;
    let live = true;
    void encodeShare(share).then((f) => live && setLink(linkWith(window.location.href, f)));
    return () => void (live = false);
  }, [share]);

  const copyLink = () => {
    if (!link) return;
    navigator.clipboard.writeText(link).then(
      () => setCopy('copied'),
      () => {
        setCopy('failed');
        field.current?.select();
      },
    );
  };

  return (
    <dialog
      ref={ref}
      className="dialog share-dialog"
      aria-labelledby="share-title"
      data-testid={TID.shareDialog}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id="share-title" className="dialog-title">
        Share a link to these manifests
      </h2>
      <ShareBody share={share} link={link} field={field} />
      <p className="share-copied" role="status">
        {COPY_TEXT[copy]}
      </p>
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>
          Close
        </button>
        {!empty && (
          <button
            type="button"
            className="btn btn-primary"
            disabled={!link}
            autoFocus
            onClick={copyLink}
          >
            Copy link
          </button>
        )}
      </div>
    </dialog>
  );
}
