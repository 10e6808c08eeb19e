import { Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles } from "@fluentui/react-components";
import type { Failure } from "./errorMessage.js";

const useStyles = makeStyles({ detail: { display: "block", overflowWrap: "anywhere" } });

export interface ProblemProps {
  readonly title?: string;
  /** Plain text (an error's message), rendered as text. */
  readonly message: string;
  /** For support (Office's error code): shown small, under the message. */
  readonly detail?: string | null;
  readonly intent?: "error" | "warning" | "info" | "success";
  /** Shows a "Try again" button that calls it. */
  readonly onRetry?: () => void;
}

/** A message bar with a title and a sentence: failures, warnings and confirmations. */
export function Problem({ title, message, detail = null, intent = "error", onRetry }: ProblemProps) {
  const styles = useStyles();
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        {title !== undefined && (
          <>
            <MessageBarTitle>{title}</MessageBarTitle>{" "}
          </>
        )}
        {message}
        {detail !== null && <Caption1 className={styles.detail}>Details for support: {detail}</Caption1>}
      </MessageBarBody>
      {onRetry !== undefined && (
        <MessageBarActions>
          <Button onClick={onRetry}>Try again</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

/** A failed call as a message bar, with "Try again" (every failure can be tried again). */
export function FailureBar({ title, failure, onRetry }: { readonly title: string; readonly failure: Failure; readonly onRetry: () => void }) {
  return <Problem title={title} message={failure.message} detail={failure.detail} onRetry={onRetry} />;
}
