/**
 * Electron's `Menu` and `MenuItem`, enough for a spec to find an item by its labels and click it as the user
 * would. Electron calls `click(menuItem, focusedWindow, event)`
 * (https://www.electronjs.org/docs/latest/api/menu-item); items with a role take their label from the role.
 */
export interface MenuItemOptions {
  label?: string
  role?: string
  type?: string
  accelerator?: string
  enabled?: boolean
  visible?: boolean
  click?: (item: StandInMenuItem, window: unknown, event: object) => void
  submenu?: MenuItemOptions[] | StandInMenu
}

export class StandInMenuItem {
  readonly label: string
  readonly role: string | undefined
  readonly type: string
  readonly accelerator: string | undefined
  readonly enabled: boolean
  readonly visible: boolean
  readonly submenu: StandInMenu | undefined
  readonly click: (event?: object, window?: unknown) => void

  constructor(options: MenuItemOptions) {
    this.role = options.role
    this.label = options.label ?? (options.role ? roleLabel(options.role) : '')
    this.type = options.type ?? (options.submenu ? 'submenu' : 'normal')
    this.accelerator = options.accelerator
    this.enabled = options.enabled ?? true
    this.visible = options.visible ?? true
    this.submenu =
      options.submenu === undefined
        ? undefined
        : options.submenu instanceof StandInMenu
          ? options.submenu
          : StandInMenu.buildFromTemplate(options.submenu)
    const onClick = options.click
    this.click = (event = {}, window) => onClick?.(this, window, event)
  }
}

export class StandInMenu {
  readonly items: StandInMenuItem[] = []

  static buildFromTemplate(template: MenuItemOptions[]): StandInMenu {
    const menu = new StandInMenu()
    for (const options of template) menu.items.push(new StandInMenuItem(options))
    return menu
  }

  /** The item reached through these labels, e.g. `find('File', 'Import…')`. */
  find(...labels: string[]): StandInMenuItem {
    let items: readonly StandInMenuItem[] = this.items
    let item: StandInMenuItem | undefined
    for (const label of labels) {
      item = items.find((candidate) => candidate.label === label)
      if (!item) throw new Error(`No menu item "${labels.join(' → ')}" (missing "${label}")`)
      items = item.submenu?.items ?? []
    }
    return item!
  }
}

function roleLabel(role: string): string {
  return role.charAt(0).toUpperCase() + role.slice(1)
}
