import { formatAdminURL } from 'payload/shared'
import type { Where } from 'payload'
import { stringify } from 'qs-esm'

import type { CommentChange } from './actions'
import type { ReaderReport } from './reasons'
import type { DeskStatus, QueueName } from './queues'
import { queueQuery } from './queues'

type Related<T> = string | ({ id: string } & T) | null | undefined

/** A comment as the desk reads it (depth 1; `reportCount` only once the server has it). */
export type QueueComment = {
  id: string
  body: string
  authorName: string
  authorEmail?: string | null
  createdAt: string
  status?: DeskStatus | null
  featured?: boolean | null
  article: Related<{ title?: string | null; slug?: string | null }>
  parent?: Related<{ authorName?: string | null; body?: string | null }>
  reportCount?: number | null
  reports?: ReaderReport[] | null
  moderation?: {
    reasons?: string[] | null
    decidedAt?: string | null
    decidedBy?: Related<{ name?: string | null }>
    note?: string | null
  } | null
}

export type QueuePage = {
  docs: QueueComment[]
  totalDocs: number
  totalPages: number
  page: number
}

type PayloadError = { message?: string; errors?: { message?: string; id?: string }[] }

/** The REST API's own words for a refusal ("You are not allowed to perform this action."). */
const errorMessage = async (response: Response): Promise<string> => {
  try {
    const json = (await response.json()) as PayloadError
    return json.errors?.[0]?.message ?? json.message ?? `The server answered ${response.status}`
  } catch {
    return `The server answered ${response.status}`
  }
}

const apiURL = (apiRoute: string, path: `/${string}`): string =>
  formatAdminURL({ apiRoute, path, relative: true })

const JSON_HEADERS = { 'Content-Type': 'application/json' }

/** One page of a queue, through the same REST API and access rules as everything else. */
export const fetchQueue = async (
  apiRoute: string,
  queue: QueueName,
  page: number,
  signal?: AbortSignal,
): Promise<QueuePage> => {
  const response = await fetch(
    apiURL(apiRoute, `/comments?${stringify(queueQuery(queue, page))}`),
    {
      credentials: 'include',
      signal,
    },
  )
  if (!response.ok) throw new Error(await errorMessage(response))
  return (await response.json()) as QueuePage
}

/** How many comments match, or null when the server cannot say (e.g. no such field yet). */
export const fetchCount = async (
  apiRoute: string,
  where: Where | undefined,
  signal?: AbortSignal,
): Promise<number | null> => {
  const response = await fetch(apiURL(apiRoute, `/comments/count?${stringify({ where })}`), {
    credentials: 'include',
    signal,
  })
  if (!response.ok) return null
  const { totalDocs } = (await response.json()) as { totalDocs?: unknown }
  return typeof totalDocs === 'number' ? totalDocs : null
}

/** `PATCH /api/comments/:id`; answers the comment as stored. */
export const updateComment = async (
  apiRoute: string,
  id: string,
  change: CommentChange,
): Promise<QueueComment> => {
  const response = await fetch(
    apiURL(apiRoute, `/comments/${encodeURIComponent(id)}?${stringify({ depth: 0 })}`),
    {
      body: JSON.stringify(change),
      credentials: 'include',
      headers: JSON_HEADERS,
      method: 'PATCH',
    },
  )
  if (!response.ok) throw new Error(await errorMessage(response))
  const { doc } = (await response.json()) as { doc: QueueComment }
  return doc
}

export type BulkResult = { updated: QueueComment[]; failed: { id?: string; message: string }[] }

/** Payload's bulk update, `PATCH /api/comments?where[id][in]=…`, as the admin's own bulk edit does. */
export const updateComments = async (
  apiRoute: string,
  ids: readonly string[],
  change: CommentChange,
): Promise<BulkResult> => {
  const query = stringify({ where: { id: { in: ids } }, depth: 0, limit: ids.length })
  const response = await fetch(apiURL(apiRoute, `/comments?${query}`), {
    body: JSON.stringify(change),
    credentials: 'include',
    headers: JSON_HEADERS,
    method: 'PATCH',
  })
  let json: { docs?: QueueComment[] } & PayloadError = {}
  try {
    json = (await response.json()) as typeof json
  } catch {
    // an empty or non-JSON answer: reported below by status
  }
  const failed = (json.errors ?? []).map((error) => ({
    id: error.id,
    message: error.message ?? 'Not updated',
  }))
  if (!response.ok && !json.docs?.length) {
    throw new Error(failed[0]?.message ?? json.message ?? `The server answered ${response.status}`)
  }
  return { updated: json.docs ?? [], failed }
}
