import { describe, expect, it } from 'vitest'
import { analyseForIndex } from '../library'
import { bandKeys, BANDS, signatureFromBytes, signatureOf, signatureToBytes, similarity } from './minhash'

const paragraphs = [
  'أعلنت وزارة الصحة اليوم الأحد عن تسجيل ارتفاع في عدد الإصابات بالحمى الموسمية في المحافظات الشمالية خلال الأسبوع الماضي.',
  'وقال المتحدث باسم الوزارة في مؤتمر صحفي إن الفرق الطبية انتشرت في القرى الأكثر تضرراً وإن المستشفيات رفعت درجة الاستعداد.',
  'وأضاف أن الوزارة وزعت أكثر من عشرين ألف جرعة من اللقاح على المراكز الصحية وأنها ستفتح مراكز مؤقتة في المدارس.',
  'ودعا المواطنين إلى مراجعة أقرب مركز صحي عند ظهور الأعراض وعدم تناول المضادات الحيوية دون استشارة الطبيب.',
  'وكانت منظمة الصحة العالمية قد حذرت الشهر الماضي من موجة جديدة في المنطقة بسبب تغير الطقس وارتفاع درجات الحرارة.',
  'وتشير الأرقام الرسمية إلى أن عدد الحالات هذا العام يفوق ما سجل في العامين الماضيين مجتمعين.'
]
const signature = (text: string) => signatureOf(analyseForIndex(text).terms)

describe('near-duplicate signatures', () => {
  const original = signature(paragraphs.join('\n'))!

  it('finds a copy with a paragraph dropped and two reordered very similar', () => {
    const copy = signature([paragraphs[0], paragraphs[2], paragraphs[1], paragraphs[3], paragraphs[4]].join('\n'))!
    expect(similarity(original, copy)).toBeGreaterThan(0.6)
  })

  it('is blind to harakat, tatweel, hamza seats, ة/ه and Persian letters', () => {
    const respelled = paragraphs
      .join('\n')
      .replace(/الصحة/g, 'الصحـه')
      .replace(/أعلنت/g, 'اعلنت')
      .replace(/المحافظات/g, 'المُحافظات')
      .replace(/الشمالية/g, 'الشمالیة')
    expect(similarity(original, signature(respelled)!)).toBe(1)
  })

  it('tells a separately written report of the same event apart', () => {
    const other = signature(
      'قالت السلطات الصحية إن الحمى الموسمية تنتشر في الشمال، وإن الإصابات ارتفعت الأسبوع الماضي. ' +
        'ونشرت الوزارة فرقاً طبية في القرى، ووزعت جرعات من اللقاح على المراكز، داعية السكان إلى زيارة الأطباء. ' +
        'وحذرت منظمة الصحة العالمية من موجة جديدة مع ارتفاع الحرارة، فيما تظهر الأرقام زيادة كبيرة عن العامين السابقين.'
    )!
    expect(similarity(original, other)).toBeLessThan(0.2)
  })

  it('gives no signature to a story too short to judge', () => {
    expect(signature('خبر قصير جداً من سطر واحد')).toBeNull()
  })

  it('turns a signature into band keys that copies share and round-trips it through bytes', () => {
    const keys = bandKeys(original)
    expect(keys).toHaveLength(BANDS)
    expect(new Set(keys).size).toBe(BANDS)
    expect(keys.every((key) => Number.isSafeInteger(key) && key >= 0)).toBe(true)
    expect(bandKeys(signature(paragraphs.join('\n'))!)).toEqual(keys)
    expect(signatureFromBytes(signatureToBytes(original))).toEqual(original)
  })
})
