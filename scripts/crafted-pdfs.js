#!/usr/bin/env node
/**
 * Writes the crafted PDFs of test/crafted/ (`npm run fixtures:crafted`): files
 * built by hand to try what an archive from outside may hold. Each is small
 * and deterministic, so the committed files are exactly what this script
 * writes. test/crafted.test.ts checks what motie makes of each.
 *
 * - javascript-embedded.pdf: an OpenAction with JavaScript, a JavaScript name
 *   tree and an embedded file, beside a normal motion (all ignored).
 * - font-cve-2024-4367.pdf: a Type1 font whose FontMatrix carries JavaScript,
 *   shaped like the proof of concept of CVE-2024-4367 (nothing may run).
 * - cyclic.pdf: a page tree whose Kids lead back to itself.
 * - broken-xref.pdf: every xref offset wrong; pdf.js rebuilds the table.
 * - empty-user-password.pdf: RC4 encryption with an empty user password
 *   (opens without one) and an owner password.
 * - many-pages.pdf: 3,000 pages that share one content stream.
 * - huge-image.pdf: a page with an image that claims 40,000 × 40,000 pixels.
 */
import {createHash} from 'node:crypto'
import {mkdirSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const out = fileURLToPath(new URL('../test/crafted/', import.meta.url))

const motion = [
  'Motie Veilige fietsroutes',
  'De gemeenteraad van Voorbeeldstad, in vergadering bijeen op 3 december 2026,',
  'constaterende dat veel kinderen op de fiets naar school gaan;',
  'verzoekt het college om veilige fietsroutes aan te leggen,',
  'en gaat over tot de orde van de dag.',
  'A. de Fietser (Fietspartij)'
]

/** A content stream that shows `lines` in font /F1. */
function content(lines) {
  const escaped = lines.map((line) => `(${line.replace(/[\\()]/g, (char) => `\\${char}`)}) Tj 0 -16 Td`)
  return `BT /F1 11 Tf 72 760 Td ${escaped.join(' ')} ET`
}

function stream(body, dict = '') {
  return `<< /Length ${Buffer.byteLength(body, 'latin1')} ${dict} >>\nstream\n${body}\nendstream`
}

/**
 * A PDF of `objects` (bodies of objects 1…n; object 1 is the catalog), with a
 * correct xref table unless `breakXref`.
 */
function pdf(objects, {trailer = '', breakXref = false} = {}) {
  let text = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n'
  const offsets = []
  objects.forEach((body, index) => {
    offsets.push(text.length)
    text += `${index + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = text.length
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) text += `${String(breakXref ? offset + 7 : offset).padStart(10, '0')} 00000 n \n`
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer} >>\nstartxref\n${breakXref ? xref + 3 : xref}\n%%EOF\n`
  return Buffer.from(text, 'latin1')
}

const helvetica = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
const page = (contents, font = '4 0 R', extra = '') =>
  `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} >> ${extra} >> /Contents ${contents} >>`

/** The plain motion: catalog, pages, page, font, content. */
function plain(catalogExtra = '', more = []) {
  return [`<< /Type /Catalog /Pages 2 0 R ${catalogExtra} >>`, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', page('5 0 R'), helvetica, stream(content(motion)), ...more]
}

const craft = () => ({
  'javascript-embedded.pdf': pdf(
    plain('/OpenAction 6 0 R /Names << /JavaScript << /Names [(run) 6 0 R] >> /EmbeddedFiles << /Names [(payload.exe) 7 0 R] >> >>', [
      "<< /S /JavaScript /JS (app.alert\\('motie'\\); this.exportDataObject\\({cName: 'payload.exe', nLaunch: 2}\\);) >>",
      '<< /Type /Filespec /F (payload.exe) /UF (payload.exe) /EF << /F 8 0 R >> >>',
      stream('MZ this is not a program', '/Type /EmbeddedFile')
    ])
  ),
  'font-cve-2024-4367.pdf': pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    page('5 0 R'),
    // The proof of concept: a FontMatrix entry that closes pdf.js's generated code and appends its own.
    '<< /Type /Font /Subtype /Type1 /BaseFont /Pwned /FirstChar 32 /LastChar 126 /FontDescriptor 6 0 R ' +
      '/FontMatrix [0.001 0 0 0.001 0 (0\\); globalThis.motieOwned = 1; process.exit\\(99\\); //)] >>',
    stream(content(motion)),
    '<< /Type /FontDescriptor /FontName /Pwned /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile 7 0 R >>',
    stream('%!PS-AdobeFont-1.0: Pwned\n/FontMatrix [0.001 0 0 0.001 0 (0\\); globalThis.motieOwned = 1; //)] readonly def\ncurrentfile eexec\n', '/Length1 80 /Length2 0 /Length3 0')
  ]),
  'cyclic.pdf': pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>',
    page('5 0 R'),
    helvetica,
    stream(content(motion)),
    // A Pages node that lists the root as its kid, and is its own parent.
    '<< /Type /Pages /Parent 6 0 R /Kids [2 0 R 6 0 R] /Count 1 >>'
  ]),
  'broken-xref.pdf': pdf(plain(), {breakXref: true}),
  'many-pages.pdf': (() => {
    const count = 3000
    const kids = Array.from({length: count}, (_, index) => `${index + 5} 0 R`).join(' ')
    const pages = Array.from({length: count}, () => page('4 0 R', '3 0 R'))
    return pdf(['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids}] /Count ${count} >>`, helvetica, stream(content(motion)), ...pages])
  })(),
  'huge-image.pdf': pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    page('5 0 R', '4 0 R', '/XObject << /Im1 6 0 R >>'),
    helvetica,
    stream(`q 500 0 0 500 50 50 cm /Im1 Do Q ${content(motion)}`),
    stream('\u0000'.repeat(64), '/Type /XObject /Subtype /Image /Width 40000 /Height 40000 /ColorSpace /DeviceRGB /BitsPerComponent 8')
  ]),
  'empty-user-password.pdf': encrypted(plain(), {user: '', owner: 'geheim'})
})

