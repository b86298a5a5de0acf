import {describe, expect, it} from 'vitest'
import {findDates, isValid, toIso} from '../src/dates.js'

const iso = (text: string) => findDates(text).map((date) => (date.year ? toIso(date.year, date.month, date.day) : `----${date.month}-${date.day}`))

describe('findDates', () => {
  it.each([
    ['in vergadering bijeen op 25 juni 2015;', ['2015-06-25']],
    ['op woensdag 28 april 2010 besprekende', ['2010-04-28']],
    ['bijeen op maandag 3 oktober 2022.', ['2022-10-03']],
    ['d.d. 12-03-2013,', ['2013-03-12']],
    ['op 3 okt. 2022', ['2022-10-03']],
    ['op 1 mrt 2021', ['2021-03-01']],
    ['12/3/15', ['2015-03-12']],
    ['Voorgesteld 9 februari 2023', ['2023-02-09']],
    ['op 2 sept. 2019', ['2019-09-02']],
    ['vergadering van 2019-06-25', ['2019-06-25']],
    ['op 25 juni over de kadernota 2015', ['----6-25']],
    ['de 1e december 2020', ['2020-12-01']],
    ['bijeen op 03-02-2021,', ['2021-02-03']],
    ['in vergadering bijeen d.d. 5 juli 2019,', ['2019-07-05']],
    ['bijeen op 12 maart j.l.,', ['----3-12']],
    ['op donderdag 12 maart 2020,', ['2020-03-12']],
    ['in vergadering bijeen op 7 en 8 november 2023,', ['2023-11-07']],
    ['vergadering van 3 t/m 5 juli 2024', ['2024-07-03']],
    ['op 7-8 november 2023', ['2023-11-07']],
    ['motie nr. 45 en 8 november 2023', ['2023-11-08']],
    ["bijeen op 12-03-'21,", ['2021-03-12']],
    ['op 3 maart 2021 (vervolg 4 maart),', ['2021-03-03', '----3-4']]
  ])('%s', (text, expected) => {
    expect(iso(text)).toEqual(expected)
  })

  it('keeps the order of the text and the text as printed', () => {
    const dates = findDates('Ingediend op 15 februari 2023, behandeld op 2 maart 2023')
    expect(dates.map((date) => date.text)).toEqual(['15 februari 2023', '2 maart 2023'])
  })

  it('rejects days that do not exist', () => {
    expect(findDates('op 31 februari 2023')).toEqual([])
    expect(isValid(2024, 2, 29)).toBe(true)
    expect(isValid(2023, 2, 29)).toBe(false)
  })

  it('does not read amounts or article numbers as dates', () => {
    expect(findDates('artikel 1.3, lid 5 en € 220.000,-')).toEqual([])
    expect(findDates('3,7 % procent van de stemmen')).toEqual([])
  })
})
