import type { TagPaletteName } from '../../../../shared/tagColors'
import { arabicNouns, englishNouns } from './nouns'
import { plural, type MessageBundle } from './types'

/** Managing tags from the tag tree: rename, colour, merge, delete. */
export interface TagMessages {
  tagActions(name: string): string
  renameTag: string
  renameTagLabel: string
  renameTagHint: string
  recolourTag: string
  tagColourName(colour: TagPaletteName): string
  mergeTag: string
  mergeTagLabel(name: string): string
  tagMerged(from: string, into: string): string
  deleteTag: string
  confirmDeleteTag(name: string, stories: number): string
  tagDeleted(name: string): string
}

const arabicColours: Record<TagPaletteName, string> = {
  blue: 'أزرق',
  green: 'أخضر',
  red: 'أحمر',
  purple: 'بنفسجي',
  orange: 'برتقالي',
  teal: 'أزرق مخضر',
  pink: 'وردي',
  brown: 'بني',
  indigo: 'نيلي',
  grey: 'رمادي'
}

export const tagMessages: MessageBundle<TagMessages> = {
  en: (f) => ({
    tagActions: (name) => `Rename, recolour, merge or delete the tag “${name}”`,
    renameTag: 'Rename…',
    renameTagLabel: 'New name',
    renameTagHint: 'A path moves the tag: Asia/Korea puts it under Asia. Its subtags follow.',
    recolourTag: 'Colour',
    tagColourName: (colour) => colour,
    mergeTag: 'Merge into…',
    mergeTagLabel: (name) => `Merge “${name}” into`,
    tagMerged: (from, into) => `Merged “${from}” into “${into}”`,
    deleteTag: 'Delete',
    confirmDeleteTag: (name, stories) =>
      `Delete the tag “${name}” and its subtags? It comes off ${plural(f, stories, englishNouns.story)}; the stories stay.`,
    tagDeleted: (name) => `Deleted the tag “${name}”`
  }),
  ar: (f) => ({
    tagActions: (name) => `إعادة تسمية الوسم «${name}» أو تلوينه أو دمجه أو حذفه`,
    renameTag: 'إعادة التسمية…',
    renameTagLabel: 'الاسم الجديد',
    renameTagHint: 'المسار ينقل الوسم: «آسيا/كوريا» تضعه تحت «آسيا»، وتتبعه وسومه الفرعية.',
    recolourTag: 'اللون',
    tagColourName: (colour) => arabicColours[colour],
    mergeTag: 'دمج في…',
    mergeTagLabel: (name) => `دمج «${name}» في`,
    tagMerged: (from, into) => `دُمج «${from}» في «${into}»`,
    deleteTag: 'حذف',
    confirmDeleteTag: (name, stories) =>
      `أتحذف الوسم «${name}» ووسومه الفرعية؟ يُزال عن ${plural(f, stories, { ...arabicNouns.story, two: 'خبرين' })}، وتبقى الأخبار.`,
    tagDeleted: (name) => `حُذف الوسم «${name}»`
  })
}
