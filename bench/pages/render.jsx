// Mount cost of N alerts, one library at a time, same page and same React for all.
import { Alert as MuiAlert, AlertTitle as MuiAlertTitle, Button as MuiButton } from '@mui/material';
import { Alert as AntdAlert, Button as AntdButton } from 'antd';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { VodErrorAlert } from '../../src/index.ts';
import '../../src/styles.css';
import { makeErrors } from './errors.js';
import { nextFrame } from './frames.js';

// The kit's alert shows an icon, a title, what happened, what to do, the RequestId with a Copy
// button, and a Details action. `antd`/`mui` give the peers the same texts and buttons (what an
// app would build with them); `*-minimal` is a bare alert: title, one line of text, Details.
const REMEDIATION = 'Refresh the list and try again.';
const ALERTS = {
  'vod-error-kit': (error) => <VodErrorAlert error={error.body} />,
  antd: (error) => (
    <AntdAlert
      type="error"
      showIcon
      title={error.title}
      description={
        <>
          <p>{error.description}</p>
          <p>{REMEDIATION}</p>
          <p>
            RequestId <code>{error.requestId}</code> <AntdButton size="small" type="text">Copy</AntdButton>
          </p>
        </>
      }
      action={<AntdButton size="small">Details</AntdButton>}
    />
  ),
  mui: (error) => (
    <MuiAlert severity="error" action={<MuiButton color="inherit" size="small">Details</MuiButton>}>
      <MuiAlertTitle>{error.title}</MuiAlertTitle>
      <p>{error.description}</p>
      <p>{REMEDIATION}</p>
      <p>
        RequestId <code>{error.requestId}</code> <MuiButton color="inherit" size="small">Copy</MuiButton>
      </p>
    </MuiAlert>
  ),
  'antd-minimal': (error) => (
    <AntdAlert type="error" showIcon title={error.title} description={error.description} action={<AntdButton size="small">Details</AntdButton>} />
  ),
  'mui-minimal': (error) => (
    <MuiAlert severity="error" action={<MuiButton color="inherit" size="small">Details</MuiButton>}>
      <MuiAlertTitle>{error.title}</MuiAlertTitle>
      {error.description}
    </MuiAlert>
  ),
};

let round = 0;
let mounted;

window.bench = {
  libraries: Object.keys(ALERTS),
  /** Mounts `count` alerts synchronously (render, commit, effects) and forces style and layout. */
  mount(library, count) {
    const errors = makeErrors(count, (round++ % 50) * count);
    const renderOne = ALERTS[library];
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    const started = performance.now();
    flushSync(() => root.render(<div>{errors.map((error) => <div key={error.requestId}>{renderOne(error)}</div>)}</div>));
    const committed = performance.now();
    void container.offsetHeight;
    const laidOut = performance.now();
    mounted = { root, container };
    return {
      commitMs: committed - started,
      layoutMs: laidOut - started,
      alerts: container.querySelectorAll('[role="alert"]').length,
      nodes: container.getElementsByTagName('*').length,
    };
  },
  async unmount() {
    await nextFrame();
    mounted.root.unmount();
    mounted.container.remove();
    mounted = undefined;
    await nextFrame();
  },
};
