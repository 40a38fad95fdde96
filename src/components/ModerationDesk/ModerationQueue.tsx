'use client'
import { Button, Gutter, toast, useConfig, useListDrawerContext } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useRef, useState } from 'react'

import type { DeskAction } from './actions'
import { ACTIONS, changeFor, changesNothing, doneMessage, featureToggle } from './actions'
import type { QueueComment, QueuePage } from './api'
import { fetchQueue, updateComment, updateComments } from './api'
import { announceModeration, OPEN_QUEUE_EVENT } from './events'
import type { Shortcut } from './keyboard'
import { SHORTCUTS, shortcutFor } from './keyboard'
import type { DeskCounts, QueueName } from './queues'
import {
  hasReportCount,
  leavesQueueAfterDecision,
  PAGE_SIZE,
  parseQueue,
  QUEUE_LABELS,
  QUEUES,
} from './queues'
import { QueueItem } from './QueueItem'
import { useModerationCounts } from './useModerationCounts'
import './moderationDesk.scss'

const baseClass = 'moderation-desk'

const BULK_ACTIONS: readonly DeskAction[] = ['approve', 'reject', 'spam', 'feature']

const EMPTY: Record<QueueName, string> = {
  pending: 'Nothing is waiting. Comments the pipeline holds back appear here, oldest first.',
  reported: 'No reported comments need a decision.',
  all: 'No comments yet.',
}

/** Where focus goes once the list has re-rendered: an item, the first item, or the empty note. */
type FocusTarget = { id: string } | 'first' | 'empty'

type Loaded = QueuePage & { queue: QueueName }

export type ModerationQueueProps = {
  initialQueue: QueueName
  initialCounts?: DeskCounts
}

/** The server answers a refused change with the comment as it was: keep what it really stored. */
const mergeStored = (shown: QueueComment, stored: QueueComment): QueueComment => ({
  ...shown,
  featured: stored.featured ?? shown.featured,
  moderation: stored.moderation
    ? { ...stored.moderation, decidedBy: shown.moderation?.decidedBy }
    : shown.moderation,
  reportCount: stored.reportCount ?? shown.reportCount,
  status: stored.status ?? shown.status,
})

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : 'Something went wrong'

/**
 * The moderation desk (Coral's queues in Payload's admin): pending, reported and all comments, with
 * one-click and bulk decisions and keyboard shortcuts. Reads and writes through the REST API, so the
 * server's access rules decide every change.
 */
export const ModerationQueue = (props: ModerationQueueProps) => {
  const { isInDrawer } = useListDrawerContext()
  // In a relationship field's list drawer the comments list is a picker, not the desk.
  if (isInDrawer) return null
  return <Desk {...props} />
}

