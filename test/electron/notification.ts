import { EventEmitter } from 'node:events'

/** What main passed to `new Notification(options)`, as far as the stand-in keeps it. */
export interface NotificationOptions {
  title?: string
  subtitle?: string
  body?: string
  silent?: boolean
}

/**
 * Electron's `Notification` (https://www.electronjs.org/docs/latest/api/notification): made with its options,
 * on screen only once `show()` is called (which emits `show`); `close()` dismisses it and emits `close`;
 * `isSupported()` is static and says whether the desktop can show notifications: the stand-in's desktop always
 * can. Nothing reaches a real desktop:
 * each notification shown is recorded in the list the class was made with, where a spec reads it and can click it
 * (`click` is emitted as Electron emits it when the user clicks the notification).
 */
export interface NotificationClass {
  new (options?: NotificationOptions): StandInNotification
  isSupported(): boolean
}

export function notificationClass(shown: StandInNotification[]): NotificationClass {
  return class Notification extends StandInNotification {
    static isSupported(): boolean {
      return true
    }

    show(): void {
      if (!shown.includes(this)) shown.push(this)
      this.emit('show', { preventDefault() {} })
    }
  }
}

export abstract class StandInNotification extends EventEmitter {
  title: string
  subtitle: string
  body: string
  silent: boolean

  constructor(options: NotificationOptions = {}) {
    super()
    this.title = options.title ?? ''
    this.subtitle = options.subtitle ?? ''
    this.body = options.body ?? ''
    this.silent = options.silent ?? false
  }

  abstract show(): void

  close(): void {
    this.emit('close', { preventDefault() {} })
  }

  /** The user clicks the notification. */
  click(): void {
    this.emit('click', { preventDefault() {} })
  }
}
