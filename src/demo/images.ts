import sharp from 'sharp'

export const PLACEHOLDER_WIDTH = 1600
export const PLACEHOLDER_HEIGHT = 900

const escapeXML = (text: string): string =>
  text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`)

/**
 * A hero-sized placeholder drawn locally: a two-colour gradient with the story's kicker on it.
 * A small palette PNG keeps uploads (and the sizes Payload derives from them) quick.
 */
export const placeholderImage = async ({
  label,
  colors: [from, to],
}: {
  label: string
  colors: readonly [string, string]
}): Promise<Buffer> => {
  const overlay = `<svg xmlns="http://www.w3.org/2000/svg" width="${PLACEHOLDER_WIDTH}" height="${PLACEHOLDER_HEIGHT}">
  <defs>
    <linearGradient id="wash" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="${from}"/>
      <stop offset="1" stop-color="${to}"/>
    </linearGradient>
  </defs>
  <rect width="100%" height="100%" fill="url(#wash)"/>
  <rect x="96" y="640" width="120" height="10" fill="#ffffff" fill-opacity="0.85"/>
  <text x="96" y="770" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="112" font-weight="700" fill="#ffffff">${escapeXML(label)}</text>
  <text x="100" y="836" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="34" fill="#ffffff" fill-opacity="0.7">Newsroom demo · placeholder image</text>
</svg>`
  return sharp({
    create: { width: PLACEHOLDER_WIDTH, height: PLACEHOLDER_HEIGHT, channels: 3, background: from },
  })
    .composite([{ input: Buffer.from(overlay) }])
    .png({ compressionLevel: 9, palette: true })
    .toBuffer()
}
