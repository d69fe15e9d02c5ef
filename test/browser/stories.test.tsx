/**
 * Every sandbox story, rendered the way Storybook renders it (the sandbox's own preview:
 * decorators, globals, the kit's provider), in each language and in each theme, in real
 * Chromium. A story must render without console errors, thrown errors or axe violations.
 *
 * This used to open each story's page of the built Storybook; rendering the composed stories in
 * the test page checks the same thing at a fraction of the cost, which keeps `npm test` fast and
 * steady on a busy 2-core machine. test/sandbox/sandbox.test.ts still opens the built Storybook
 * for the scenarios that need it (the toolbar, the mock service worker, lazy chunks).
 */
import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import { act, render } from '@testing-library/react';
import type { ComponentType } from 'react';
import { describe, expect, it } from 'vitest';
import preview from '../../.storybook/preview';
import { axeViolations } from '../support/axe';
import { watchConsole } from '../support/console';

const annotations = setProjectAnnotations(preview);

type StoryModule = Parameters<typeof composeStories>[0];
const modules = import.meta.glob<StoryModule>('../../stories/**/*.stories.tsx', { eager: true });

const LOCALES = ['en-US', 'zh-CN'] as const;
const THEMES = ['light', 'dark'] as const;

/**
 * Each story in each language (light) and in each theme (English). The theme changes colours and
 * the language changes words and line breaks; axe's contrast check depends on the colours alone,
 * so the fourth pairing (zh-CN, dark) checked nothing the other three do not, at a quarter of
 * this file's time (issue 15: a lean suite).
 */
const PAIRINGS: ReadonlyArray<{ readonly locale: (typeof LOCALES)[number]; readonly theme: (typeof THEMES)[number] }> = [
  { locale: 'en-US', theme: 'light' },
  { locale: 'zh-CN', theme: 'light' },
  { locale: 'en-US', theme: 'dark' },
];

interface StoryCase {
  readonly id: string;
  readonly locale: (typeof LOCALES)[number];
  readonly theme: (typeof THEMES)[number];
  readonly Story: ComponentType;
}

/** One case per story and pairing: each story is seen in both languages and both themes. */
function storyCases(): StoryCase[] {
  const cases: StoryCase[] = [];
  for (const [file, module] of Object.entries(modules)) {
    for (const { locale, theme } of PAIRINGS) {
      const composed = composeStories(module, { ...annotations, initialGlobals: { ...preview.initialGlobals, locale, theme } });
      for (const Story of Object.values(composed) as Array<ComponentType & { id: string }>) {
        cases.push({ id: `${Story.id} (${file.replace(/^.*\//, '')})`, locale, theme, Story });
      }
    }
  }
  return cases;
}

/**
 * Effects that post toasts or finish a fake request settle within a few frames; then every
 * running animation and transition is let finish, so axe reads final colours. The kit skips
 * its motion under reduced motion, but design systems in the Integrations stories (MUI's
 * Snackbar, antd's notification) animate regardless.
 */
async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((done) => setTimeout(done, 50));
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const running = document.getAnimations().filter((animation) => animation.effect?.getTiming().iterations !== Infinity);
    await Promise.all(running.map((animation) => animation.finished.catch(() => undefined)));
  });
}

const cases = storyCases();

describe('sandbox stories in Chromium', () => {
  it('covers every component, the hook and each scenario', () => {
    const ids = new Set(cases.map((storyCase) => storyCase.id.split('--')[0]));
    for (const title of [
      'components-voderroralert',
      'components-voderrortoaster',
      'components-voderrordialog',
      'hooks-usevoderror',
      'scenarios-playground',
      'scenarios-upload-form',
      'scenarios-toast-storm',
      'reference-catalog-browser',
    ]) {
      expect(ids, title).toContain(title);
    }
    expect(cases.length).toBeGreaterThanOrEqual(30 * PAIRINGS.length);
    for (const locale of LOCALES) expect(cases.some((storyCase) => storyCase.locale === locale)).toBe(true);
    for (const theme of THEMES) expect(cases.some((storyCase) => storyCase.theme === theme)).toBe(true);
  });

  it.each(cases.map((storyCase) => [`${storyCase.id} [${storyCase.locale}, ${storyCase.theme}]`, storyCase] as const))(
    '%s renders without errors or axe violations',
    async (_name, { locale, theme, Story }) => {
      const console = watchConsole();
      try {
        const { container, unmount } = render(<Story />);
        await settle();
        expect(document.documentElement.lang).toBe(locale);
        expect(document.documentElement.dataset.sandboxTheme).toBe(theme);
        // The story's root plus the kit's portaled surfaces, as in Storybook's canvas.
        const include = [container, ...document.querySelectorAll('[data-vod-toaster], [data-vod-dialog]')];
        const { count, report } = await axeViolations({ include });
        expect(count, `axe found violations:\n${report}`).toBe(0);
        unmount();
        expect(console.messages()).toEqual([]);
      } finally {
        console.restore();
      }
    },
  );
});
