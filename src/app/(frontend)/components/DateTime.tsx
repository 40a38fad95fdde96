const formatter = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
})

const dateOnly = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

/** Newsroom time is UTC, said so: the page is cached and read in every time zone. */
export function DateTime({ value, withTime = true }: { value: string; withTime?: boolean }) {
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return null
  return (
    <time dateTime={date.toISOString()}>
      {withTime ? `${formatter.format(date)} UTC` : dateOnly.format(date)}
    </time>
  )
}
