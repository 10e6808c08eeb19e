/**
 * One polite live region for the whole pane: confirmations that have no place of their own on the
 * page ("Copied 62 problems", "Saved") are said here, so a screen reader hears them wherever focus is.
 * The text is cleared first, so saying the same thing twice is heard twice.
 */
import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from "react";
import { useVisuallyHidden } from "./visuallyHidden.js";

const AnnounceContext = createContext<(text: string) => void>(() => undefined);

export function Announcer({ children }: { readonly children: ReactNode }) {
  const hidden = useVisuallyHidden();
  const [text, setText] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const announce = useCallback((next: string) => {
    setText("");
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => setText(next), 50);
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div className={hidden} role="status" aria-live="polite" data-announcer="">
        {text}
      </div>
    </AnnounceContext.Provider>
  );
}

/** `announce("Saved.")`: says it in the pane's live region. */
export function useAnnounce(): (text: string) => void {
  return useContext(AnnounceContext);
}
