import type { ImportAlert } from '../../shared/contract/alerts'

/** What a desktop notification says. */
export interface AlertNotice {
  title: string
  body: string
}

/** Imports within this long of a notification make one more notification together, at its end. */
export const ALERT_WINDOW_MS = 60_000

/**
 * Turns alerts into desktop notifications, without a flood: the first alert after a quiet minute is told at once;
 * alerts raised in the minute after it are gathered and told together when the minute is up. Muted alerts are
 * never told. Says nothing itself: `show` is the app's Notification.
 */
export class AlertNotifications {
  private gathered: ImportAlert[] = []
  private windowTimer: NodeJS.Timeout | null = null

  constructor(private readonly show: (notice: AlertNotice) => void) {}

  add(alerts: readonly ImportAlert[]): void {
    const told = alerts.filter((alert) => alert.alert === 'on')
    if (told.length === 0) return
    if (this.windowTimer) {
      this.gathered.push(...told)
      return
    }
    this.show(noticeFor(told))
    this.openWindow()
  }

  close(): void {
    if (this.windowTimer) clearTimeout(this.windowTimer)
    this.windowTimer = null
    this.gathered = []
  }

  private openWindow(): void {
    this.windowTimer = setTimeout(() => {
      this.windowTimer = null
      const gathered = this.gathered
      this.gathered = []
      if (gathered.length === 0) return
      this.show(noticeFor(gathered))
      this.openWindow()
    }, ALERT_WINDOW_MS)
  }
}

/** "5 new stories for «Korea»" (or "for 2 alerts"), and the first story's title. */
export function noticeFor(alerts: readonly ImportAlert[]): AlertNotice {
  const bySearch = new Map<number, ImportAlert[]>()
  for (const alert of alerts) bySearch.set(alert.savedSearchId, [...(bySearch.get(alert.savedSearchId) ?? []), alert])
  const count = alerts.reduce((sum, alert) => sum + alert.new, 0)
  const stories = `${count} new ${count === 1 ? 'story' : 'stories'}`
  const subject = bySearch.size === 1 ? `«${alerts[0]!.savedSearch}»` : `${bySearch.size} alerts`
  return { title: `${stories} for ${subject}`, body: alerts[0]!.firstTitle }
}
