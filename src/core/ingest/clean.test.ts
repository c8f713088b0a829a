import { describe, expect, it } from 'vitest'
import { cleanBody, splitDateline } from './clean'

const lines = (text: string): string[] => text.split('\n')

describe('cleanBody', () => {
  it('takes inline teasers out of the body and keeps their headlines', () => {
    const cleaned = cleanBody(lines('الفقرة الأولى من الخبر.\nاقرأ أيضا: عنوان خبر آخر\nالفقرة الثانية.'))
    expect(cleaned.body).toBe('الفقرة الأولى من الخبر.\nالفقرة الثانية.')
    expect(cleaned.teasers).toEqual(['عنوان خبر آخر'])
  })

  it('takes a marker and its short headline lines out, and resumes at the first real paragraph', () => {
    const cleaned = cleanBody(
      lines(
        [
          'بدأ الخبر بهذه الفقرة.',
          'إقرأ أيضاً',
          'عنوان أول قصير',
          'Read also: second headline',
          'وعاد النص إلى مجراه في هذه الفقرة.',
          'سطر قصير بلا نقطة لا يسبقه مؤشر'
        ].join('\n')
      )
    )
    expect(cleaned.teasers).toEqual(['عنوان أول قصير', 'second headline'])
    expect(cleaned.body).toBe('بدأ الخبر بهذه الفقرة.\nوعاد النص إلى مجراه في هذه الفقرة.\nسطر قصير بلا نقطة لا يسبقه مؤشر')
  })

  it('ends a teaser list at a headline that ends a sentence, as the manifest does', () => {
    const cleaned = cleanBody(lines('نص.\nاقرأ أيضاً:\nالانتخابات: تقدم واضح للتيار\nهل إيران هي الفائز؟\nعنوان ثالث'))
    expect(cleaned.teasers).toEqual(['الانتخابات: تقدم واضح للتيار'])
    expect(cleaned.body).toBe('نص.\nهل إيران هي الفائز؟\nعنوان ثالث')
  })

  it('takes English pages\' lists of other stories out, headed "SEE MORE: …", "DON\'T MISS" or "You may also like..."', () => {
    const cleaned = cleanBody(
      lines(
        [
          'The first paragraph of the story.',
          'SEE MORE: Students under siege in university',
          'The second paragraph of the story.',
          "DON'T MISS",
          'Ministers furious at the summit [INSIGHT]',
          'Final decision on the game [VIDEO]',
          'The third paragraph of the story.',
          'You may also like...',
          'The list for 2020 is out',
          'The five worst decisions ever'
        ].join('\n')
      )
    )
    expect(cleaned.body).toBe('The first paragraph of the story.\nThe second paragraph of the story.\nThe third paragraph of the story.')
    expect(cleaned.teasers).toEqual([
      'Students under siege in university',
      'Ministers furious at the summit [INSIGHT]',
      'Final decision on the game [VIDEO]',
      'The list for 2020 is out',
      'The five worst decisions ever'
    ])
  })

  it('removes trailing boilerplate, on its own line or glued to the last sentence', () => {
    expect(cleanBody(lines('آخر جملة في الخبر. أخبار ذات صلة')).body).toBe('آخر جملة في الخبر.')
    expect(cleanBody(lines('آخر جملة في الخبر.\nشارك هذا الخبر\n\nاقرأ المزيد')).body).toBe('آخر جملة في الخبر.')
    expect(cleanBody(lines('The end of the story. Share this article')).body).toBe('The end of the story.')
  })

  it('keeps "read more" lines that carry a headline in mid-article', () => {
    const body = 'فقرة أولى.\nاقرأ المزيد: فرنسا: أبرز تفاصيل الهجوم\nفقرة ثانية.'
    expect(cleanBody(lines(body)).body).toBe(body)
  })

  it('removes an opening dateline and reports its source', () => {
    const cleaned = cleanBody(lines('\nالمستقلة/- زعم الكرملين يوم السبت أنه طرد القوات.\nفقرة ثانية.'))
    expect(cleaned.datelineSource).toBe('المستقلة')
    expect(cleaned.body).toBe('زعم الكرملين يوم السبت أنه طرد القوات.\nفقرة ثانية.')
  })

  it('drops blank lines and the spaces before the first word', () => {
    expect(cleanBody(lines('   \n  أول فقرة.\n  ثانية.')).body).toBe('أول فقرة.\n  ثانية.')
  })

  it('keeps the words exactly as written', () => {
    const body = 'كَتَبَ المراسل عن كـــوريا و کوریا.\n\n\nفقرة ثانية.'
    expect(cleanBody(lines(body)).body).toBe('كَتَبَ المراسل عن كـــوريا و کوریا.\nفقرة ثانية.')
  })
})

describe('splitDateline', () => {
  it.each([
    ['فرانس 24/- تجد العاصمة نفسها', 'فرانس 24', 'تجد العاصمة نفسها'],
    ['القاهرة (رويترز) - قال مسؤول', 'رويترز', 'قال مسؤول'],
    ['(أ ف ب) – أعلنت الحكومة', 'أ ف ب', 'أعلنت الحكومة']
  ])('finds the source in %s', (line, source, rest) => {
    expect(splitDateline(line)).toEqual({ source, rest })
  })

  it('leaves sentences with brackets alone', () => {
    expect(splitDateline('ذكرت شبكة (سي.بي.إس نيوز) التلفزيونية أن الإدارة سحبت')).toBeNull()
    expect(splitDateline('قال بيان حكومي إن تونس ستستثمر 12 مليار دينار (خمسة مليارات دولار) - وفق')).toBeNull()
  })
})
