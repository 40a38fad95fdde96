import type { Comment } from '@/payload-types'

import { asReader, buildingWithoutData, getPayloadClient } from './payload'

export type ThreadComment = Pick<
  Comment,
  'id' | 'authorName' | 'body' | 'createdAt' | 'featured'
> & { replies: ThreadComment[] }

/** Readers see approved comments only (the access rule decides, not this query). */
export const getCommentThread = async (articleId: string): Promise<ThreadComment[]> => {
  if (buildingWithoutData()) return []
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    ...asReader,
    collection: 'comments',
    depth: 0,
    limit: 500,
    select: { authorName: true, body: true, createdAt: true, featured: true, parent: true },
    sort: 'createdAt',
    where: { article: { equals: articleId } },
  })
  const byId = new Map<string, ThreadComment>(
    docs.map((doc) => [
      doc.id,
      {
        id: doc.id,
        authorName: doc.authorName,
        body: doc.body,
        createdAt: doc.createdAt,
        featured: doc.featured,
        replies: [],
      },
    ]),
  )
  const roots: ThreadComment[] = []
  for (const doc of docs) {
    const parentId = typeof doc.parent === 'object' ? doc.parent?.id : doc.parent
    const parent = parentId ? byId.get(parentId) : undefined
    const node = byId.get(doc.id)!
    // A reply whose parent is not (or no longer) approved is shown at the top level.
    if (parent) parent.replies.push(node)
    else roots.push(node)
  }
  return roots
}

export const countThread = (thread: ThreadComment[]): number =>
  thread.reduce((sum, comment) => sum + 1 + countThread(comment.replies), 0)
