import { windowMethods, type ApiRequest, type ApiResponse, type MarsadBridge, type WindowMethod } from './api'
import { MarsadError } from './errors'

/** The typed client the interface uses: results, or a thrown MarsadError carrying the error code. */
export type MarsadApi = {
  [M in WindowMethod]: (request?: ApiRequest<M>) => Promise<ApiResponse<M>>
}

export function createApiClient(bridge: MarsadBridge): MarsadApi {
  const client: Partial<Record<WindowMethod, unknown>> = {}
  for (const name of windowMethods) {
    client[name] = async (request?: unknown) => {
      const call = bridge[name] as (request?: unknown) => ReturnType<MarsadBridge[typeof name]>
      const envelope = await call(request)
      if (envelope.ok) return envelope.value
      throw new MarsadError(envelope.error.code, envelope.error.message, envelope.error.params)
    }
  }
  return client as MarsadApi
}
