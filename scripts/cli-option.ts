/** How the deck's commands read an option: `--name=value` split in two, any other argument as it is. */
export function splitOption(arg: string): [name: string, inlineValue: string | undefined] {
  const equals = arg.indexOf('=')
  return arg.startsWith('--') && equals !== -1 ? [arg.slice(0, equals), arg.slice(equals + 1)] : [arg, undefined]
}
