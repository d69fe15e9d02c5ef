/**
 * Recipes: the kit's texts, honest actions, RequestId copy and details inside antd 6.
 * Shown in the sandbox (Integrations/antd), quoted in the README, tested in Chromium
 * (test/browser/integrations.test.tsx). In an app, import from 'vod-error-kit'.
 *
 * Every button sets `autoInsertSpace={false}`: antd otherwise shows a two-character Chinese label
 * as "复 制", so the visible text is no longer part of the accessible name ("复制 RequestId …"),
 * which fails WCAG 2.5.3 Label in Name (voice control: "click 复制"). An app may instead set
 * `<ConfigProvider button={{ autoInsertSpace: false }}>` once.
 */
import { Alert, App, Button, Modal, Space, Typography } from 'antd';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { VodErrorDialog } from '../../src/react/vod-error-dialog';
import { useVodErrorView, type VodErrorView } from '../../src/react/use-vod-error-view';

/**
 * antd's default primary (#1677ff) gives white text 4.1:1, under WCAG AA's 4.5:1; its own
 * darker blue-7 passes (5.9:1). Pass this (or your brand colour, checked) to `ConfigProvider`.
 */
export const accessibleAntdTheme = { token: { colorPrimary: '#0958d9', colorInfo: '#0958d9' } } as const;

/** antd's Alert/notification type for a kit severity (the two vocabularies match). */
function antdType(view: VodErrorView): 'error' | 'warning' | 'info' {
  return view.error.severity;
}

/** "RequestId <id> [Copy]": the id as text, a Copy button whose label says what happened. */
function AntdRequestId({ view }: { readonly view: VodErrorView }): ReactNode {
  const idRef = useRef<HTMLSpanElement>(null);
  if (view.requestId === undefined) return null;
  const { copy, state, feedback } = view.copyRequestId;
  return (
    <Space size={4} wrap={false} style={{ maxWidth: '100%' }}>
      <Typography.Text>{view.labels.requestId}</Typography.Text>
      <Typography.Text code ref={idRef} title={view.requestId} ellipsis style={{ maxWidth: '22ch' }}>
        {view.requestId}
      </Typography.Text>
      <Button autoInsertSpace={false} size="small" aria-label={view.labels.copyRequestId} onClick={() => void copy(idRef.current)}>
        {state === 'copied' ? view.labels.copied : view.labels.copy}
      </Button>
      {/* Announced always; shown when the user has to press Ctrl+C (in-app browsers). */}
      <span role="status" style={state === 'selected' || state === 'failed' ? undefined : visuallyHidden}>
        {feedback}
      </span>
    </Space>
  );
}

const visuallyHidden = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;

/** Retry when it can help, then Details (or Contact support when the provider has a contact). */
function AntdActions({ view, onDetails }: { readonly view: VodErrorView; readonly onDetails: () => void }): ReactNode {
  const contact = view.contactSupport;
  return (
    <Space>
      {view.onRetry && (
        <Button autoInsertSpace={false} type="primary" onClick={view.onRetry}>
          {view.labels.retry}
        </Button>
      )}
      {contact && view.primaryAction === 'contact-support' && (
        <Button autoInsertSpace={false} type="primary" href={contact.href} target={contact.href ? '_blank' : undefined} onClick={contact.onClick}>
          {view.labels.contactSupport}
        </Button>
      )}
      <Button autoInsertSpace={false} type={view.primaryAction === 'details' ? 'primary' : 'default'} aria-haspopup="dialog" onClick={onDetails}>
        {view.labels.details}
      </Button>
    </Space>
  );
}

/**
 * antd `Alert` for a caught error: title, remediation, RequestId with Copy, honest actions,
 * and the kit's details dialog.
 *
 * @example
 * ```tsx
 * <AntdVodErrorAlert error={error} onRetry={reload} />
 * ```
 */
