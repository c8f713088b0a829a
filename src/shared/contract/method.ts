import { z } from 'zod'

/** Declares a contract method: the request schema now, the response type through `returns<T>()`. */
export function method<Request extends z.ZodType>(request: Request) {
  return {
    returns<Response>() {
      return { request, response: undefined as unknown as Response }
    }
  }
}

export const noArguments = z.object({}).strict()

/** Paging fields shared by list requests. */
export const paging = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(50)
}

export const storyId = z.number().int().positive()
