/**
 * What the data check reports, and how: each problem names its file, its record and its field, and
 * is printed on one line. The lines are sorted by file, then by record in the file's order, each
 * mistake once, and end with a count.
 */

/** Where each collection lives, so that an error points at the file to fix. */
export const dataFiles = {
  event: 'data/event.ts',
  categories: 'data/categories.ts',
  priorities: 'data/priorities.ts',
  partners: 'data/partners.ts',
  projects: 'data/projects.ts',
} as const

export type Collection = Exclude<keyof typeof dataFiles, 'event'>

/** A record of a data file, as a message names it, and where it stands in its file. */
export interface RecordRef {
  file: string
  /** e.g. `project "swot" (projects[3])`, or `projects` for the list as a whole */
  record: string
  /** The record's index in its list, to sort by; -1 for the list as a whole. */
  position: number
}

export interface DataProblem extends RecordRef {
  /** e.g. `partners[0]`, `milestones[1].date` */
  field: string
  message: string
}

/** Singular noun and identifying key per collection, for messages like `partner "US"`. */
const recordNaming: Record<Collection, { noun: string, key: string }> = {
  categories: { noun: 'category', key: 'id' },
  priorities: { noun: 'priority', key: 'id' },
  partners: { noun: 'partner', key: 'code' },
  projects: { noun: 'project', key: 'id' },
}

/** The record at `index` of a collection, named by its id when it has a usable one. */
export function recordRef(collection: Collection, index: number, record: unknown): RecordRef {
  const { noun, key } = recordNaming[collection]
  const id = typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[key] : undefined
  const name = typeof id === 'string' && id !== '' ? `${noun} "${id}"` : `${noun} #${index + 1}`
  return { file: dataFiles[collection], record: `${name} (${collection}[${index}])`, position: index }
}

/** A collection as a whole, for a problem no single record holds (an empty list, a missing kind). */
export function listRef(collection: Collection): RecordRef {
  return { file: dataFiles[collection], record: collection, position: -1 }
}

export const eventRef: RecordRef = { file: dataFiles.event, record: 'event', position: 0 }

export function problemAt(ref: RecordRef, field: string, message: string): DataProblem {
  return { file: ref.file, record: ref.record, position: ref.position, field, message }
}

export function problemLine(problem: DataProblem): string {
  return `${problem.file}: ${problem.record}, field "${problem.field}": ${problem.message}`
}

const byFieldName = new Intl.Collator('en', { numeric: true })

/** Sorted by file, record and field, each line once. */
export function sortedProblems(problems: readonly DataProblem[]): DataProblem[] {
  const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.position - b.position || byFieldName.compare(a.field, b.field))
  return sorted.filter((problem, i) => i === 0 || problemLine(problem) !== problemLine(sorted[i - 1]!))
}

/** The data failed its check: one line per problem, then the count. */
export class DataError extends Error {
  readonly problems: readonly DataProblem[]

  constructor(problems: readonly DataProblem[]) {
    const sorted = sortedProblems(problems)
    super([
      ...sorted.map(problemLine),
      `${sorted.length} problem${sorted.length === 1 ? '' : 's'} in the deck's data; nothing was rendered.`,
    ].join('\n'))
    this.name = 'DataError'
    this.problems = sorted
  }
}

/**
 * A data file that could not be read (a syntax error, or one it raised while loading), as one line:
 * `data/projects.ts:80:4: Expected identifier but found "]"`.
 */
export class DataFileError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DataFileError'
  }
}

/** The deck's data was refused: its message, as is, is what to print. */
export function isDataFailure(error: unknown): error is DataError | DataFileError {
  return error instanceof DataError || error instanceof DataFileError
}
