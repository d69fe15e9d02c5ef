'use client';
import { VodErrorAlert, VodErrorProvider, type VodError } from 'vod-error-kit';

/** Shows one error in English and in Chinese. */
export function VideoError({ error }: { readonly error: VodError }) {
  return (
    <>
      {(['en-US', 'zh-CN'] as const).map((lng) => (
        <div key={lng} data-lng={lng}>
          <VodErrorProvider lng={lng}>
            <VodErrorAlert error={error} />
          </VodErrorProvider>
        </div>
      ))}
    </>
  );
}
