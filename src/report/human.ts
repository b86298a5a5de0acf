/**
 * The default report: `vfile-reporter`, grouped per file, with a summary.
 * Only files with messages are listed. It is meant for people, so the CLI
 * prints it on stderr.
 */
import {reporter} from 'vfile-reporter'
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {pluralize, type Reporter} from './rows.js'

/** The human reporter. */
export const human: Reporter = (files, options) => {
  const report = reporter(files.map(withPages), {
    quiet: true,
    silent: options?.quiet ?? false,
    color: options?.color ?? false,
    verbose: options?.verbose ?? false
  })
  if (report !== '') return report + '\n'
  return options?.quiet ? '' : `${pluralize(files.length, 'file')}: no issues found\n`
}

/**
 * `vfile-reporter` knows lines and columns only: for a place on a page of a
 * PDF, the page goes after the reason, on a copy of the file.
 */
function withPages(file: VFile): VFile {
  if (!file.messages.some((message) => message.page !== undefined)) return file
  const copy = new VFile({path: file.path, cwd: file.cwd})
  copy.messages = file.messages.map((message) => (message.page === undefined ? message : pageMessage(message, message.page)))
  return copy
}

function pageMessage(message: VFileMessage, page: number): VFileMessage {
  const copy = new VFileMessage(`${message.reason} (page ${page})`, {
    place: message.place,
    ruleId: message.ruleId,
    source: message.source,
    cause: message.cause instanceof Error ? message.cause : undefined
  })
  copy.file = message.file
  copy.fatal = message.fatal
  copy.url = message.url
  copy.note = message.note
  return copy
}
