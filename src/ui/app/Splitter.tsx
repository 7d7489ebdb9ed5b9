// The draggable, keyboard-operable divider between the editor and the graph (a WAI-ARIA
// window splitter): drag it, or focus it and use ←/→ (Home/End for the limits).
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { selectSetSplit, selectSplit } from '../../state/selectors';
import { useStore } from '../../state/store';
import { SPLIT_MAX, SPLIT_MIN } from '../../state/slices/viewSlice';
import { TID } from '../testIds';

const STEP = 0.02;

/** The vertical separator. */
export function Splitter() {
  const split = useStore(selectSplit);
  const setSplit = useStore(selectSetSplit);
  const dragging = useRef(false);

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    dragging.current = true;
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!dragging.current) return;
    const box = e.currentTarget.parentElement!.getBoundingClientRect();
    setSplit((e.clientX - box.left) / box.width);
  };
  const onPointerUp = () => (dragging.current = false);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const next = {
      ArrowLeft: split - STEP,
      ArrowRight: split + STEP,
      Home: SPLIT_MIN,
      End: SPLIT_MAX,
    }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    setSplit(next);
  };

  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize editor and graph"
      aria-controls="editor-pane"
      aria-valuemin={Math.round(SPLIT_MIN * 100)}
      aria-valuemax={Math.round(SPLIT_MAX * 100)}
      aria-valuenow={Math.round(split * 100)}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
      data-testid={TID.splitter}
    />
  );
}
