import { headers as requestHeaders } from 'next/headers'
import { APIError, ValidationError } from 'payload'

import { COMMENT_SENT_PATH } from '@/site/paths'

import { asReader, getPayloadClient } from '../../data/payload'

type Outcome = { status: number; state: string; message: string; slug?: string | null }

const FIELDS = ['article', 'parent', 'authorName', 'authorEmail', 'body', 'website'] as const

const text = (value: unknown) => (typeof value === 'string' ? value : '')

const readForm = async (request: Request): Promise<Record<string, string> | null> => {
  const type = request.headers.get('content-type') ?? ''
  try {
    if (type.includes('application/json')) {
      const json = (await request.json()) as Record<string, unknown>
      return Object.fromEntries(FIELDS.map((key) => [key, text(json[key])]))
    }
    const form = await request.formData()
    return Object.fromEntries(FIELDS.map((key) => [key, text(form.get(key))]))
  } catch {
    return null
  }
}

const refusal = (error: unknown): Outcome => {
  if (error instanceof ValidationError) {
    const fields = error.data.errors.map((item) => item.message).join(' ')
    return { status: 400, state: 'error', message: fields || error.message }
  }
  if (error instanceof APIError && error.status < 500) {
    return { status: error.status, state: 'error', message: error.message }
  }
  throw error
}

/**
 * The reader site's comment form posts here, with or without JavaScript. The comment is created
 * through the Local API as the visitor (anonymous, or a signed-in staff account), so the
 * moderation pipeline and access rules judge it exactly as they judge the REST API.
 */
export async function POST(request: Request): Promise<Response> {
  const wantsJson = (request.headers.get('accept') ?? '').includes('application/json')
  const payload = await getPayloadClient()
  const form = await readForm(request)
  let outcome: Outcome
  if (!form?.article) {
    outcome = { status: 400, state: 'error', message: 'Say which article the comment is on.' }
  } else {
    const headers = await requestHeaders()
    // A signed-in editor's session counts only for forms posted from this site (no CSRF).
    const origin = headers.get('origin')
    const sameSite = !origin || origin === new URL(request.url).origin
    const { user } = sameSite ? await payload.auth({ headers }) : { user: null }
    const article = await payload
      .find({
        ...asReader,
        collection: 'articles',
        depth: 0,
        limit: 1,
        select: { slug: true },
        where: { id: { equals: form.article } },
      })
      .then((result) => result.docs[0])
      .catch(() => undefined)
    try {
      const comment = await payload.create({
        ...asReader,
        collection: 'comments',
        data: {
          article: form.article,
          parent: form.parent || undefined,
          authorName: form.authorName,
          authorEmail: form.authorEmail,
          body: form.body,
          website: form.website,
        },
        depth: 0,
        req: { headers: new Headers(headers) },
        user: user ?? undefined,
      })
      outcome = {
        status: 201,
        state: comment.submission?.state ?? 'awaiting-moderation',
        message: comment.submission?.message ?? 'Thank you.',
      }
    } catch (error) {
      outcome = refusal(error)
    }
    outcome.slug = article?.slug
  }

  if (wantsJson) {
    return Response.json(
      { state: outcome.state, message: outcome.message },
      { status: outcome.status },
    )
  }
  const next = new URL(COMMENT_SENT_PATH, request.url)
  next.searchParams.set('state', outcome.state)
  next.searchParams.set('message', outcome.message.slice(0, 300))
  if (outcome.slug) next.searchParams.set('article', outcome.slug)
  // 303: the browser follows with a GET, so reloading the page does not post twice.
  return new Response(null, {
    status: 303,
    headers: { location: `${next.pathname}${next.search}` },
  })
}
