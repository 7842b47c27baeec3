/** A source URL shown by its host, as people say it: "nasa.gov", not "https://www.nasa.gov/…". */
export function sourceHost(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '')
}
