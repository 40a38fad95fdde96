import type { DeskStatus } from './queues'

export type DeskAction = 'approve' | 'reject' | 'spam' | 'feature' | 'unfeature'

export type CommentChange = { status?: DeskStatus; featured?: boolean }

type ActionSpec = {
  /** Button text. */
  label: string
  /** Toast text, after the fact: "Approved 3 comments". */
  done: string
  /** Whether the comment has been dealt with and leaves the pending and reported queues. */
  decides: boolean
}

export const ACTIONS: Record<DeskAction, ActionSpec> = {
  approve: { label: 'Approve', done: 'Approved', decides: true },
  reject: { label: 'Reject', done: 'Rejected', decides: true },
  spam: { label: 'Spam', done: 'Marked as spam', decides: true },
  feature: { label: 'Feature', done: 'Featured', decides: true },
  unfeature: { label: 'Unfeature', done: 'No longer featured', decides: false },
}

/**
 * The PATCH body for an action. Featuring puts a comment in front of every reader, so a comment
 * that is not approved yet is approved with it (as in Coral).
 */
export const changeFor = (
  action: DeskAction,
  comment?: { status?: string | null },
): CommentChange => {
  switch (action) {
    case 'approve':
      return { status: 'approved' }
    case 'reject':
      return { status: 'rejected' }
    case 'spam':
      return { status: 'spam' }
    case 'feature':
      return comment?.status === 'approved'
        ? { featured: true }
        : { featured: true, status: 'approved' }
    case 'unfeature':
      return { featured: false }
  }
}

/** Approving an approved comment (or rejecting a rejected one) would change nothing. */
export const changesNothing = (
  action: DeskAction,
  comment: { status?: string | null; featured?: boolean | null },
): boolean => {
  const change = changeFor(action, comment)
  return (
    (change.status === undefined || change.status === comment.status) &&
    (change.featured === undefined || change.featured === Boolean(comment.featured))
  )
}

/** `f` toggles: features a comment that is not featured, unfeatures one that is. */
export const featureToggle = (comment: { featured?: boolean | null }): DeskAction =>
  comment.featured ? 'unfeature' : 'feature'

/** "Approved 1 comment", "Marked as spam 3 comments". */
export const doneMessage = (action: DeskAction, count: number): string =>
  `${ACTIONS[action].done} ${count} comment${count === 1 ? '' : 's'}`
