// A `file:line` link that reveals that line in the Monaco editor, through the same store request
// the Problems list uses (revealLine). Built-in objects (`(cluster defaults)`) have no line to show.
import type { SourceRef } from '../../engine/index';
import { selectRevealLine } from '../../state/selectors';
import { useStore } from '../../state/store';

export interface SourceLinkProps {
  source: SourceRef;
  /** What the link is about, for screen readers ("egress hop"). */
  about?: string;
}

/** A button styled as a link. */
export function SourceLink({ source, about }: SourceLinkProps) {
  const revealLine = useStore(selectRevealLine);
  const where = `${source.file}:${source.line}`;
  if (source.file.startsWith('(')) return <span className="source-link">{where}</span>; // built-in
  return (
    <button
      type="button"
      className="link source-link"
      aria-label={about ? `${about}: show ${where} in the editor` : `Show ${where} in the editor`}
      onClick={() => revealLine(source.line, source.file)}
    >
      {where}
    </button>
  );
}
