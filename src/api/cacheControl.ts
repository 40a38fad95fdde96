import type {
  AfterErrorHook,
  Collection,
  CollectionAfterMeHook,
  CollectionAfterOperationHook,
  CollectionBeforeOperationHook,
  GlobalAfterReadHook,
  GlobalBeforeOperationHook,
  PayloadRequest,
} from 'payload'

/** How long shared caches (CDNs) keep public API reads, in seconds. */
export type ApiCacheSettings = {
  /** Browsers: `max-age`. */
  maxAge: number
  /** Shared caches: `s-maxage`. */
  sMaxAge: number
  /** Shared caches may serve a stale copy this long while they refetch. */
  staleWhileRevalidate: number
}

export const DEFAULT_API_CACHE: ApiCacheSettings = {
  maxAge: 0,
  sMaxAge: 60,
  staleWhileRevalidate: 600,
}

/** Anything a shared cache must not keep: signed-in, personal, writes and errors. */
export const PRIVATE_NO_STORE = 'private, no-store'

export const publicCacheControl = ({
  maxAge,
  sMaxAge,
  staleWhileRevalidate,
}: ApiCacheSettings): string =>
  `public, max-age=${maxAge}, s-maxage=${sMaxAge}, stale-while-revalidate=${staleWhileRevalidate}`

/** The facts about a request that decide whether a CDN may share its answer. */
export type CacheFacts = {
  method: string | undefined
  /** A user on the request, or credentials sent with it (even ones that did not sign anyone in). */
  signedIn: boolean
  /** The request is about accounts (`/api/users/…`, any auth collection): personal by nature. */
  personal: boolean
}

export const isShareable = ({ method, personal, signedIn }: CacheFacts): boolean =>
  method?.toUpperCase() === 'GET' && !signedIn && !personal

const hasCredentials = (req: PayloadRequest): boolean => {
  if (req.headers.get('Authorization')) return true
  const cookie = `${req.payload.config.cookiePrefix}-token=`
  return (req.headers.get('Cookie') ?? '').split(/;\s*/).some((part) => part.startsWith(cookie))
}

const factsOf = (req: PayloadRequest): CacheFacts => {
  const slug = (req.routeParams as { collection?: unknown } | undefined)?.collection
  const collections = req.payload.collections as Record<string, Collection | undefined>
  const collection = typeof slug === 'string' ? collections[slug] : undefined
  return {
    method: req.method,
    signedIn: Boolean(req.user) || hasCredentials(req),
    personal: Boolean(collection?.config.auth),
  }
}

/** Sets a response header from inside an operation; Payload's handlers merge these in. */
export const setResponseHeader = (req: PayloadRequest, name: string, value: string): void => {
  req.responseHeaders ??= new Headers()
  req.responseHeaders.set(name, value)
}

const READ_OPERATIONS = new Set(['count', 'find', 'findByID', 'findDistinct'])

/**
 * `Cache-Control` for API responses, decided inside Payload so every host sends the same:
 * an anonymous GET that read successfully is shared by CDNs for a short while; everything else
 * is `private, no-store`. Every operation starts private (a failed one stays so) and a read
 * that finishes marks the response by the request's facts; the outermost read finishes last.
 */
export const createCacheControlHooks = (settings: ApiCacheSettings) => {
  const shared = publicCacheControl(settings)
  const decide = (req: PayloadRequest): string =>
    isShareable(factsOf(req)) ? shared : PRIVATE_NO_STORE
  const markPrivate = (req: PayloadRequest) =>
    setResponseHeader(req, 'Cache-Control', PRIVATE_NO_STORE)

  const beforeOperation: CollectionBeforeOperationHook = ({ args, req }) => {
    if (req.payloadAPI !== 'local') markPrivate(req)
    return args
  }

  const afterOperation: CollectionAfterOperationHook = ({ operation, req, result }) => {
    if (req.payloadAPI !== 'local' && READ_OPERATIONS.has(operation)) {
      setResponseHeader(req, 'Cache-Control', decide(req))
    }
    return result
  }

  const globalBeforeOperation: GlobalBeforeOperationHook = ({ args, req }) => {
    if (req.payloadAPI !== 'local') markPrivate(req)
    return args
  }

  const globalAfterRead: GlobalAfterReadHook = ({ doc, req }) => {
    if (req.payloadAPI !== 'local') setResponseHeader(req, 'Cache-Control', decide(req))
    return doc
  }

  /** `/api/users/me` reads no collection when nobody is signed in; it is personal either way. */
  const afterMe: CollectionAfterMeHook = ({ req, response }) => {
    markPrivate(req)
    return response
  }

  /** An error is never shared, whatever an earlier step of the request decided. */
  const afterError: AfterErrorHook = ({ req }) => {
    if (req) markPrivate(req)
  }

  return {
    afterError,
    afterMe,
    afterOperation,
    beforeOperation,
    globalAfterRead,
    globalBeforeOperation,
  }
}
