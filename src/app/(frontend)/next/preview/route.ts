import { draftMode, headers } from 'next/headers'

import { isStaffUser } from '@/access/hasRole'
import { isPreviewSecret } from '@/site/preview'
import { articlePath } from '@/site/paths'

import { getPayloadClient } from '../../data/payload'

const refuse = (status: number, message: string) =>
  new Response(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } })

/**
 * Turns on Next's draft mode for a signed-in staff member who followed a preview link from the
 * admin. Without the secret, or without a staff session, nobody gets past this door; and the
 * article page itself reads drafts only with the staff member's own rights.
 */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url)
  const slug = url.searchParams.get('slug') ?? ''
  if (!isPreviewSecret(url.searchParams.get('secret'))) {
    return refuse(403, 'This preview link is not valid.')
  }
  if (!/^[a-z0-9][a-z0-9-]*$/i.test(slug)) return refuse(400, 'Say which story to preview (slug).')
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  if (!user || !isStaffUser(user)) {
    return refuse(401, 'Sign in to the admin panel to preview drafts.')
  }
  ;(await draftMode()).enable()
  return new Response(null, { status: 307, headers: { location: articlePath(slug) } })
}
