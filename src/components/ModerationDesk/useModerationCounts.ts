'use client'
import { useConfig } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { fetchCount } from './api'
import { COMMENTS_MODERATED_EVENT } from './events'
import type { DeskCounts } from './queues'
import { hasReportCount, queueWhere } from './queues'

const REFRESH_MS = 60_000

/**
 * Live queue counts: first the server's numbers, then refreshed whenever the desk acts, the tab
 * comes back into view, and once a minute while it is visible (new comments keep arriving).
 */
export const useModerationCounts = (initial?: DeskCounts): DeskCounts => {
  const {
    config: {
      routes: { api: apiRoute },
    },
    getEntityConfig,
  } = useConfig()
  const reportsTracked = hasReportCount(getEntityConfig({ collectionSlug: 'comments' })?.fields)
  const [counts, setCounts] = useState<DeskCounts>(initial ?? { pending: null, reported: null })

  // A server render (a navigation) brings fresher numbers than the last refresh.
  const initialPending = initial?.pending
  const initialReported = initial?.reported
  useEffect(() => {
    if (initialPending === undefined || initialReported === undefined) return
    setCounts({ pending: initialPending, reported: initialReported })
  }, [initialPending, initialReported])

  const refresh = useCallback(async () => {
    try {
      const [pending, reported] = await Promise.all([
        fetchCount(apiRoute, queueWhere('pending')),
        reportsTracked ? fetchCount(apiRoute, queueWhere('reported')) : null,
      ])
      setCounts({ pending, reported })
    } catch {
      // offline for a moment: keep the last numbers
    }
  }, [apiRoute, reportsTracked])

  const hasInitial = initial !== undefined
  useEffect(() => {
    if (!hasInitial) void refresh()
    const onChange = () => void refresh()
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refresh()
    }
    const timer = window.setInterval(onVisible, REFRESH_MS)
    window.addEventListener(COMMENTS_MODERATED_EVENT, onChange)
    document.addEventListener('visibilitychange', onVisible)
    return () => {
      window.clearInterval(timer)
      window.removeEventListener(COMMENTS_MODERATED_EVENT, onChange)
      document.removeEventListener('visibilitychange', onVisible)
    }
  }, [hasInitial, refresh])

  return counts
}
