// The one modal dialog for in-app questions (see dialogRequests.ts): a native <dialog> opened
// with showModal(), so focus is trapped, Escape cancels and screen readers announce it.
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { TID } from '../testIds';
import { currentQuestion, subscribeQuestions, type Pending } from './dialogRequests';

function QuestionDialog({ q }: { q: Pending }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [value, setValue] = useState(q.initialValue ?? '');
  const problem = q.inputLabel && q.validate ? q.validate(value) : null;

  useEffect(() => {
    const d = ref.current!;
    if (!d.open) d.showModal();
    return () => d.close();
  }, []);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!problem) q.settle(q.inputLabel ? value : '');
  };
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="dialog-title"
      aria-describedby="dialog-message"
      data-testid={TID.dialog}
      onCancel={(e) => {
        e.preventDefault();
        q.settle(null);
      }}
    >
      <form method="dialog" onSubmit={submit}>
        <h2 id="dialog-title" className="dialog-title">
          {q.title}
        </h2>
        <p id="dialog-message" className="dialog-message">
          {q.message}
        </p>
        {q.inputLabel && (
          <label className="dialog-field">
            <span>{q.inputLabel}</span>
            <input
              autoFocus
              value={value}
              onChange={(e) => setValue(e.target.value)}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? 'dialog-problem' : undefined}
            />
          </label>
        )}
        {problem && (
          <p id="dialog-problem" className="dialog-problem" role="alert">
            {problem}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={() => q.settle(null)}>
            Cancel
          </button>
          <button
            type="submit"
            className={q.danger ? 'btn btn-danger' : 'btn btn-primary'}
            disabled={!!problem}
            autoFocus={!q.inputLabel}
          >
            {q.confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** Renders the pending question, if any. Mount once. */
export function DialogHost() {
  const q = useSyncExternalStore(subscribeQuestions, currentQuestion);
  return q ? <QuestionDialog key={q.title + q.message} q={q} /> : null;
}
