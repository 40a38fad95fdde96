import { APIError, commitTransaction, initTransaction, killTransaction } from 'payload'
import type { Endpoint, PayloadRequest } from 'payload'

import { COMMENT_SETTINGS_SLUG, toPolicy } from '@/globals/CommentSettings'
import { clientAddress, hashAddress } from '@/moderation/clientAddress'

const MAX_REPORTS_PER_HOUR = 10
const HOUR = 60 * 60 * 1000

type StoredReport = { reason?: string | null; reportedAt?: string | null; ipHash?: string | null }

const json = (body: unknown, status: number, headers?: Record<string, string>) =>
  Response.json(body, { status, headers })

/**
 * POST /api/comments/:id/report { reason } — anonymous reader reports, one per person and
 * comment, at most ten an hour. Past the threshold an approved comment goes back to pending.
 */
export const reportComment: Endpoint = {
  path: '/:id/report',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const id = typeof req.routeParams?.id === 'string' ? req.routeParams.id : ''
    const body = (req.json ? await req.json().catch(() => ({})) : {}) as { reason?: unknown }
    const reason = typeof body.reason === 'string' ? body.reason.trim().slice(0, 300) : ''
    if (!reason)
      return json({ errors: [{ message: 'Please say why you are reporting this comment.' }] }, 400)

    // Readers may report what they can see: the lookup runs with the caller's own access.
    const visible = await req.payload
      .find({
        collection: 'comments',
        depth: 0,
        limit: 1,
        overrideAccess: false,
        req,
        user: req.user,
        where: { id: { equals: id } },
      })
      .then(({ docs }) => docs[0])
      .catch(() => undefined)
    if (!visible) return json({ errors: [{ message: 'Comment not found.' }] }, 404)

    const ipHash = hashAddress(clientAddress(req.headers), req.payload.secret)
    const shouldCommit = await initTransaction(req)
    try {
      const comment = await req.payload.findByID({
        collection: 'comments',
        id,
        depth: 0,
        overrideAccess: true,
        req,
        select: { reports: true, reportCount: true, status: true, moderation: true, article: true },
      })
      const reports = (comment.reports ?? []) as StoredReport[]
      if (reports.some((report) => report.ipHash === ipHash)) {
        if (shouldCommit) await commitTransaction(req)
        return json({ message: 'You have already reported this comment. Thank you.' }, 200)
      }
      const { totalDocs: recentReports } = await req.payload.count({
        collection: 'comments',
        overrideAccess: true,
        req,
        where: {
          and: [
            { 'reports.ipHash': { equals: ipHash } },
            { 'reports.reportedAt': { greater_than: new Date(Date.now() - HOUR).toISOString() } },
          ],
        },
      })
      if (recentReports >= MAX_REPORTS_PER_HOUR) {
        if (shouldCommit) await killTransaction(req)
        return json(
          {
            errors: [
              { message: 'You have reported many comments this hour; please try again later.' },
            ],
          },
          429,
          {
            'Retry-After': String(HOUR / 1000),
          },
        )
      }

      const policy = toPolicy(
        await req.payload.findGlobal({
          slug: COMMENT_SETTINGS_SLUG,
          overrideAccess: true,
          req,
          depth: 0,
        }),
      )
      const reportCount = (comment.reportCount ?? 0) + 1
      const backToPending = comment.status === 'approved' && reportCount >= policy.reportThreshold
      const reasons = new Set(comment.moderation?.reasons ?? [])
      if (backToPending) reasons.add('reported')
      await req.payload.update({
        collection: 'comments',
        id,
        overrideAccess: true,
        req,
        data: {
          reports: [...reports, { reason, reportedAt: new Date().toISOString(), ipHash }],
          reportCount,
          ...(backToPending
            ? { status: 'pending', moderation: { ...comment.moderation, reasons: [...reasons] } }
            : {}),
        },
        context: { moderationNote: backToPending ? `${reportCount} reader reports` : undefined },
      })
      if (shouldCommit) await commitTransaction(req)
      return json({ message: 'Thank you. Our moderators will look at this comment.' }, 200)
    } catch (error) {
      if (shouldCommit) await killTransaction(req)
      if (error instanceof APIError)
        return json({ errors: [{ message: error.message }] }, error.status)
      throw error
    }
  },
}
