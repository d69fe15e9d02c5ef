import type { Meta, StoryObj } from '@storybook/react-vite';
import { App, Button, ConfigProvider, theme as antdTheme } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useEffect, useState, type ReactNode } from 'react';
import { sampleById } from '../samples';
import { useSandboxGlobals, useSandboxScheme } from '../support/sandbox-globals';
import { accessibleAntdTheme, AntdVodErrorAlert, AntdVodErrorModal, useAntdVodErrorMessage, useAntdVodErrorNotification } from './antd';

/** antd in the sandbox's language and theme, with `App` so `App.useApp()` works. */
function AntdFrame({ children }: { readonly children: ReactNode }): ReactNode {
  const { locale } = useSandboxGlobals();
  const dark = useSandboxScheme() === 'dark';
  return (
    <ConfigProvider locale={locale === 'zh-CN' ? zhCN : enUS} theme={{ ...accessibleAntdTheme, algorithm: dark ? antdTheme.darkAlgorithm : antdTheme.defaultAlgorithm }}>
      <App>{children}</App>
    </ConfigProvider>
  );
}

const meta = {
  title: 'Integrations/antd',
  decorators: [(Story) => <AntdFrame><Story /></AntdFrame>],
  parameters: { docs: { description: { component: 'Recipes from stories/integrations/antd.tsx: the kit\'s texts, RequestId copy, honest actions and details in antd 6.' } } },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** `Alert` for Alibaba `Forbidden.RAM`: no Retry (it cannot help), Details first. */
export const Alert: Story = {
  render: () => (
    <div className="sandbox-stack">
      <AntdVodErrorAlert error={sampleById('aliyun-forbidden-ram').caught} onRetry={() => undefined} />
      <AntdVodErrorAlert error={sampleById('aliyun-throttling').caught} onRetry={() => undefined} />
    </div>
  ),
};

function NotificationDemo(): ReactNode {
  const [notify, holder] = useAntdVodErrorNotification();
  const showMessage = useAntdVodErrorMessage();
  const caught = sampleById('tencent-file-not-exist').caught;
  // Shown on arrival, so the story (and its screenshot) has one to look at.
  useEffect(() => notify(caught), [notify, caught]);
  return (
    <div className="sandbox-row">
      {holder}
      <Button onClick={() => notify(caught)}>notification</Button>
      <Button onClick={() => showMessage(caught)}>message</Button>
    </div>
  );
}

/** `notification` and `message` through `App.useApp()`: Tencent `ResourceNotFound.FileNotExist`. */
export const Notification: Story = { render: () => <NotificationDemo /> };

function ModalDemo(): ReactNode {
  const [open, setOpen] = useState(true);
  return (
    <>
      <Button onClick={() => setOpen(true)}>Modal</Button>
      <AntdVodErrorModal error={sampleById('huawei-rate-limit').caught} open={open} onClose={() => setOpen(false)} />
    </>
  );
}

/** The details as an antd `Modal`: Huawei `VOD.10127`, with Copy report for support. */
export const DetailsModal: Story = { render: () => <ModalDemo /> };
