import { BriefingRepository, type Library } from '../library'

const repositories = new WeakMap<Library, BriefingRepository>()

/** One repository (prepared statements) per open library; it goes away with the Library when the app switches. */
export function briefingRepository(library: Library): BriefingRepository {
  let repository = repositories.get(library)
  if (!repository) {
    repository = new BriefingRepository(library.db)
    repositories.set(library, repository)
  }
  return repository
}
