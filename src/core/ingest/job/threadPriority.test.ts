import { getPriority } from 'node:os'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'

const onLinux = process.platform === 'linux'
if (!onLinux) console.info('Skipping the import threads’ priority check: only Linux gives a thread a priority of its own.')

describe.runIf(onLinux)('lowerThreadPriority', () => {
  it("lowers the priority of the import's thread only, not the window's", async () => {
    // The worker runs the module as the app's import threads do, through tsx here instead of the built bundle.
    const source = `
      require('tsx/cjs')
      const { readlinkSync } = require('node:fs')
      const { getPriority } = require('node:os')
      const { parentPort } = require('node:worker_threads')
      require(${JSON.stringify(join(__dirname, 'threadPriority.ts'))}).lowerThreadPriority()
      parentPort.postMessage(getPriority(Number(readlinkSync('/proc/thread-self').split('/').pop())))
    `
    const worker = new Worker(source, { eval: true })
    const workerPriority = await new Promise((resolve, reject) => worker.once('message', resolve).once('error', reject))
    await worker.terminate()
    expect(workerPriority).toBe(10)
    expect(getPriority()).toBe(0)
  })
})
