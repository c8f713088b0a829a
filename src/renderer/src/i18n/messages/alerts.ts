import type { MessageBundle } from './types'

export interface AlertMessages {
  alertOn: string
  alertMute: string
  alertUnmute: string
  alertOff: string
  alertOnBadge: string
  alertMutedBadge: string
}

export const alertMessages: MessageBundle<AlertMessages> = {
  en: () => ({
    alertOn: 'Alert me to new stories',
    alertMute: 'Mute the alert',
    alertUnmute: 'Unmute the alert',
    alertOff: 'Turn the alert off',
    alertOnBadge: 'Alert on',
    alertMutedBadge: 'Alert muted'
  }),
  ar: () => ({
    alertOn: 'نبّهني إلى الأخبار الجديدة',
    alertMute: 'كتم التنبيه',
    alertUnmute: 'إلغاء كتم التنبيه',
    alertOff: 'إيقاف التنبيه',
    alertOnBadge: 'التنبيه مفعّل',
    alertMutedBadge: 'التنبيه مكتوم'
  })
}
