import { Body1, Button, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { WorkbookSession } from "../addin/WorkbookSession.js";
import { formatUkDate } from "../core/parse/formatDate.js";
import { isIsoDate, type IsoDate } from "../core/parse/IsoDate.js";
import { failureOf, type Failure } from "./errorMessage.js";
import { deliverPack, type OfficePlatform, type PackDelivery } from "./packDownload.js";
import { FailureBar } from "./Problem.js";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  button: { alignSelf: "flex-start" },
});

/** `Office.context.platform` where office.js has started; null elsewhere (then a download is tried). */
export function officePlatform(): OfficePlatform {
  const office = (globalThis as { Office?: { context?: { platform?: unknown } } }).Office;
  const platform = office?.context?.platform;
  return typeof platform === "string" ? (platform as OfficePlatform) : null;
}

type PackState =
  | { readonly kind: "idle" }
  | { readonly kind: "making" }
  | { readonly kind: "done"; readonly delivery: PackDelivery }
  | { readonly kind: "failed"; readonly failure: Failure };

export interface CommitteePackSectionProps {
  readonly session: WorkbookSession;
  /** The Refresh view's "As at" date: the pack reports as at the same date. */
  readonly asOf: string;
  readonly platform?: OfficePlatform;
}

/**
 * "Committee pack": the committee report as a Word document, from the same analysis as the sheets.
 * The workbook is only read.
 */
export function CommitteePackSection({ session, asOf, platform = officePlatform() }: CommitteePackSectionProps) {
  const styles = useStyles();
  const [state, setState] = useState<PackState>({ kind: "idle" });
  const making = useRef(false);

  const make = async () => {
    if (making.current || !isIsoDate(asOf)) return;
    making.current = true;
    setState({ kind: "making" });
    try {
      const pack = await session.committeePack(asOf as IsoDate);
      setState({ kind: "done", delivery: await deliverPack(pack, platform) });
    } catch (error) {
      setState({ kind: "failed", failure: failureOf(error) });
    } finally {
      making.current = false;
    }
  };

  return (
    <section className={styles.section} aria-labelledby="committee-pack-heading">
      <Subtitle2 as="h3" id="committee-pack-heading" className={styles.heading}>
        Committee pack
      </Subtitle2>
      <Body1 as="p">
        A Word report for the meeting{isIsoDate(asOf) ? `, as at ${formatUkDate(asOf)}` : ""}: status this period and last, RAG by theme, the actions that slipped, not started or overdue, and the whole plan as an appendix.
      </Body1>
      <Button className={styles.button} onClick={() => void make()} disabledFocusable={state.kind === "making" || !isIsoDate(asOf)}>
        {state.kind === "making" ? "Making the committee pack…" : "Make the committee pack"}
      </Button>
      <div aria-live="polite">
        {state.kind === "done" && state.delivery.kind === "downloaded" && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Committee pack ready.</MessageBarTitle> Saved as “{state.delivery.fileName}” in your downloads.
            </MessageBarBody>
          </MessageBar>
        )}
        {state.kind === "done" && state.delivery.kind === "unsupported" && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Not available in this Excel.</MessageBarTitle> {state.delivery.message}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {state.kind === "failed" && <FailureBar title="Could not make the committee pack" failure={state.failure} onRetry={() => void make()} />}
    </section>
  );
}
