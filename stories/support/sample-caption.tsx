import type { ReactNode } from 'react';
import type { VodErrorSample } from '../samples';

/** One line naming where a sample comes from: API and code. */
export function SampleCaption({ sample }: { readonly sample: VodErrorSample }): ReactNode {
  return (
    <p className="sandbox-note" translate="no">
      <strong>{sample.api}</strong> · <code>{sample.label}</code>
    </p>
  );
}
