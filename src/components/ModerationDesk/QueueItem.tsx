'use client'
import { Button } from '@payloadcms/ui'
import Link from 'next/link'
import { formatAdminURL } from 'payload/shared'

import type { DeskAction } from './actions'
import { ACTIONS, changesNothing, featureToggle } from './actions'
import type { QueueComment } from './api'
import { reasonsInWords, summarizeReports } from './reasons'
import { shorten, timeAgo } from './text'

const baseClass = 'moderation-desk__item'

export type QueueItemProps = {
  adminRoute: string
  busy: boolean
  comment: QueueComment
  itemRef: (element: HTMLElement | null) => void
  onAction: (action: DeskAction, comment: QueueComment) => void
  onSelect: (id: string, selected: boolean) => void
  selected: boolean
}

const STATUS_WORDS: Record<string, string> = {
  pending: 'Pending',
  approved: 'Approved',
  rejected: 'Rejected',
  spam: 'Spam',
}

const SHORTCUT_OF: Record<DeskAction, string> = {
  approve: 'a',
  reject: 'r',
  spam: 's',
  feature: 'f',
  unfeature: 'f',
}

/** One comment in a queue: what it says, where, why it is here, and the desk's buttons. */
export const QueueItem = ({
  adminRoute,
  busy,
  comment,
  itemRef,
  onAction,
  onSelect,
  selected,
}: QueueItemProps) => {
  const headingId = `moderation-item-${comment.id}`
  const status = comment.status ?? 'pending'
  const article = typeof comment.article === 'object' ? comment.article : null
  const articleId = article?.id ?? (typeof comment.article === 'string' ? comment.article : null)
  const parent = typeof comment.parent === 'object' ? comment.parent : null
  const reasons = reasonsInWords(comment.moderation?.reasons)
  const reports = summarizeReports(comment.reports)
  const reportCount = comment.reportCount ?? comment.reports?.length ?? 0
  const created = new Date(comment.createdAt)

  const actions: DeskAction[] = ['approve', 'reject', 'spam', featureToggle(comment)]
  // A button for what the comment already is would do nothing.
  const isCurrent = (action: DeskAction) => changesNothing(action, comment)

  return (
    <li className={`${baseClass}-wrap`}>
      <article
        aria-busy={busy}
        aria-labelledby={headingId}
        className={[baseClass, selected && `${baseClass}--selected`, busy && `${baseClass}--busy`]
          .filter(Boolean)
          .join(' ')}
        data-comment-id={comment.id}
        data-status={status}
        ref={itemRef}
        tabIndex={0}
      >
        <div className={`${baseClass}-select`}>
          <input
            aria-label={`Select the comment by ${comment.authorName}`}
            checked={selected}
            onChange={(event) => onSelect(comment.id, event.target.checked)}
            type="checkbox"
          />
        </div>
        <div className={`${baseClass}-main`}>
          <header className={`${baseClass}-header`}>
            <h3 className={`${baseClass}-author`} id={headingId}>
              {comment.authorName}
            </h3>
            {comment.authorEmail ? (
              <span className={`${baseClass}-email`}>{comment.authorEmail}</span>
            ) : null}
            <time
              className={`${baseClass}-time`}
              dateTime={comment.createdAt}
              title={Number.isNaN(created.getTime()) ? undefined : created.toLocaleString()}
            >
              {timeAgo(created)}
            </time>
            <span className={`${baseClass}-article`}>
              on{' '}
              {articleId ? (
                <Link
                  href={formatAdminURL({ adminRoute, path: `/collections/articles/${articleId}` })}
                >
                  {article?.title ?? 'an article that is no longer published'}
                </Link>
              ) : (
                'an article that no longer exists'
              )}
            </span>
            <span className={`${baseClass}-badges`}>
              <span className={`${baseClass}-status ${baseClass}-status--${status}`}>
                {STATUS_WORDS[status] ?? status}
              </span>
              {comment.featured ? (
                <span className={`${baseClass}-status ${baseClass}-status--featured`}>
                  Featured
                </span>
              ) : null}
            </span>
          </header>

          {comment.parent ? (
            <p className={`${baseClass}-context`}>
              <span className={`${baseClass}-context-label`}>
                In reply to {parent?.authorName ?? 'a comment'}:
              </span>{' '}
              {parent?.body ? `“${shorten(parent.body, 160)}”` : null}
            </p>
          ) : null}

          {/* Plain text, rendered as text: a comment never becomes markup. */}
          <p className={`${baseClass}-body`}>{comment.body}</p>

          {reasons.length ? (
            <p className={`${baseClass}-reasons`}>
              <span className={`${baseClass}-reasons-label`}>
                {status === 'pending' ? 'Held because' : 'Reasons'}:
              </span>
              {reasons.map((reason) => (
                <span className={`${baseClass}-reason`} key={reason}>
                  {reason}
                </span>
              ))}
            </p>
          ) : null}

          {reportCount > 0 ? (
            <p className={`${baseClass}-reports`}>
              <span className={`${baseClass}-reasons-label`}>
                Reported {reportCount} {reportCount === 1 ? 'time' : 'times'}
                {reports.length ? ':' : ''}
              </span>
              {reports.map(({ reason, count }) => (
                <span className={`${baseClass}-report`} key={reason}>
                  {reason}
                  {count > 1 ? ` ×${count}` : ''}
                </span>
              ))}
            </p>
          ) : null}

          {comment.moderation?.note ? (
            <p className={`${baseClass}-note`}>Note: {comment.moderation.note}</p>
          ) : null}
        </div>
        <div className={`${baseClass}-actions`}>
          {actions.map((action) => (
            <Button
              aria-label={`${ACTIONS[action].label} the comment by ${comment.authorName}`}
              buttonStyle={action === 'approve' ? 'primary' : 'secondary'}
              className={`${baseClass}-action ${baseClass}-action--${action}`}
              disabled={busy || isCurrent(action)}
              extraButtonProps={{
                'aria-keyshortcuts': SHORTCUT_OF[action],
                'data-action': action,
                title: `${ACTIONS[action].label} (${SHORTCUT_OF[action]})`,
              }}
              key={action}
              margin={false}
              onClick={() => onAction(action, comment)}
              size="small"
            >
              {ACTIONS[action].label}
            </Button>
          ))}
          <Link
            className={`${baseClass}-open`}
            href={formatAdminURL({ adminRoute, path: `/collections/comments/${comment.id}` })}
          >
            Open
          </Link>
        </div>
      </article>
    </li>
  )
}
