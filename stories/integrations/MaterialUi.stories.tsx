import type { Meta, StoryObj } from '@storybook/react-vite';
import CssBaseline from '@mui/material/CssBaseline';
import { createTheme, ThemeProvider } from '@mui/material/styles';
import { useMemo, useState, type ReactNode } from 'react';
import { sampleById } from '../samples';
import { useSandboxScheme } from '../support/sandbox-globals';
import { MuiVodErrorAlert, MuiVodErrorSnackbar } from './mui';

function MuiFrame({ children }: { readonly children: ReactNode }): ReactNode {
  const dark = useSandboxScheme() === 'dark';
  const muiTheme = useMemo(() => createTheme({ palette: { mode: dark ? 'dark' : 'light' } }), [dark]);
  return (
    <ThemeProvider theme={muiTheme}>
      <CssBaseline enableColorScheme />
      {children}
    </ThemeProvider>
  );
}

const meta = {
  title: 'Integrations/MUI',
  decorators: [(Story) => <MuiFrame><Story /></MuiFrame>],
  parameters: { docs: { description: { component: 'Recipes from stories/integrations/mui.tsx: the kit in MUI 9 `Alert` and `Snackbar`.' } } },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** `Alert` for Alibaba `Forbidden.RAM` (no Retry) and `Throttling.User` (Retry). */
export const Alert: Story = {
  render: () => (
    <div className="sandbox-stack">
      <MuiVodErrorAlert error={sampleById('aliyun-forbidden-ram').caught} onRetry={() => undefined} />
      <MuiVodErrorAlert error={sampleById('aliyun-throttling').caught} onRetry={() => undefined} />
    </div>
  ),
};

function SnackbarDemo(): ReactNode {
  const [error, setError] = useState<unknown>(sampleById('tencent-file-not-exist').caught);
  return (
    <div className="sandbox-row">
      <button type="button" className="sandbox-button" onClick={() => setError(sampleById('tencent-file-not-exist').caught)}>
        Snackbar
      </button>
      <MuiVodErrorSnackbar error={error} onClose={() => setError(null)} />
    </div>
  );
}

/** `Snackbar` with the same Alert; stays until closed because it shows a RequestId. */
export const Snackbar: Story = { render: () => <SnackbarDemo /> };
