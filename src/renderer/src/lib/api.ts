import { createApiClient } from '../../../shared/client'

/** The only module that touches window.marsad; everything else imports `api` from here. */
export const api = createApiClient(window.marsad)
export const onApiEvent: typeof window.marsad.on = (event, listener) => window.marsad.on(event, listener)
