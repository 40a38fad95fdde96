/** Lower case, accents folded, punctuation and repeated spaces removed: for comparing texts. */
export const normalizeText = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

/** Whole-word (or whole-phrase) matches of a word list in a text. */
export const matchingWords = (text: string, words: string[]): string[] => {
  const haystack = ` ${normalizeText(text)} `
  return words.filter((word) => {
    const needle = normalizeText(word)
    return needle !== '' && haystack.includes(` ${needle} `)
  })
}

const LINK =
  /\bhttps?:\/\/\S+|\bwww\.\S+|\b[a-z0-9-]+\.(?:com|net|org|io|ru|cn|info|biz|xyz|top)\b/gi

export const countLinks = (text: string): number => text.match(LINK)?.length ?? 0
