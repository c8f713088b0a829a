/**
 * `npm run bench:briefing`: a 50-item briefing of real articles (../shared/data/arabic-news/sample.jsonl) exported as
 * PDF, HTML and DOCX. Prints the time to start Chromium, the time of a first export that has to start it, the time of
 * exports with Chromium already running (the first of them also decodes the embedded fonts, which the printer then
 * keeps), and the files' sizes. The targets: a PDF in under 3 s once Chromium runs, and under 2 MB.
 * scripts/bench-briefing-app.ts then measures the same briefing exported by the app.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { BriefingExporter, BriefingService, ChromiumPdfPrinter, buildBriefingDocument } from '../src/core/briefing'
import { openLibrary, prepareStory, storyFields, type Library } from '../src/core/library'
import { TagService } from '../src/core/organise'
import { articleFields, readArticles, SAMPLE_PATH } from './search/corpus'

const ITEMS = 50
const SECTIONS = 5
const WARM_RUNS = 5
const BENCH_DIR = '/tmp/marsad-bench'

function seconds(started: number): number {
  return (performance.now() - started) / 1000
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

function firstSentence(body: string): string {
  return (
    body
      .split(/(?<=[.!?؟])\s+|\n+/)
      .find((sentence) => sentence.trim().length > 40)
      ?.trim() ?? body.slice(0, 200)
  )
}

/** 50 articles in five sections of ten, each with a comment; every third with an excerpt; tags and a few links. */
export async function composeBriefing(library: Library): Promise<number> {
  const articles = readArticles()
    .filter((article) => article.title && article.body.length > 300)
    .slice(0, ITEMS)
  const ids = library.transaction(() =>
    articles.map((article) => library.stories.add(prepareStory(storyFields(articleFields(article)))).id)
  )
  const tags = new TagService(library)
  for (const [index, id] of ids.entries()) await tags.tag([`قسم ${1 + (index % SECTIONS)}`, articles[index]!.category], { storyIds: [id] })
  for (let index = 1; index < ids.length; index += 7) library.links.add({ from: ids[index]!, to: ids[index - 1]!, kind: 'follows' })

  const service = new BriefingService(library)
  const briefing = service.create('الموجز الأسبوعي للأخبار الدولية', {
    subtitle: 'خمسون خبرًا في خمسة أقسام',
    author: 'وحدة الرصد الإعلامي',
    classification: 'للاستخدام الداخلي',
    introduction: articles
      .slice(0, 3)
      .map((article) => firstSentence(article.body))
      .join('\n')
  })
  for (let section = 0; section < SECTIONS; section++) {
    const storyIds = ids.slice(section * (ITEMS / SECTIONS), (section + 1) * (ITEMS / SECTIONS))
    const added = await service.add(briefing.id, { storyIds, section: `القسم ${section + 1}: ${articles[section * 10]!.category}` })
    added.itemIds.forEach((itemId, index) => {
      const article = articles[section * 10 + index]!
      service.updateItem(itemId, {
        comment: `تعليق المحلل على الخبر: ${firstSentence(article.body).slice(0, 160)}`,
        ...(index % 3 === 0 ? { excerpt: firstSentence(article.body) } : {})
      })
    })
  }
  return briefing.id
}

function pdfPages(file: string): string {
  try {
    return /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? '?'
  } catch {
    return '? (pdfinfo not installed)'
  }
}

async function main(): Promise<void> {
  if (!existsSync(SAMPLE_PATH)) {
    console.log(`bench:briefing needs ${SAMPLE_PATH} (../shared/data); it is not here, so there is nothing to measure.`)
    return
  }
  mkdirSync(BENCH_DIR, { recursive: true })
  const path = join(BENCH_DIR, `briefing-${process.pid}.marsad`)
  const library = openLibrary(path)
  try {
    const briefingId = await composeBriefing(library)
    const document = () => buildBriefingDocument(library, new BriefingService(library).get(briefingId))
    console.log(`Briefing: ${ITEMS} real articles in ${SECTIONS} sections, each with a comment, every third with an excerpt.`)

    // Cold: the first export of a session starts Chromium.
    const cold = new BriefingExporter(new ChromiumPdfPrinter())
    let started = performance.now()
    await cold.export(document(), 'pdf')
    const coldSeconds = seconds(started)
    await cold.close()

    const printer = new ChromiumPdfPrinter()
    const exporter = new BriefingExporter(printer)
    started = performance.now()
    await printer.start()
    const startSeconds = seconds(started)
    // The first print in a running Chromium decodes the embedded fonts; the printer keeps them for the next ones.
    started = performance.now()
    await exporter.export(document(), 'pdf')
    const firstWarmSeconds = seconds(started)
    const warm: number[] = []
    let pdf: Buffer = Buffer.alloc(0)
    for (let run = 0; run < WARM_RUNS; run++) {
      started = performance.now()
      pdf = (await exporter.export(document(), 'pdf')).data
      warm.push(seconds(started))
    }
    await exporter.close()

    started = performance.now()
    const html = (await exporter.export(document(), 'html')).data
    const htmlSeconds = seconds(started)
    started = performance.now()
    const docx = (await exporter.export(document(), 'docx')).data
    const docxSeconds = seconds(started)

    const pdfFile = join(BENCH_DIR, 'briefing-50.pdf')
    writeFileSync(pdfFile, pdf)
    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2)
    console.log(`Chromium start (launch and a warm page):  ${startSeconds.toFixed(2)} s`)
    console.log(`PDF, first export (starts Chromium):      ${coldSeconds.toFixed(2)} s`)
    console.log(`PDF, Chromium running, first (decodes fonts): ${firstWarmSeconds.toFixed(2)} s`)
    console.log(
      `PDF, Chromium running (median of ${WARM_RUNS} more):  ${median(warm).toFixed(2)} s  (runs: ${warm.map((value) => value.toFixed(2)).join(', ')} s; target < 3 s)`
    )
    console.log(`PDF size: ${mb(pdf.length)} MB (target < 2 MB), ${pdfPages(pdfFile)} pages; kept at ${pdfFile}`)
    console.log(`HTML: ${htmlSeconds.toFixed(2)} s, ${mb(html.length)} MB (fonts included)`)
    console.log(`DOCX: ${docxSeconds.toFixed(2)} s, ${mb(docx.length)} MB (font embedded)`)
  } finally {
    library.close()
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true })
  }
}

// Run, not imported (scripts/bench-briefing-app.ts takes composeBriefing).
if (require.main === module) void main()
