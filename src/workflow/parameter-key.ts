/** Something with a form property key: a workflow input or a form-only field. */
export interface ParameterKey {
  /** The property key under `properties`, read as `${{ parameters.<id> }}`. */
  readonly id: string;
}
