/** Thrown inside the fast reader when the text leaves its subset; never escapes readBlockDocument. */
export const GIVE_UP = new Error('outside the fast subset');
