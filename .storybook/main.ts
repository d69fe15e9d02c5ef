import type { StorybookConfig } from '@storybook/react-vite';

/**
 * The sandbox (`npm run sandbox`): Storybook with its Vite builder.
 *
 * The builder reads `.storybook/vite.config.ts`, not the root `vite.config.ts`: the root one is a
 * library-mode build (`build.lib`, externalized React) plus the vitest projects (and it resolves
 * Chromium for them), and the sandbox needs an ordinary app build that needs no browser.
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  framework: {
    name: '@storybook/react-vite',
    // StrictMode, as most apps run it: effects run twice in development and must cope.
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' }, strictMode: true },
  },
  // `mockServiceWorker.js` for the Upload form story: generated into this folder by
  // `msw init` in the `sandbox` and `build-sandbox` scripts (gitignored, never committed).
  staticDirs: ['./public'],
  // The decorator paints the canvas from the Theme toolbar; Storybook's own backgrounds
  // would fight it.
  // No onboarding checklist or update notices: the sandbox opens on the kit, not on Storybook.
  features: { backgrounds: false, sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: { reactDocgen: 'react-docgen' },
  async viteFinal(config) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(config, {
      build: {
        // An app bundle, whatever a shared config says: no library mode, nothing external.
        lib: false,
        // The preview holds React, Radix, i18next and every locale on purpose.
        chunkSizeWarningLimit: 2048,
        rolldownOptions: {
          checks: {
            // Stories load every text up front (`vodErrorResources`), so the kit's lazy
            // locale imports end up in the main chunk, as intended here.
            ineffectiveDynamicImport: false,
            bundlerTimings: false,
          },
        },
      },
    });
  },
};

export default config;
