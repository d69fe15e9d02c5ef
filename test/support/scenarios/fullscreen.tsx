import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { toastVodError, VodErrorAlert, VodErrorToaster } from '../../../src/react/index';
import type { TestEnvironment } from '../environment';
import { aliyunVideoNotFound, tencentFileNotFound } from '../envelopes';
import { renderInKit } from '../render-in-kit';

function renderPlayerPage() {
  renderInKit(
    <>
      <div data-testid="player">
        <VodErrorAlert error={tencentFileNotFound} />
      </div>
      <VodErrorToaster />
    </>,
  );
  return screen.getByTestId('player');
}

/** A fullscreen player hides everything outside it: overlays must portal into it. */
export function fullscreenScenarios(env: TestEnvironment): void {
  describe('fullscreen', () => {
    afterEach(() => env.exitFullscreen());

    it('given a fullscreen player, should render the toaster inside it', async () => {
      const player = renderPlayerPage();
      await env.enterFullscreen(player);
      act(() => {
        toastVodError(aliyunVideoNotFound);
      });
      const region = await screen.findByRole('region', { name: 'Notifications (Alt+T)' });
      expect(await within(region).findByText('Video not found')).toBeVisible();
      expect(player).toContainElement(region);
    });

    it('given a fullscreen player, when the user opens Details, should render the dialog inside it', async () => {
      const user = env.setupUser();
      const player = renderPlayerPage();
      await env.enterFullscreen(player);
      await user.click(screen.getByRole('button', { name: 'Details' }));
      const dialog = await screen.findByRole('dialog', { name: 'Video not found' });
      expect(player).toContainElement(dialog);
    });

    it('given the player leaves fullscreen, should move the toaster back to the page body', async () => {
      const player = renderPlayerPage();
      await env.enterFullscreen(player);
      act(() => {
        toastVodError(aliyunVideoNotFound);
      });
      await screen.findByRole('region', { name: 'Notifications (Alt+T)' });
      await env.exitFullscreen();
      await waitFor(() => {
        const region = screen.getByRole('region', { name: 'Notifications (Alt+T)' });
        expect(player).not.toContainElement(region);
        expect(region.parentElement).toBe(document.body);
      });
    });
  });
}
