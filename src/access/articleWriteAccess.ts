import type { Access, Where } from 'payload'

import { hasRole } from './hasRole'

/** A journalist's reach: articles it is an author of that have never gone live (drafts). */
export const ownDrafts = (userId: string | number): Where => ({
  and: [{ authors: { in: [userId] } }, { _status: { equals: 'draft' } }],
})

const isPublishing = (data: unknown): boolean =>
  (data as { _status?: string } | undefined)?._status === 'published'

/** Editors create anything; journalists create drafts only. */
export const canCreateArticle: Access = ({ data, req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  if (hasRole(user, 'journalist')) return !isPublishing(data)
  return false
}

/**
 * Editors update, publish, unpublish and schedule anything. Journalists update their own drafts
 * and never publish: a write (or version restore) that would set `_status: 'published'` is denied.
 */
export const canUpdateArticle: Access = ({ data, req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  if (!user || !hasRole(user, 'journalist')) return false
  if (isPublishing(data)) return false
  return ownDrafts(user.id)
}

/** Editors delete anything; journalists only their own drafts. */
export const canDeleteArticle: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  if (!user || !hasRole(user, 'journalist')) return false
  return ownDrafts(user.id)
}

/** Editors see every version; journalists the versions of articles they write. */
export const canReadArticleVersions: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  if (!user || !hasRole(user, 'journalist')) return false
  return { 'version.authors': { in: [user.id] } }
}
