/**
 * OCR: scanned PDF pages, mixed PDFs and images go through Tesseract and the
 * PDF layout path; nothing is fetched; `--ocr never` keeps the refusal; OCR
 * is loaded only when a page needs it. The golden outputs of the scanned
 * fixtures (`fixtures/ocr-*`) are checked by `fixtures.test.ts`.
 */
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {createCanvas} from '@napi-rs/canvas'
import {afterAll, describe, expect, it} from 'vitest'
import {MotieError, parse, shutdownOcr} from '../src/index.js'
import {ocrStarted} from '../src/ocr/lifecycle.js'
import {toPageTexts, type OcrLine} from '../src/ocr/words.js'
import {projectRoot} from './util/cli.js'

const fixture = (name: string, file = 'input.pdf'): Uint8Array => readFileSync(join(projectRoot, 'fixtures', name, file))
/** Recognising a page takes seconds, more on a busy machine. */
const slow = 180_000

afterAll(() => shutdownOcr())

describe('OCR', () => {
  it('reads a born-digital PDF without starting OCR under --ocr auto', async () => {
    const document = await parse(fixture('pdf-table-signatures'), {path: 'input.pdf'})
    expect(document.motions.length).toBeGreaterThan(0)
    expect(document.source.ocr).toBeUndefined()
    expect(ocrStarted()).toBe(false)
  })

  it('keeps refusing a scan under --ocr never', async () => {
    await expect(parse(fixture('pdf-scan'), {path: 'input.pdf', ocr: 'never'})).rejects.toMatchObject({code: 'NO_TEXT'})
    await expect(parse(fixture('ocr-image-jpeg', 'input.jpg'), {path: 'input.jpg', ocr: 'never'})).rejects.toMatchObject({code: 'UNSUPPORTED'})
  })

  it('recognises only the scanned page of a mixed PDF', {timeout: slow}, async () => {
    const document = await parse(fixture('ocr-mixed-text-and-scan'), {path: 'input.pdf'})
    expect(document.source.ocr).toEqual([2])
    expect(document.motions.map((motion) => motion.title)).toEqual(['Sportakkoord voor iedereen', 'Bibliotheek in elke kern'])
    expect(document.messages).toContainEqual(expect.objectContaining({ruleId: 'ocr', severity: 'info'}))
    expect(ocrStarted()).toBe(true)
    // Both pages come from one template: a recognised title stands where the printed one does, in points.
    const [printed, scanned] = document.motions.map((motion) => motion.sources.title?.position)
    expect(printed).toMatchObject({page: 1, box: expect.any(Object)})
    expect(scanned).toMatchObject({page: 2, box: expect.any(Object)})
    expect(Math.abs(printed!.box!.x - scanned!.box!.x)).toBeLessThan(3)
    expect(Math.abs(printed!.box!.height - scanned!.box!.height)).toBeLessThan(3)
    for (const clause of document.motions[1]!.considerations) {
      expect(clause.position).toMatchObject({page: 2, box: expect.any(Object)})
      const box = clause.position!.box!
      expect(box.x).toBeGreaterThan(0)
      expect(box.x + box.width).toBeLessThan(595)
      expect(box.y + box.height).toBeLessThan(842)
    }
  })

  it('reads an image as a one-page document', {timeout: slow}, async () => {
    const document = await parse(fixture('ocr-image-jpeg', 'input.jpg'), {path: 'input.jpg'})
    expect(document.source).toMatchObject({format: 'image', pages: 1, ocr: [1]})
    expect(document.motions[0]?.signatories.map((signer) => signer.party)).toEqual(['FNP', 'CDA'])
  })

  it('says a blank page has no text', {timeout: slow}, async () => {
    const canvas = createCanvas(600, 850)
    const context = canvas.getContext('2d')
    context.fillStyle = '#ffffff'
    context.fillRect(0, 0, 600, 850)
    const error = await parse(canvas.toBuffer('image/png'), {path: 'blank.png'}).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(MotieError)
    expect(error).toMatchObject({code: 'NO_TEXT'})
  })

  it('opens no socket while parsing a scan', {timeout: slow}, () => {
    const env = {...process.env, NODE_OPTIONS: `--require ${join(projectRoot, 'test', 'no-network.cjs')}`}
    const bin = join(projectRoot, 'bin', 'motie.js')
    // The guard works: a process that fetches is stopped.
    const guarded = spawnSync(process.execPath, ['-e', "fetch('http://127.0.0.1:9/')"], {env, encoding: 'utf8'})
    expect(guarded.status).toBe(97)
    const run = spawnSync(process.execPath, [bin, 'parse', join(projectRoot, 'fixtures', 'ocr-image-jpeg', 'input.jpg'), '--jobs', '1'], {env, encoding: 'utf8'})
    expect(run.stderr).not.toContain('network used')
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout).source.ocr).toEqual([1])
  })
})

