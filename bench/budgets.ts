/**
 * The byte budgets of issues #5 and #15, as ratios to a bare Slidev deck measured in the same run: what a
 * first visit costs is deterministic (same build, same requests), so these are asserted in
 * `npm test` (tests/e2e/budgets.spec.ts) and checked again by `npm run bench`.
 */

export const budgetRatios = {
  /** Slide 1, first visit: at most 80 % of the bare deck's slide 1. */
  firstSlide: 0.80,
  /** The deck's heaviest slide, first visit: at most 10 % more than the bare deck's heaviest. */
  heaviestSlide: 1.10,
} as const

export interface BudgetCheck {
  name: string
  /** This deck / bare deck. */
  ratio: number
  limit: number
  ok: boolean
}

/** What a budget needs of a slide's first visit (a FirstVisit, or its summary in .bench/results.json). */
export interface VisitSize {
  slide: number
  gzipBytes: number
}

/** The visit with the most bytes (the first such slide on a tie). */
export function heaviest<T extends VisitSize>(visits: readonly T[]): T {
  if (visits.length === 0)
    throw new Error('no slide was measured')
  return visits.reduce((a, b) => (b.gzipBytes > a.gzipBytes ? b : a))
}

export function firstSlide<T extends VisitSize>(visits: readonly T[]): T {
  const visit = visits.find(v => v.slide === 1)
  if (!visit)
    throw new Error('slide 1 was not measured')
  return visit
}

export function checkBudgets(deck: readonly VisitSize[], bare: readonly VisitSize[]): BudgetCheck[] {
  const check = (name: string, ours: VisitSize, theirs: VisitSize, limit: number): BudgetCheck => {
    const ratio = ours.gzipBytes / theirs.gzipBytes
    return { name, ratio, limit, ok: ratio <= limit }
  }
  return [
    check('slide 1, first visit', firstSlide(deck), firstSlide(bare), budgetRatios.firstSlide),
    check(`heaviest slide (${heaviest(deck).slide}), first visit`, heaviest(deck), heaviest(bare), budgetRatios.heaviestSlide),
  ]
}
