'use client'
import { useConfig } from '@payloadcms/ui'
import Link from 'next/link'
import { formatAdminURL } from 'payload/shared'

import { requestQueue } from './events'
import type { DeskCounts, QueueName } from './queues'
import { hasReportCount } from './queues'
import { useModerationCounts } from './useModerationCounts'
import './moderationDesk.scss'

const baseClass = 'moderation-counts'

export type ModerationCountsProps = {
  placement: 'nav' | 'dashboard'
  /** The server's numbers for the first paint. */
  initial?: DeskCounts
}

const WORDS: Record<Exclude<QueueName, 'all'>, { short: string; one: string; many: string }> = {
  pending: { short: 'Pending', one: 'pending comment', many: 'pending comments' },
  reported: { short: 'Reported', one: 'reported comment', many: 'reported comments' },
}

/** Pending and reported comments at a glance, each linking to its queue. */
export const ModerationCounts = ({ placement, initial }: ModerationCountsProps) => {
  const {
    config: {
      routes: { admin: adminRoute },
    },
    getEntityConfig,
  } = useConfig()
  const counts = useModerationCounts(initial)
  const reportsTracked = hasReportCount(getEntityConfig({ collectionSlug: 'comments' })?.fields)
  const queues: Exclude<QueueName, 'all'>[] = reportsTracked ? ['pending', 'reported'] : ['pending']

  const links = queues.map((queue) => {
    const count = counts[queue]
    const words = WORDS[queue]
    const long = count === 1 ? words.one : words.many
    return (
      <Link
        aria-label={count === null ? long : `${count} ${long}`}
        className={`${baseClass}__link ${count ? `${baseClass}__link--waiting` : ''}`}
        data-queue={queue}
        href={formatAdminURL({ adminRoute, path: `/collections/comments?queue=${queue}` })}
        key={queue}
        onClick={() => requestQueue(queue)}
      >
        <span className={`${baseClass}__count`} data-count={count ?? ''}>
          {count ?? '–'}
        </span>
        {/* The nav is narrow: a word there, the whole phrase on the dashboard. */}
        <span className={`${baseClass}__label`}>{placement === 'nav' ? words.short : long}</span>
      </Link>
    )
  })

  if (placement === 'nav') {
    return (
      <div
        aria-label="Comment moderation"
        className={`${baseClass} ${baseClass}--nav`}
        role="group"
      >
        <span className={`${baseClass}__title`}>Moderation desk</span>
        {links}
      </div>
    )
  }
  return (
    <section
      aria-labelledby="moderation-counts-heading"
      className={`${baseClass} ${baseClass}--dashboard`}
    >
      <h2 className={`${baseClass}__heading`} id="moderation-counts-heading">
        Moderation desk
      </h2>
      <div className={`${baseClass}__tiles`}>{links}</div>
    </section>
  )
}
