import { contract, type ApiHandlers, type ApiMethod, type Envelope } from './api'
import { MarsadError, toErrorShape } from './errors'

function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name)
}

/**
 * The single entry point every transport uses: checks the method name, validates the request against the
 * contract, calls the handler, and turns the outcome into an envelope. Nothing a caller sends reaches core
 * unvalidated, and nothing core throws escapes as an exception.
 */
export async function dispatchApiCall(handlers: ApiHandlers, methodName: unknown, rawRequest: unknown): Promise<Envelope<unknown>> {
  try {
    if (!isApiMethod(methodName)) {
      throw new MarsadError('unknown-method', `There is no API method called ${String(methodName)}.`)
    }
    const parsed = contract[methodName].request.safeParse(rawRequest ?? {})
    if (!parsed.success) {
      const detail = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'request'}: ${issue.message}`).join('; ')
      throw new MarsadError('bad-request', `Invalid request for ${methodName}: ${detail}`)
    }
    const handler = handlers[methodName] as (request: unknown) => unknown
    const value = await handler(parsed.data)
    return { ok: true, value }
  } catch (error) {
    return { ok: false, error: toErrorShape(error) }
  }
}