const Desk = ({ initialCounts, initialQueue }: ModerationQueueProps) => {
  const {
    config: {
      routes: { admin: adminRoute, api: apiRoute },
    },
    getEntityConfig,
  } = useConfig()
  const router = useRouter()
  const counts = useModerationCounts(initialCounts)
  const reportsTracked = hasReportCount(getEntityConfig({ collectionSlug: 'comments' })?.fields)

  const [queue, setQueue] = useState<QueueName>(initialQueue)
  const [page, setPage] = useState(1)
  const [reloads, setReloads] = useState(0)
  const [data, setData] = useState<Loaded | null>(null)
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<string | null>(null)
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set())
  const [busy, setBusy] = useState<ReadonlySet<string>>(() => new Set())

  const rootRef = useRef<HTMLElement>(null)
  const emptyRef = useRef<HTMLParagraphElement>(null)
  const itemElements = useRef(new Map<string, HTMLElement>())
  const focusTarget = useRef<FocusTarget | null>(null)
  const busyRef = useRef(busy)
  busyRef.current = busy
  const refreshTimer = useRef<number | undefined>(undefined)

  const unavailable = queue === 'reported' && !reportsTracked
  const docs = data?.queue === queue ? data.docs : []
  const docsRef = useRef(docs)
  docsRef.current = docs

  const showQueue = useCallback((next: QueueName) => {
    setQueue(next)
    setPage(1)
  }, [])

  // A link to another queue (the counts in the nav, `?queue=`) switches the tab.
  useEffect(() => showQueue(initialQueue), [initialQueue, showQueue])
  useEffect(() => {
    const onOpen = (event: Event) => showQueue(parseQueue((event as CustomEvent<unknown>).detail))
    window.addEventListener(OPEN_QUEUE_EVENT, onOpen)
    return () => window.removeEventListener(OPEN_QUEUE_EVENT, onOpen)
  }, [showQueue])

  useEffect(() => {
    setSelected(new Set())
    if (unavailable) {
      setLoading(false)
      setError(null)
      return
    }
    const controller = new AbortController()
    setLoading(true)
    fetchQueue(apiRoute, queue, page, controller.signal)
      .then((result) => {
        // The desk worked through the last page: show the one before it.
        if (!result.docs.length && page > 1 && result.totalPages < page) {
          setPage(Math.max(1, result.totalPages))
          return
        }
        setData({ ...result, queue })
        setError(null)
        setLoading(false)
      })
      .catch((failure: unknown) => {
        if (controller.signal.aborted) return
        setError(messageOf(failure))
        setLoading(false)
      })
    return () => controller.abort()
  }, [apiRoute, page, queue, reloads, unavailable])

  const focusItem = useCallback((id: string) => {
    itemElements.current.get(id)?.focus()
  }, [])

  // After a decision the next comment takes the focus, once it has rendered.
  useEffect(() => {
    const target = focusTarget.current
    if (!target || loading) return
    focusTarget.current = null
    const id = target === 'first' ? docs[0]?.id : target === 'empty' ? undefined : target.id
    if (id) focusItem(id)
    else emptyRef.current?.focus()
  }, [docs, focusItem, loading])

  useEffect(() => () => window.clearTimeout(refreshTimer.current), [])

  /** Payload's table under the desk shows the new statuses once the desk pauses. */
  const refreshTableSoon = useCallback(() => {
    window.clearTimeout(refreshTimer.current)
    refreshTimer.current = window.setTimeout(() => router.refresh(), 1500)
  }, [router])

  const activeItemId = useCallback((): string | null => {
    const active = document.activeElement
    if (!(active instanceof HTMLElement) || !rootRef.current?.contains(active)) return null
    return active.closest<HTMLElement>('[data-comment-id]')?.dataset.commentId ?? null
  }, [])

  const markBusy = (ids: readonly string[], isBusy: boolean) =>
    setBusy((previous) => {
      const next = new Set(previous)
      for (const id of ids) {
        if (isBusy) next.add(id)
        else next.delete(id)
      }
      return next
    })

  /** One comment (its buttons, its keys) through `PATCH /:id`; the toolbar through the bulk update. */
  const act = async (action: DeskAction, targets: readonly QueueComment[], bulk = false) => {
    const fresh = targets.filter(
      (comment) => !busyRef.current.has(comment.id) && !changesNothing(action, comment),
    )
    if (!fresh.length) {
      if (targets.length) toast.info(`Nothing to do: already ${ACTIONS[action].done.toLowerCase()}`)
      return
    }
    const ids = fresh.map((comment) => comment.id)
    // Read before the buttons disable: a disabled button drops the focus.
    const focusedId = activeItemId()
    markBusy(ids, true)
    try {
      const change = bulk ? changeFor(action) : changeFor(action, fresh[0])
      const { updated, failed } = bulk
        ? await updateComments(apiRoute, ids, change)
        : { updated: [await updateComment(apiRoute, ids[0], change)], failed: [] }
      // A change the server's field rules refused comes back unchanged: it did not happen.
      const done = updated.filter(
        (comment) => change.status === undefined || comment.status === change.status,
      )
      const doneIds = new Set(done.map((comment) => comment.id))
      const leaving = leavesQueueAfterDecision(queue) && ACTIONS[action].decides
      const shown = docsRef.current
      const remaining = leaving ? shown.filter((comment) => !doneIds.has(comment.id)) : shown
      const storedById = new Map(done.map((comment) => [comment.id, comment]))

      setData((previous) => {
        if (!previous || previous.queue !== queue) return previous
        const kept = previous.docs
          .filter((comment) => !(leaving && doneIds.has(comment.id)))
          .map((comment) => {
            const stored = storedById.get(comment.id)
            return stored ? mergeStored(comment, stored) : comment
          })
        return {
          ...previous,
          docs: kept,
          totalDocs: previous.totalDocs - (previous.docs.length - kept.length),
        }
      })
      setSelected((previous) => new Set([...previous].filter((id) => !doneIds.has(id))))

      if (focusedId && doneIds.has(focusedId)) {
        if (!leaving) {
          focusTarget.current = { id: focusedId }
        } else {
          const index = shown.findIndex((comment) => comment.id === focusedId)
          const next =
            shown.slice(index + 1).find((comment) => !doneIds.has(comment.id)) ??
            shown
              .slice(0, index)
              .reverse()
              .find((comment) => !doneIds.has(comment.id))
          focusTarget.current = next ? { id: next.id } : 'empty'
        }
      }
      // The page is worked through but the queue is not: fetch what comes next.
      const moreOnServer = (data?.totalDocs ?? 0) - (shown.length - remaining.length) > 0
      if (leaving && !remaining.length && moreOnServer) {
        if (focusTarget.current === 'empty') focusTarget.current = 'first'
        setLoading(true)
        setReloads((count) => count + 1)
      }

      if (done.length) {
        toast.success(doneMessage(action, done.length))
        announceModeration()
        refreshTableSoon()
      }
      const unchanged = updated.length - done.length
      const missing = ids.length - updated.length - failed.length
      const problems = [
        ...failed.map((failure) => failure.message),
        ...(unchanged ? [`${unchanged} kept their status: the server refused the change`] : []),
        ...(missing > 0 ? [`${missing} could not be found or may not be changed by you`] : []),
      ]
      if (problems.length) toast.error(`${ACTIONS[action].label}: ${problems.join('; ')}`)
    } catch (failure) {
      toast.error(`${ACTIONS[action].label} failed: ${messageOf(failure)}`)
      if (focusedId) focusTarget.current = { id: focusedId }
    } finally {
      markBusy(ids, false)
    }
  }

  const toggleSelected = (id: string, isSelected: boolean) =>
    setSelected((previous) => {
      const next = new Set(previous)
      if (isSelected) next.add(id)
      else next.delete(id)
      return next
    })

  const onShortcut = (shortcut: Shortcut, event: KeyboardEvent) => {
    const shownDocs = docsRef.current
    if (!shownDocs.length) return
    const focusedId = activeItemId()
    const index = focusedId ? shownDocs.findIndex((comment) => comment.id === focusedId) : -1
    if (shortcut === 'next' || shortcut === 'previous') {
      event.preventDefault()
      const step = shortcut === 'next' ? 1 : -1
      const next = index === -1 ? 0 : Math.min(Math.max(index + step, 0), shownDocs.length - 1)
      focusItem(shownDocs[next].id)
      return
    }
    // Decisions apply to the comment that visibly has the focus, never to one off-screen.
    if (index === -1) return
    event.preventDefault()
    const comment = shownDocs[index]
    if (shortcut === 'select') toggleSelected(comment.id, !selected.has(comment.id))
    else void act(shortcut === 'feature' ? featureToggle(comment) : shortcut, [comment])
  }
  const onShortcutRef = useRef(onShortcut)
  onShortcutRef.current = onShortcut

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return
      const shortcut = shortcutFor(event)
      if (!shortcut) return
      // Payload's drawers and modals keep their own keys.
      if (event.target instanceof Element && event.target.closest('.drawer, [role="dialog"]')) {
        return
      }
      onShortcutRef.current(shortcut, event)
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])

  const selectedDocs = docs.filter((comment) => selected.has(comment.id))
  const allSelected = docs.length > 0 && selectedDocs.length === docs.length
  const total = data?.queue === queue ? data.totalDocs : 0
  const first = docs.length ? (page - 1) * PAGE_SIZE + 1 : 0
  const totalPages = data?.queue === queue ? data.totalPages : 1

  const tabCount = (name: QueueName): number | null =>
    name === 'all' ? (queue === 'all' && data?.queue === 'all' ? total : null) : counts[name]

  return (
    <Gutter className={baseClass}>
      <section aria-labelledby="moderation-desk-heading" ref={rootRef}>
        <div className={`${baseClass}__head`}>
          <h2 className={`${baseClass}__heading`} id="moderation-desk-heading">
            Moderation queue
          </h2>
          <ul aria-label="Keyboard shortcuts" className={`${baseClass}__legend`}>
            {SHORTCUTS.map(({ key, label }) => (
              <li key={key}>
                <kbd>{key}</kbd> {label}
              </li>
            ))}
          </ul>
        </div>

        <div aria-label="Queues" className={`${baseClass}__tabs`} role="tablist">
          {QUEUES.filter((name) => name !== 'reported' || reportsTracked).map((name) => {
            const count = tabCount(name)
            return (
              <button
                aria-controls="moderation-desk-panel"
                aria-selected={queue === name}
                className={`${baseClass}__tab ${queue === name ? `${baseClass}__tab--active` : ''}`}
                data-queue={name}
                id={`moderation-tab-${name}`}
                key={name}
                onClick={() => showQueue(name)}
                role="tab"
                type="button"
              >
                {QUEUE_LABELS[name]}
                {count !== null ? <span className={`${baseClass}__tab-count`}>{count}</span> : null}
              </button>
            )
          })}
        </div>

        <div
          aria-busy={loading}
          aria-labelledby={`moderation-tab-${queue}`}
          className={`${baseClass}__panel`}
          id="moderation-desk-panel"
          role="tabpanel"
        >
          <div className={`${baseClass}__toolbar`}>
            <label className={`${baseClass}__select-all`}>
              <input
                checked={allSelected}
                disabled={!docs.length}
                onChange={(event) =>
                  setSelected(
                    event.target.checked ? new Set(docs.map((comment) => comment.id)) : new Set(),
                  )
                }
                ref={(input) => {
                  if (input) input.indeterminate = selectedDocs.length > 0 && !allSelected
                }}
                type="checkbox"
              />
              Select all on page
            </label>
            <div
              aria-label="Act on the selected comments"
              className={`${baseClass}__bulk`}
              role="group"
            >
              <span aria-live="polite" className={`${baseClass}__selected`}>
                {selectedDocs.length ? `${selectedDocs.length} selected` : 'None selected'}
              </span>
              {BULK_ACTIONS.map((action) => (
                <Button
                  buttonStyle="secondary"
                  disabled={!selectedDocs.length}
                  extraButtonProps={{ 'data-bulk-action': action }}
                  key={action}
                  margin={false}
                  onClick={() => void act(action, selectedDocs, true)}
                  size="small"
                >
                  {ACTIONS[action].label}
                </Button>
              ))}
            </div>
            <div className={`${baseClass}__pager`}>
              <span className={`${baseClass}__range`}>
                {total ? `${first}–${first + docs.length - 1} of ${total}` : ''}
              </span>
              <Button
                buttonStyle="secondary"
                disabled={page <= 1 || loading}
                margin={false}
                onClick={() => setPage((current) => Math.max(1, current - 1))}
                size="small"
              >
                Previous
              </Button>
              <Button
                buttonStyle="secondary"
                disabled={page >= totalPages || loading}
                margin={false}
                onClick={() => setPage((current) => current + 1)}
                size="small"
              >
                Next
              </Button>
              <Button
                buttonStyle="secondary"
                disabled={loading}
                margin={false}
                onClick={() => setReloads((count) => count + 1)}
                size="small"
              >
                Refresh
              </Button>
            </div>
          </div>

          {error ? (
            <p className={`${baseClass}__error`} role="alert">
              The queue could not be loaded: {error}
            </p>
          ) : null}
          {unavailable ? (
            <p className={`${baseClass}__empty`}>
              Reader reports are not counted on this server yet.
            </p>
          ) : null}
          {!unavailable && !error && !loading && !docs.length ? (
            <p className={`${baseClass}__empty`} ref={emptyRef} tabIndex={-1}>
              {EMPTY[queue]}
            </p>
          ) : null}
          {loading && !docs.length && !unavailable ? (
            <p className={`${baseClass}__empty`}>Loading…</p>
          ) : null}

          {docs.length ? (
            <ol aria-label={`${QUEUE_LABELS[queue]} comments`} className={`${baseClass}__items`}>
              {docs.map((comment) => (
                <QueueItem
                  adminRoute={adminRoute}
                  busy={busy.has(comment.id)}
                  comment={comment}
                  itemRef={(element) => {
                    if (element) itemElements.current.set(comment.id, element)
                    else itemElements.current.delete(comment.id)
                  }}
                  key={comment.id}
                  onAction={(action, target) => void act(action, [target])}
                  onSelect={toggleSelected}
                  selected={selected.has(comment.id)}
                />
              ))}
            </ol>
          ) : null}
        </div>
      </section>
    </Gutter>
  )
}
