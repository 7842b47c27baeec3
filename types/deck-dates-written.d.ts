/**
 * The deck's own dates as the edition's language writes them, written in Node (setup/dates-written.ts) for the
 * components' formatters (i18n/index.ts).
 */
declare module 'virtual:deck-dates-written' {
  export const datesWritten: Readonly<Record<string, string>>
}
