/**
 * The account of every line: lines in a node (from its first to its last
 * line) and furniture are silent, every other line with text is reported.
 */
import {describe, expect, it} from 'vitest'
import {LineAccount, unreadMessages} from '../src/account.js'
import {parse} from '../src/parse.js'
import type {Line} from '../src/read/line.js'

function line(page: number, number: number, text: string): Line {
  return {text, page, line: number, column: 1, indent: 0}
}

async function unread(text: string): Promise<string[]> {
  const document = await parse(new TextEncoder().encode(text), {path: 'motie.txt'})
  return document.messages.filter((message) => message.ruleId === 'unread-line').map((message) => /`(.*)`/u.exec(message.reason)![1]!)
}

describe('LineAccount', () => {
  it('takes every line between a node’s first and last line, across a page break', () => {
    const lines = [line(1, 40, 'a'), line(1, 41, 'b'), line(2, 1, 'c'), line(2, 2, 'd'), line(2, 3, 'e')]
    const account = new LineAccount()
    account.read([lines[3]!, lines[0]!])
    expect(account.unread(lines).map((each) => each.text)).toEqual(['e'])
  })

  it('keeps furniture silent and skips blank lines and rules', () => {
    const lines = [line(1, 1, 'Pagina 1 van 2'), line(1, 2, ''), {...line(1, 3, ''), role: 'separator' as const}, line(1, 4, 'tekst')]
    const account = new LineAccount()
    account.drop([lines[0]!])
    expect(account.unread(lines).map((each) => each.text)).toEqual(['tekst'])
  })

  it('reports a line with its page where the source has pages', () => {
    const [message] = unreadMessages([line(2, 7, 'Y)')], true)
    expect(message).toEqual({
      ruleId: 'unread-line',
      severity: 'info',
      reason: 'Unexpected line `Y)` that no part of a motion took, expected a title, preamble, clause, footnote or signatory, or furniture',
      position: {start: {line: 7, column: 1}, end: {line: 7, column: 3}, page: 2}
    })
  })
})

describe('unread-line in parse', () => {
  it('says nothing about a motion whose every line is read, a heading lead included', async () => {
    const text = `Motie Bomen

De gemeenteraad van Utrecht, in vergadering bijeen op 3 maart 2021,

Constaterende dat:
- er te weinig bomen zijn;

Verzoekt het college:
- meer bomen te planten,

en gaat over tot de orde van de dag.

Ingediend door:
Jan Jansen (GroenLinks)
`
    expect(await unread(text)).toEqual([])
  })

  it('says nothing about a file without a motion (`no-motion` says it)', async () => {
    expect(await unread('Geachte leden van de raad,\n\nHierbij de agenda.\n')).toEqual([])
  })

  it('reports text between the preamble and the first lead', async () => {
    const text = 'De gemeenteraad van Utrecht, in vergadering bijeen op 3 maart 2021,\n\nEen losse zin.\n\nverzoekt het college meer bomen te planten,\n\nen gaat over tot de orde van de dag.\n'
    expect(await unread(text)).toEqual(['Een losse zin.'])
  })
})

describe('unread-line on the stderr of `motie parse`', () => {
  it('shows infos only with --verbose', async () => {
    const {reportLines} = await import('../src/batch/run.js')
    const outcome = {
      status: 'written' as const,
      messages: [{ruleId: 'unread-line', severity: 'info' as const, reason: 'Unexpected line `x`, expected …', position: {start: {line: 3, column: 1}, end: {line: 3, column: 2}}}]
    }
    expect(reportLines('a.txt', outcome, {quiet: false, verbose: false})).toEqual([])
    expect(reportLines('a.txt', outcome, {quiet: false, verbose: true})).toEqual(['a.txt:3:1: info: Unexpected line `x`, expected … [unread-line]\n'])
  })
})
