import type { Metadata } from 'next'

import { articlePath } from '@/site/paths'

export const metadata: Metadata = { title: 'Your comment', robots: { index: false } }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const HEADINGS: Record<string, string> = {
  live: 'Your comment is live',
  'awaiting-moderation': 'Your comment is awaiting moderation',
  'not-published': 'Your comment was not published',
  error: 'Your comment could not be posted',
}

const one = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) ?? ''

/** Where the comment form lands without JavaScript: what became of the comment, and the way back. */
export default async function CommentSentPage({ searchParams }: Props) {
  const params = await searchParams
  const state = one(params.state)
  const slug = one(params.article)
  const heading = HEADINGS[state] ?? 'Comments'
  return (
    <section aria-labelledby="sent-heading" className="page page--narrow">
      <h1 id="sent-heading">{heading}</h1>
      <p className={`notice notice--${state}`} role="status">
        {one(params.message).slice(0, 300)}
      </p>
      {slug && (
        <p>
          <a href={`${articlePath(slug)}#comments`}>Back to the article</a>
        </p>
      )}
    </section>
  )
}
