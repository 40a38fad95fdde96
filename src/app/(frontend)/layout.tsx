import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import './styles.css'

export const metadata: Metadata = {
  title: { default: 'Newsroom', template: '%s · Newsroom' },
  description: 'International news, analysis and opinion.',
}

export default function FrontendLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="masthead">
          <a className="masthead__title" href="/">
            Newsroom
          </a>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          <p>© Newsroom. Powered by Payload.</p>
        </footer>
      </body>
    </html>
  )
}
