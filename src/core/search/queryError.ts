import { MarsadError } from '../../shared/errors'

/** An `invalid-query` error; `position` is the UTF-16 index of the problem, the message counts from 1. */
export function queryError(message: string, position: number): MarsadError {
  return new MarsadError('invalid-query', `${message} (at character ${position + 1}).`, { position })
}