describe('OCR words → layout runs', () => {
  const line = (y: number, words: [string, number, number][], slope = 0): OcrLine => ({
    baseline: {x0: words[0]![1], y0: y, x1: words.at(-1)![2], y1: y + slope},
    rowHeight: 46,
    words: words.map(([text, x0, x1]) => ({text, confidence: 95, bbox: {x0, y0: y - 34, x1, y1: y + 10}}))
  })

  it('gives every bullet at one indent the glyph most were read as', () => {
    const [page] = toPageTexts([
      {
        page: 1,
        width: 2480,
        height: 3508,
        scale: 300 / 72,
        lines: [
          line(1000, [['>', 350, 374], ['Pas', 494, 560], ['als', 580, 640], ['men', 660, 740]]),
          line(1100, [['a', 350, 374], ['Inzet', 494, 600], ['van', 620, 700], ['guests', 720, 860]]),
          line(1200, [['>', 350, 374], ['Het', 494, 560], ['op', 580, 640], ['papier', 660, 780]]),
          line(1300, [['°', 490, 510], ['klant', 640, 760], ['ogen', 780, 860]]),
          line(1400, [['De', 350, 400], ['raad', 420, 500], ['besluit', 520, 640]])
        ]
      }
    ])
    const firsts = page!.text.runs.filter((run, index, runs) => index === 0 || runs[index - 1]!.transform[5] !== run.transform[5]).map((run) => run.str)
    expect(firsts).toEqual(['\u27a2', '\u27a2', '\u27a2', 'o', 'De'])
  })

  it('turns a skewed page back so one indent stays one indent', () => {
    const slope = 20
    const lines = [0, 1, 2, 3].map((index) => line(1000 + index * 600, [['een', 500 - index * 7.5, 600 - index * 7.5], ['twee', 650 - index * 7.5, 800 - index * 7.5], ['drie', 850 - index * 7.5, 2100 - index * 7.5]], slope))
    const [page] = toPageTexts([{page: 1, width: 2480, height: 3508, scale: 300 / 72, lines}])
    const lefts = page!.text.runs.filter((run) => run.str === 'een').map((run) => run.transform[4]!)
    expect(Math.max(...lefts) - Math.min(...lefts)).toBeLessThan(1)
  })
})

describe('image headers', () => {
  it('reads the size of PNG and JPEG files without decoding them', async () => {
    const {imageKind, imageSize} = await import('../src/ocr/image.js')
    const canvas = createCanvas(120, 80)
    const png = canvas.toBuffer('image/png')
    const jpeg = canvas.toBuffer('image/jpeg')
    expect([imageKind(png), imageSize(png)]).toEqual(['png', {width: 120, height: 80}])
    expect(imageKind(jpeg)).toBe('jpeg')
    expect(imageSize(jpeg)).toMatchObject({width: 120, height: 80})
    expect(imageKind(new TextEncoder().encode('%PDF-1.7'))).toBeUndefined()
  })
})
