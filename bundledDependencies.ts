/**
 * Runtime packages built into our own output rather than loaded from node_modules at run time. linkedom is some
 * two hundred small ES modules, which Node resolves and loads one by one: 220 ms for the first HTML page of an
 * import, against 80 ms as one bundled chunk (still loaded only when an import meets an HTML page).
 */
export const BUNDLED_DEPENDENCIES = ['linkedom']
