import type { ReactNode } from 'react';
import '../../common/theme.css';

export const metadata = { title: 'Acme Robotics: work with us in Korea (Next.js)' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
