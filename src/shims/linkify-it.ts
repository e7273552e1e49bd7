// Build shim for markdown-it's `linkify-it` import: the linter runs markdown-it with linkify off.
export default class LinkifyIt {
  add(): this { return this; }
  set(): this { return this; }
  tlds(): this { return this; }
  test(): boolean { return false; }
  pretest(): boolean { return false; }
  testSchemaAt(): number { return 0; }
  match(): null { return null; }
  matchAtStart(): null { return null; }
}
