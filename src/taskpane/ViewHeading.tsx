import { Subtitle1, makeStyles } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({ heading: { margin: 0 } });

/** Each view's h2 (the pane's one h1 is "Plan Tracker"). */
export function ViewHeading({ children, id }: { readonly children: ReactNode; readonly id?: string }) {
  const styles = useStyles();
  return (
    <Subtitle1 as="h2" id={id} className={styles.heading}>
      {children}
    </Subtitle1>
  );
}
