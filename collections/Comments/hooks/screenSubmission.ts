import { APIError } from 'payload'
import type { CollectionBeforeOperationHook, PayloadRequest, Where } from 'payload'

import { COMMENT_SETTINGS_SLUG, toPolicy } from '@/globals/CommentSettings'
import { clientAddress, hashAddress } from '@/moderation/clientAddress'
import { decide } from '@/moderation/pipeline'
import type { Decision, Submission } from '@/moderation/types'
import { idOf } from '@/utilities/requestLoader'

export const SCREENING = 'newsroom:commentScreening'

export type Screening = { decision: Decision; ipHash: string }

const MINUTE = 60 * 1000

/** Facts the pipeline judges; every lookup here is the server's own, so it sees everything. */
const gatherFacts = async (
  data: Record<string, unknown>,
  req: PayloadRequest,
  ipHash: string,
  policy: ReturnType<typeof toPolicy>,
): Promise<Submission> => {
  const { payload, user } = req
  const now = new Date()
  const system = { overrideAccess: true, req } as const
  const articleId = idOf(data.article)
  const article = articleId
    ? (
        await payload.find({
          ...system,
          collection: 'articles',
          depth: 0,
          limit: 1,
          where: { and: [{ id: { equals: articleId } }, { _status: { equals: 'published' } }] },
          select: {
            publishedAt: true,
            commentsMode: true,
            commentsCloseAt: true,
            regions: true,
            topics: true,
          },
        })
      ).docs[0]
    : undefined

  const modesOf = async (collection: 'regions' | 'topics', ids: unknown[] | null | undefined) => {
    const keys = (ids ?? []).map(idOf).filter((id): id is string => Boolean(id))
    if (!keys.length) return []
    const { docs } = await payload.find({
      ...system,
      collection,
      depth: 0,
      pagination: false,
      where: { id: { in: keys } },
      select: { commentsMode: true },
    })
    return docs.map((doc) => doc.commentsMode)
  }

  const parentId = idOf(data.parent)
  const parent = parentId
    ? await payload
        .findByID({
          ...system,
          collection: 'comments',
          id: parentId,
          depth: 0,
          select: { article: true, parent: true },
        })
        .catch(() => null)
    : null

  const email = typeof data.authorEmail === 'string' ? data.authorEmail.trim().toLowerCase() : ''
  const since = (minutes: number) => new Date(now.getTime() - minutes * MINUTE).toISOString()
  const samePerson: Where[] = [{ ipHash: { equals: ipHash } }]
  if (email) samePerson.push({ authorEmail: { equals: email } })
  if (user) samePerson.push({ user: { equals: user.id } })

  const [recentByIp, recentByUser, recent, approvedBefore, regionModes, topicModes] =
    await Promise.all([
      payload.count({
        ...system,
        collection: 'comments',
        where: {
          and: [
            { ipHash: { equals: ipHash } },
            { createdAt: { greater_than: since(policy.rateLimit.windowMinutes) } },
          ],
        },
      }),
      user
        ? payload.count({
            ...system,
            collection: 'comments',
            where: {
              and: [
                { user: { equals: user.id } },
                { createdAt: { greater_than: since(policy.rateLimit.windowMinutes) } },
              ],
            },
          })
        : Promise.resolve({ totalDocs: 0 }),
      payload.find({
        ...system,
        collection: 'comments',
        depth: 0,
        limit: 20,
        sort: '-createdAt',
        where: {
          and: [
            { or: samePerson },
            { createdAt: { greater_than: since(policy.duplicateWindowMinutes) } },
          ],
        },
        select: { body: true },
      }),
      email || user
        ? payload.count({
            ...system,
            collection: 'comments',
            where: {
              and: [
                { status: { equals: 'approved' } },
                {
                  or: [
                    ...(email ? [{ authorEmail: { equals: email } }] : []),
                    ...(user ? [{ user: { equals: user.id } }] : []),
                  ],
                },
              ],
            },
          })
        : Promise.resolve({ totalDocs: 0 }),
      modesOf('regions', article?.regions),
      modesOf('topics', article?.topics),
    ])

  return {
    body: typeof data.body === 'string' ? data.body : '',
    authorName: typeof data.authorName === 'string' ? data.authorName : (user?.name ?? ''),
    hasContact: Boolean(user) || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email),
    honeypot: typeof data.website === 'string' ? data.website : null,
    now,
    article: {
      exists: Boolean(article),
      publishedAt: article?.publishedAt,
      commentsMode: article?.commentsMode,
      commentsCloseAt: article?.commentsCloseAt,
      inheritedModes: [...regionModes, ...topicModes],
    },
    parent: parent
      ? { sameArticle: idOf(parent.article) === articleId, depth: parent.parent ? 1 : 0 }
      : parentId
        ? { sameArticle: false, depth: 0 }
        : null,
    recentByIp: recentByIp.totalDocs,
    recentByUser: recentByUser.totalDocs,
    recentBodies: recent.docs.map((doc) => doc.body),
    approvedBefore: approvedBefore.totalDocs,
  }
}

/**
 * Runs the moderation pipeline (src/moderation) on every comment a client submits, before any
 * write. Refusals answer at once with their status (429 with Retry-After for rate limits);
 * the decision for stored comments is applied in `applyScreening`, after field access has
 * stripped whatever the client tried to set. System writes (`overrideAccess`) are not screened.
 */
export const screenSubmission: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' || args.overrideAccess) return args
  const data = (args.data ?? {}) as Record<string, unknown>
  const global = await req.payload.findGlobal({
    slug: COMMENT_SETTINGS_SLUG,
    overrideAccess: true,
    req,
    depth: 0,
  })
  const policy = toPolicy(global)
  const ipHash = hashAddress(clientAddress(req.headers), req.payload.secret)
  const decision = decide(await gatherFacts(data, req, ipHash, policy), policy)

  if (decision.kind === 'refuse') {
    if (decision.retryAfter) {
      req.responseHeaders = new Headers({ 'Retry-After': String(decision.retryAfter) })
    }
    throw new APIError(decision.message, decision.status, { code: decision.code }, true)
  }
  ;(req.context as Record<string, unknown>)[SCREENING] = { decision, ipHash } satisfies Screening
  return args
}