/** RC4, which PDF encryption revision 2 uses (and OpenSSL 3 leaves out by default). */
function rc4(key, data) {
  const s = Array.from({length: 256}, (_, index) => index)
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 255
    ;[s[i], s[j]] = [s[j], s[i]]
  }
  const result = Buffer.alloc(data.length)
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255
    j = (j + s[i]) & 255
    ;[s[i], s[j]] = [s[j], s[i]]
    result[n] = data[n] ^ s[(s[i] + s[j]) & 255]
  }
  return result
}

const padding = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex')
const padded = (password) => Buffer.concat([Buffer.from(password, 'latin1'), padding]).subarray(0, 32)
const md5 = (...parts) => createHash('md5').update(Buffer.concat(parts)).digest()
const hexString = (bytes) => `<${bytes.toString('hex')}>`

/** The objects, encrypted with the standard security handler, revision 2 (40-bit RC4). */
function encrypted(objects, {user, owner}) {
  const id = md5(Buffer.from('motie crafted'))
  const o = rc4(md5(padded(owner)).subarray(0, 5), padded(user))
  const permissions = -4
  const p = Buffer.alloc(4)
  p.writeInt32LE(permissions)
  const key = md5(padded(user), o, p, id).subarray(0, 5)
  const u = rc4(key, padding)
  const objectKey = (number) => md5(key, Buffer.from([number & 255, (number >> 8) & 255, (number >> 16) & 255, 0, 0])).subarray(0, 10)
  const sealed = objects.map((body, index) => {
    const match = /^<< \/Length (\d+) ([^]*?)>>\nstream\n([^]*)\nendstream$/.exec(body)
    if (!match) return body
    const data = rc4(objectKey(index + 1), Buffer.from(match[3], 'latin1')).toString('latin1')
    return `<< /Length ${data.length} ${match[2]}>>\nstream\n${data}\nendstream`
  })
  const encrypt = `<< /Filter /Standard /V 1 /R 2 /O ${hexString(o)} /U ${hexString(u)} /P ${permissions} >>`
  return pdf([...sealed, encrypt], {trailer: `/Encrypt ${sealed.length + 1} 0 R /ID [${hexString(id)} ${hexString(id)}]`})
}

mkdirSync(out, {recursive: true})
for (const [name, data] of Object.entries(craft())) {
  writeFileSync(new URL(name, new URL('../test/crafted/', import.meta.url)), data)
  console.log(`test/crafted/${name}: ${data.length} bytes`)
}
// Markdown nested 20,000 levels deep: one line of block quote markers.
writeFileSync(new URL('deep-quote.md', new URL('../test/crafted/', import.meta.url)), `${'>'.repeat(20_000)} constaterende dat het diep gaat\n`)
console.log('test/crafted/deep-quote.md')
