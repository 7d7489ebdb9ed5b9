// Calls `onOutside` when a pointer goes down outside the element, while `active` (menus close).
import { useEffect, type RefObject } from 'react';

export function useOutsidePointer(
  active: boolean,
  ref: RefObject<HTMLElement | null>,
  onOutside: () => void,
): void {
  useEffect(() => {
    if (!active) return;
    const away = (e: PointerEvent) => {
      const t = e.target as Node;
      if (!ref.current?.contains(t)) onOutside();
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [active, ref, onOutside]);
}
