// The "Examples" menu button (WAI-ARIA menu button): each item opens an example from examples/ in
// a NEW tab as a cluster of its own: the user's files are set aside (never closed or changed, and
// one click brings them back into the analysis). Arrows move, Escape closes.
import { useCallback, useEffect, useRef, useState } from 'react';
import { appStore } from '../../state/store';
import { TID } from '../testIds';
import { EXAMPLES } from './examples';
import { nextMenuIndex } from './menuKeys';
import { useOutsidePointer } from './useOutsidePointer';

/** Opens the example with this id in a new tab, analysed on its own. */
export function openExample(id: string): void {
  const ex = EXAMPLES.find((e) => e.id === id);
  if (ex) appStore.getState().openAsOwnCluster([{ name: ex.file, text: ex.text }], 'example');
}

/** The menu button and its popup. */
export function ExamplesMenu() {
  const [open, setOpen] = useState(false);
  const wrap = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const focusItem = (i: number) =>
    menu.current?.querySelectorAll<HTMLElement>('[role=menuitem]')[i]?.focus();

  useEffect(() => {
    if (open) focusItem(0);
  }, [open]);
  const dismiss = useCallback(() => setOpen(false), []);
  useOutsidePointer(open, wrap, dismiss);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const choose = (id: string) => {
    openExample(id);
    close();
  };
  const onKeyDown = (e: React.KeyboardEvent, i: number) => {
    if (e.key === 'Escape' || e.key === 'Tab') return close();
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      return choose(EXAMPLES[i].id);
    }
    const next = nextMenuIndex(e.key, i, EXAMPLES.length);
    if (next === null) return;
    e.preventDefault();
    focusItem(next);
  };

  return (
    <div ref={wrap} className="menu-wrap">
      <button
        ref={button}
        type="button"
        className="btn"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls="examples-menu"
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        Examples <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul
          ref={menu}
          id="examples-menu"
          className="menu"
          role="menu"
          aria-label="Examples"
          data-testid={TID.examplesMenu}
        >
          {EXAMPLES.map((ex, i) => (
            <li
              key={ex.id}
              role="menuitem"
              tabIndex={-1}
              className="menu-item"
              onClick={() => choose(ex.id)}
              onKeyDown={(e) => onKeyDown(e, i)}
            >
              <span className="menu-item-title">{ex.title}</span>
              <span className="menu-item-note">{ex.summary}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
