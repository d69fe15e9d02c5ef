import type { Decorator, Preview } from '@storybook/react-vite';
import '../src/styles.css';
import '../stories/support/sandbox.css';
import { SandboxFrame, readSandboxGlobals } from '../stories/support/sandbox-frame';

const withVodErrorProvider: Decorator = (Story, context) => (
  <SandboxFrame globals={readSandboxGlobals(context.globals)}>
    <Story />
  </SandboxFrame>
);

const preview: Preview = {
  decorators: [withVodErrorProvider],
  globalTypes: {
    locale: {
      description: 'Language of the kit (VodErrorProvider lng)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'zh-CN', right: 'zh-CN', title: '简体中文' },
          { value: 'en-US', right: 'en-US', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'VodErrorProvider theme; also paints the canvas',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', icon: 'sun', title: 'Light' },
          { value: 'dark', icon: 'moon', title: 'Dark' },
          { value: 'system', icon: 'browser', title: 'System' },
        ],
        dynamicTitle: true,
      },
    },
    provider: {
      description: 'Which providers’ samples galleries and the catalog show',
      toolbar: {
        title: 'Provider',
        icon: 'filter',
        items: [
          { value: 'all', title: 'All providers' },
          { value: 'aliyun', title: 'Alibaba Cloud VOD' },
          { value: 'tencent', title: 'Tencent Cloud VOD (API 3.0 + 2.0)' },
          { value: 'huawei', title: 'Huawei Cloud VOD' },
          { value: 'network', title: 'Network / gateway' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en-US', theme: 'light', provider: 'all' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    options: {
      storySort: { order: ['Components', ['VodErrorAlert', 'VodErrorToaster', 'VodErrorDialog'], 'Hooks', 'Scenarios', 'Reference'] },
    },
  },
};

export default preview;