export function AntdVodErrorAlert({ error, onRetry }: { readonly error: unknown; readonly onRetry?: () => void }): ReactNode {
  const view = useVodErrorView(error, { onRetry });
  if (view === null) return null;
  return (
    <>
      <Alert
        type={antdType(view)}
        showIcon
        role={view.role}
        title={view.text.title}
        description={
          <Space orientation="vertical" size={4} style={{ width: '100%' }}>
            <span>{view.text.remediation}</span>
            <AntdRequestId view={view} />
          </Space>
        }
        action={<AntdActions view={view} onDetails={view.openDetails} />}
        {...view.dataAttributes}
      />
      {view.detailsDialog}
    </>
  );
}

function NotificationBody({ error, onDetails }: { readonly error: unknown; readonly onDetails: () => void }): ReactNode {
  const view = useVodErrorView(error);
  if (view === null) return null;
  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }}>
      <span>{view.text.remediation}</span>
      <AntdRequestId view={view} />
      <Button autoInsertSpace={false} size="small" type="primary" aria-haspopup="dialog" onClick={onDetails} style={{ alignSelf: 'flex-start' }}>
        {view.labels.details}
      </Button>
    </Space>
  );
}

function NotificationTitle({ error }: { readonly error: unknown }): ReactNode {
  return useVodErrorView(error)?.text.title ?? null;
}

/**
 * antd `notification` through `App.useApp()`: returns `notify(error)` and a holder that renders
 * the details dialog (it outlives the notification). Call it inside `<App>`.
 *
 * @example
 * ```tsx
 * const [notify, holder] = useAntdVodErrorNotification();
 * // in a catch: notify(caught)
 * return <>{holder}<UploadForm /></>;
 * ```
 */
export function useAntdVodErrorNotification(): [(error: unknown) => void, ReactNode] {
  const { notification } = App.useApp();
  const [details, setDetails] = useState<unknown>(null);
  const notify = useCallback(
    (error: unknown) => {
      notification.error({
        title: <NotificationTitle error={error} />,
        description: <NotificationBody error={error} onDetails={() => setDetails(error)} />,
        // Support needs the RequestId: an error stays until the user closes it.
        duration: 0,
      });
    },
    [notification],
  );
  const holder = <VodErrorDialog error={details} open={details !== null} onOpenChange={(open) => !open && setDetails(null)} />;
  return [notify, holder];
}

/**
 * antd `message` through `App.useApp()`: a one-line hint (the title), for errors the user does
 * not need details of.
 *
 * @example
 * ```tsx
 * const showMessage = useAntdVodErrorMessage();
 * showMessage(caught);
 * ```
 */
export function useAntdVodErrorMessage(): (error: unknown) => void {
  const { message } = App.useApp();
  return useCallback((error: unknown) => void message.open({ type: 'error', content: <NotificationTitle error={error} /> }), [message]);
}

/**
 * The details as an antd `Modal` instead of the kit's dialog: for apps whose every dialog is antd.
 *
 * @example
 * ```tsx
 * <AntdVodErrorModal error={error} open={open} onClose={() => setOpen(false)} />
 * ```
 */
export function AntdVodErrorModal({ error, open, onClose }: { readonly error: unknown; readonly open: boolean; readonly onClose: () => void }): ReactNode {
  const view = useVodErrorView(error);
  if (view === null) return null;
  const report = view.copySupportReport;
  return (
    <Modal
      open={open}
      title={view.text.title}
      onCancel={onClose}
      footer={[
        <span key="status" role="status" style={report.state === 'selected' || report.state === 'failed' ? { marginInlineEnd: 8 } : visuallyHidden}>
          {report.feedback}
        </span>,
        <Button autoInsertSpace={false} key="report" onClick={() => void report.copy()}>
          {report.state === 'copied' ? view.labels.reportCopied : view.labels.copyReport}
        </Button>,
        <Button autoInsertSpace={false} key="close" type="primary" onClick={onClose}>
          {view.labels.close}
        </Button>,
      ]}
    >
      <Space orientation="vertical" size={8} style={{ width: '100%' }}>
        <Typography.Paragraph style={{ margin: 0 }}>{view.text.description}</Typography.Paragraph>
        <Typography.Paragraph style={{ margin: 0 }} strong>
          {view.text.remediation}
        </Typography.Paragraph>
        <AntdRequestId view={view} />
        <Typography.Paragraph style={{ margin: 0 }}>
          {view.text.developerDetail}
        </Typography.Paragraph>
      </Space>
    </Modal>
  );
}
