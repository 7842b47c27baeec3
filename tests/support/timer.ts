/** The presenter timer's display, as Slidev's TimerInlined shows it: m:ss, or h:mm:ss from an hour. */
export function formatTimer(totalSeconds: number): string {
  const hours = Math.floor(totalSeconds / 3600)
  const minutes = Math.floor(totalSeconds / 60) % 60
  const seconds = String(Math.floor(totalSeconds % 60)).padStart(2, '0')
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`
}

/** Seconds shown by a timer display such as "14:58" or "1:02:03". */
export function parseTimer(display: string): number {
  return display.trim().split(':').map(Number).reduce((total, part) => total * 60 + part, 0)
}
