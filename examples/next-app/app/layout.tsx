import type { ReactNode } from 'react';
import 'vod-error-kit/styles.css';

export const metadata = { title: 'vod-error-kit with the Next.js App Router' };

export default function RootLayout({ children }: { readonly children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
