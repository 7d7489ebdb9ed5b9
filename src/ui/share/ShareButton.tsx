// The header's "Share" button: opens the Share dialog (which makes the link) and puts focus back
// on the button when the dialog closes.
import { useEffect, useRef, useState } from 'react';
import { TID } from '../testIds';
import { ShareDialog } from './ShareDialog';
import './share.css';

/** Button plus its dialog. */
export function ShareButton() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  // Focus returns once the dialog is gone (while it is modal, the rest of the page is inert).
  useEffect(() => {
    if (!open && wasOpen.current) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const close = () => setOpen(false);
  return (
    <>
      <button
        ref={button}
        type="button"
        className="btn"
        aria-haspopup="dialog"
        title="A link that carries the analysed manifests (nothing is uploaded)"
        data-testid={TID.shareButton}
        onClick={() => setOpen(true)}
      >
        Share
      </button>
      {open && <ShareDialog onClose={close} />}
    </>
  );
}
