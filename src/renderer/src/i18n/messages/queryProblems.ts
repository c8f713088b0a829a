import type { ErrorShape } from '../../../../shared/errors'
import { describeQueryProblem, englishQueryProblems, queryProblemOf, type QueryProblemSentences } from '../../../../shared/queryProblems'
import type { Formatters } from './types'

/** Query syntax (field names, operators, examples) inside an Arabic sentence: isolated left-to-right (LRI … PDI). */
const code = (text: string) => `\u2066${text}\u2069`

/** Why a query cannot be searched, in Arabic; the query language's own words stay as written. */
export const arabicQueryProblems = (f: Formatters): QueryProblemSentences => ({
  'unclosed-quote': () => `علامة التنصيص لم تُغلق: أضف ${code('"')} الختامية`,
  'detached-mark': ({ mark }) => `يجب أن تلتصق ${code(mark)} بكلمة، كما في ${code(mark === '=' ? '=كلمة' : `كلمة${mark}`)}`,
  'unopened-group': () => `لا يقابل هذا القوس ${code(')')} قوسٌ مفتوح`,
  'empty-group': () => 'هذان القوسان فارغان',
  'unclosed-group': () => `هذا القوس ${code('(')} لم يُغلق`,
  'operator-needs-words': ({ operator }) => `يحتاج ${code(operator)} إلى كلمة على كل جانب`,
  'negation-needs-word': ({ operator }) => `يحتاج ${code(operator)} إلى كلمة بعده`,
  'operand-expected': () => `يُنتظر هنا كلمة أو ${code('"عبارة"')} أو ${code('(مجموعة)')}`,
  'field-needs-value': ({ field }) => `يحتاج ${code(`${field}:`)} إلى قيمة بعد النقطتين مباشرة`,
  'field-value-kind': ({ field }) => `يأخذ ${code(`${field}:`)} كلمة أو ${code('"عبارة"')} أو ${code('(مجموعة)')}`,
  'field-one-value': ({ field }) => `يأخذ ${code(`${field}:`)} قيمة واحدة (ولأكثر من قيمة اكتب ${code(`${field}:a OR ${field}:b`)})`,
  'near-unclosed': () => `${code('NEAR(')} هذا لم يُغلق`,
  'near-content': () => `لا يحوي ${code('NEAR( … )')} إلا كلمات و${code('"عبارات"')}، ثم فاصلة ومسافة`,
  'near-needs-two-words': () => `يحتاج ${code('NEAR')} إلى كلمتين على الأقل`,
  'near-ends-with-distance': () => `ينتهي ${code('NEAR( … , N)')} بالمسافة ثم ${code(')')}`,
  'near-distance-missing': () => `يجب أن يلي الفاصلةَ في ${code('NEAR( … , N)')} عددُ الكلمات`,
  'near-fuzzy': () => `لا تُستعمل ${code('~')} داخل ${code('NEAR( )')}`,
  'prefix-too-short': ({ minimum }) => `اكتب ${f.number(minimum)} أحرف على الأقل قبل ${code('*')}`,
  'source-needs-name': () => `يحتاج ${code('source:')} إلى اسم مصدر`,
  'tag-needs-name': () => `يحتاج ${code('tag:')} إلى اسم وسم`,
  'language-code': () => `يأخذ ${code('lang:')} رمز لغة، مثل ${code('ar')} أو ${code('fa')} أو ${code('en')} أو ${code('fr')}`,
  'nothing-to-search': () => 'لا شيء للبحث عنه هنا: ليس في البحث حروف ولا أرقام',
  'not-a-date': ({ text }) =>
    `«${text}» ليس تاريخًا: اكتب سنة أو شهرًا أو يومًا، مثل ${code('2024')} أو ${code('2024-03')} أو ${code('2024-03-15')}`,
  'no-such-month': ({ text, month }) => `لا شهر ${f.number(month)} في ${code(text)}`,
  'no-such-day': ({ text }) => `${code(text)} ليس يومًا في التقويم`,
  'range-needs-end': () => `يحتاج ${code('date:')} إلى طرف واحد على الأقل من النطاق، مثل ${code('2024-01..2024-03')}`,
  'range-backwards': ({ range }) => `ينتهي النطاق ${code(range)} قبل أن يبدأ`,
  'line-too-long': ({ length, maximum }) => `طول السطر ${f.number(length)} حرفًا، وأقصى طول للبحث ${f.number(maximum)}`
})

/** An `invalid-query` error in the interface's language; the core's English message when it names no problem. */
export function queryErrorSentence(sentences: QueryProblemSentences, error: ErrorShape): string {
  const problem = queryProblemOf(error.params)
  return problem ? describeQueryProblem(sentences, problem) : error.message
}

export { englishQueryProblems }
