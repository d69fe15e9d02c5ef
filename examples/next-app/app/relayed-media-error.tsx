'use client';
import { useEffect, useState } from 'react';
import { findVodErrorAsync, type VodError } from 'vod-error-kit';
import { VideoError } from './video-error';

/** Asks the route handler for a video; shows the failure it relays, if any. */
export function RelayedMediaError({ fileId }: { readonly fileId: string }) {
  const [state, setState] = useState<{ error?: VodError; status?: number }>({});
  useEffect(() => {
    const controller = new AbortController();
    void (async () => {
      const response = await fetch(`/api/media/${encodeURIComponent(fileId)}`, { signal: controller.signal });
      // Finds a failure whatever the status, and leaves the body readable for the success path.
      const error = await findVodErrorAsync(response);
      setState({ error, status: response.status });
    })().catch(() => undefined);
    return () => controller.abort();
  }, [fileId]);
  if (state.status === undefined) return <p>Loading…</p>;
  return state.error === undefined ? <p>Found.</p> : <div data-status={state.status}><VideoError error={state.error} /></div>;
}
