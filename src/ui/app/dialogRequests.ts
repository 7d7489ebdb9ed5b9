// In-app questions (confirm, or ask for a name) as promises, without window.confirm/prompt: a
// caller awaits `askUser(...)`, the one DialogHost shows it as a modal <dialog> and settles it.
// A tiny external store (one pending question at a time) read with useSyncExternalStore.

export interface Question {
  title: string;
  message: string;
  confirmLabel: string;
  /** When set, the dialog asks for text (e.g. a file name) with this label. */
  inputLabel?: string;
  initialValue?: string;
  /** Checks the typed text; a message blocks confirming. */
  validate?: (value: string) => string | null;
  /** Styles the confirm button as destructive. */
  danger?: boolean;
}

export interface Pending extends Question {
  settle(answer: string | null): void;
}

let pending: Pending | null = null;
const listeners = new Set<() => void>();

function setPending(next: Pending | null) {
  pending = next;
  for (const l of listeners) l();
}

export function subscribeQuestions(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const currentQuestion = () => pending;

/** Shows the question; resolves to the typed text (or '' when there is no input), null on cancel. */
export function askUser(question: Question): Promise<string | null> {
  pending?.settle(null); // one question at a time: a new one cancels the old
  return new Promise((resolve) => {
    const entry: Pending = {
      ...question,
      settle: (answer) => {
        if (pending === entry) setPending(null);
        resolve(answer);
      },
    };
    setPending(entry);
  });
}

/** Yes/no: resolves true when the user confirmed. */
export async function confirmWithUser(question: Question): Promise<boolean> {
  return (await askUser(question)) !== null;
}
