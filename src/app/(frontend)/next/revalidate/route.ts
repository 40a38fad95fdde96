import config from '@payload-config'
import { getPayload } from 'payload'

import { REVALIDATE_HEADER, expirePaths, isRevalidateToken } from '@/site/revalidate'

/** The app asking itself to expire pages, from work done outside a request (see revalidate.ts). */
export async function POST(request: Request): Promise<Response> {
  const payload = await getPayload({ config })
  if (!isRevalidateToken(payload.secret, request.headers.get(REVALIDATE_HEADER))) {
    return Response.json({ error: 'Not allowed.' }, { status: 403 })
  }
  const body = (await request.json().catch(() => null)) as { paths?: unknown } | null
  const paths = body?.paths
  const valid =
    paths === 'everything' ||
    (Array.isArray(paths) &&
      paths.every((path) => typeof path === 'string' && path.startsWith('/')))
  if (!valid) {
    return Response.json(
      { error: 'Send {"paths": ["/a/path", …]} or {"paths": "everything"}.' },
      { status: 400 },
    )
  }
  expirePaths(paths as string[] | 'everything')
  return Response.json({ revalidated: paths })
}
