import { normalizeVodError, type VodError } from 'vod-error-kit/core';
import { describeMedia } from '../lib/vod-client';
import { RelayedMediaError } from './relayed-media-error';
import { VideoError } from './video-error';

// Each request asks the provider again.
export const dynamic = 'force-dynamic';

/** A Server Component: it calls the SDK itself and hands a failure to a client component as props. */
export default async function Page() {
  let error: VodError | undefined;
  try {
    await describeMedia('5285890781763144364');
  } catch (err) {
    // The model is plain data: React sends it to the client as is. The raw SDK error (with its
    // request headers and signature) stays here, reachable through vodErrorCause(error).
    error = normalizeVodError(err);
  }
  return (
    <main>
      <h1>Video 5285890781763144364</h1>
      <section data-example="server-component">
        <h2>From a Server Component</h2>
        {error === undefined ? <p>Found.</p> : <VideoError error={error} />}
      </section>
      <section data-example="route-handler">
        <h2>From a route handler</h2>
        <RelayedMediaError fileId="throttled" />
      </section>
    </main>
  );
}
