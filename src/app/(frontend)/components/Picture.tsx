import type { Media } from '@/payload-types'

type Props = {
  media: Media | string | null | undefined
  /** `card` for lists, `hero` for the top of a story. */
  size: 'card' | 'hero'
  sizes: string
  priority?: boolean
  /** Decorative copies (a card whose headline says it all) get empty alt text. */
  decorative?: boolean
}

/** A responsive image from an upload's generated sizes; nothing when the image is missing. */
export function Picture({ media, size, sizes, priority, decorative }: Props) {
  if (!media || typeof media !== 'object' || !media.url) return null
  const chosen = media.sizes?.[size]
  const candidates = [media.sizes?.card, media.sizes?.hero]
    .filter((candidate) => candidate?.url && candidate.width)
    .map((candidate) => `${candidate!.url} ${candidate!.width}w`)
  return (
    <img
      alt={decorative ? '' : media.alt}
      decoding="async"
      fetchPriority={priority ? 'high' : undefined}
      height={chosen?.height ?? media.height ?? undefined}
      loading={priority ? 'eager' : 'lazy'}
      sizes={sizes}
      src={chosen?.url ?? media.url}
      srcSet={candidates.length ? candidates.join(', ') : undefined}
      width={chosen?.width ?? media.width ?? undefined}
    />
  )
}
