/**
 * The export step's script: reads the plan JSON file and blanks the values of the given keys, e.g.
 * `tfplan=$(cat <plan> | sed -E 's/"(secret_key|access_key)":\{"value":"[^"]*"\}/"\1":{"value":""}/g')`.
 * The `\{`, `\}` and `\1` are for sed; nothing in it is `${`, so neither YAML nor Terraform changes it.
 */
export function exportPlanCommand(planFile: string, redactedKeys: readonly string[]): string {
  if (redactedKeys.length === 0) return `tfplan=$(cat ${planFile})`;
  const sed = String.raw`s/"(${redactedKeys.join('|')})":\{"value":"[^"]*"\}/"\1":{"value":""}/g`;
  return `tfplan=$(cat ${planFile} | sed -E '${sed}')`;
}
