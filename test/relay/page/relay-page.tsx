/**
 * The page of the end-to-end relay test: it asks its backend for each video, and renders what
 * comes back for a failure with <VodErrorAlert>, in English and in Chinese, as an app would.
 */
import { createRoot } from 'react-dom/client';
import { findVodErrorAsync, VodErrorAlert, VodErrorProvider, type VodError } from '../../../src/index';
import '../../../src/styles.css';

interface Result {
  readonly name: string;
  readonly error: VodError | undefined;
}

async function load(): Promise<Result[]> {
  const names = (await (await fetch('/api/cases')).json()) as string[];
  const results: Result[] = [];
  // One after another: the loopback provider plays one reply at a time.
  for (const name of names) {
    const response = await fetch(`/api/vod/${name}`);
    // A failure inside a 200 (Tencent) is found too; a success renders nothing.
    results.push({ name, error: await findVodErrorAsync(response) });
  }
  return results;
}

function Page({ results }: { readonly results: readonly Result[] }) {
  return (
    <>
      {results.map(({ name, error }) => (
        <section key={name} data-case={name}>
          <h2>{name}</h2>
          {(['en-US', 'zh-CN'] as const).map((lng) => (
            <div key={lng} data-lng={lng}>
              <VodErrorProvider lng={lng}>
                <VodErrorAlert error={error ?? null} />
              </VodErrorProvider>
            </div>
          ))}
        </section>
      ))}
    </>
  );
}

void load().then((results) => {
  createRoot(document.getElementById('root') as HTMLElement).render(<Page results={results} />);
  document.body.dataset.loaded = String(results.length);
});
