export { WatchService, type WatchImporter, type WatchServiceOptions } from './watchService'
export { isInProgressName } from './folderWatcher'
