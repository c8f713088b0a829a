import { normalizeTerm } from './normalize'

/*
 * Function words that carry no topic: search uses them to rank and to choose snippets, never to
 * drop words from the index or from a quoted phrase. Written as a reader would; they are
 * normalised when the module loads, so الى, إلى and إلىٰ all count. Common clitic combinations
 * (وفي، ومن، فإن، بأن) are listed because isStopword sees terms, not stems.
 */

const ARABIC_STOPWORDS = `
في من إلى على عن مع منذ حتى خلال عبر ضد نحو لدى عند بين دون حول قبل بعد فوق تحت أمام وراء خلف
ثم أو أم بل لكن لكنه لكنها غير سوى إلا ألا أن إن أنه أنها إنه إنها أنهم إنهم لأن كأن ليت لعل
كان كانت كانوا يكون تكون يكن ليس ليست ليسوا صار أصبح أصبحت ظل ظلت مازال لايزال يزال
قد لقد لم لن لا ما ماذا متى أين كيف كم هل أي أية إذ إذا إذن لو لولا كلما بينما عندما حين حيث
هو هي هم هن هما أنا نحن أنت أنتم أنتن أنتما إياه إياها إياهم
هذا هذه هذان هاتان هؤلاء ذلك تلك ذاك أولئك هنا هناك هنالك
الذي التي الذين اللذين اللتين اللاتي اللواتي
له لها لهم لهما لهن لي لنا لك لكم به بها بهم فيه فيها فيهم منه منها منهم عنه عنها عنهم
عليه عليها عليهم إليه إليها إليهم معه معها معهم
كل بعض جميع كلا أحد إحدى أيضا فقط جدا كذلك كما مثل مثلا وفق وفقا
يمكن تم يتم سوف قال قالت وقال وقالت
و ف ب ل ك وفي ومن وإلى وعلى وعن ومع وبين وقد ولم ولن ولا وما وهو وهي وهم وكان وكانت ولكن
والذي والتي والذين وهذا وهذه وذلك وأن وإن وأنه فإن فإنه فقد فلا بأن بأنه بأنها لأنه لأنها بعدما
`

const ENGLISH_STOPWORDS = `
a an and are as at be been but by for from has have he her his i in into is it its of on or our
she that the their them they this to was we were which who will with you your
`

const STOPWORDS: ReadonlySet<string> = new Set(
  `${ARABIC_STOPWORDS} ${ENGLISH_STOPWORDS}`
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .map(normalizeTerm)
)

/** True for Arabic and English function words; takes a normalised term (see normalizeTerm). */
export function isStopword(term: string): boolean {
  return STOPWORDS.has(term)
}
