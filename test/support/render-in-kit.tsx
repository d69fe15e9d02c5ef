import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { VodErrorProvider } from '../../src/react/index';
import { vodErrorResources } from '../../src/i18n/all-resources';

/**
 * Renders inside a `VodErrorProvider` with every text bundled (no lazy loads to wait for), in
 * English unless told otherwise: the setting most scenarios need.
 */
export function renderInKit(ui: ReactElement, options: { readonly lng?: string } = {}): RenderResult {
  return render(
    <VodErrorProvider lng={options.lng ?? 'en-US'} resources={vodErrorResources}>
      {ui}
    </VodErrorProvider>,
  );
}
