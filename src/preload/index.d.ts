import type { MarsadBridge } from '../shared/api'

declare global {
  interface Window {
    /** The API contract, exposed by the preload in the app and by the test binding in Chromium. */
    marsad: MarsadBridge
  }
}

export {}
