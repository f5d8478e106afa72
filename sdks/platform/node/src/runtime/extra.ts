// Fields beyond a model's known ones: kept on the decoded object, read through `extraField()`.

/** The key of the type-only marker of an open model (never present at run time). */
declare const extraFields: unique symbol;

/**
 * Marks a model whose schema allows fields it does not name (`additionalProperties`), their
 * values typed `V`. Only a type: nothing is ever stored under the marker.
 */
export interface OpenModel<V = unknown> {
  readonly [extraFields]?: V;
}

/** The type of the extra fields an open model allows. */
export type ExtraFieldValue<T extends OpenModel> = Exclude<T[typeof extraFields], undefined>;

/**
 * A field of a decoded model that its type does not name (a newer server's field, or a key the
 * schema's `additionalProperties` allows), or `undefined` when absent. It compiles only for models
 * whose schema allows such fields, and not for the model's known keys (read those directly).
 */
export function extraField<T extends OpenModel, K extends string>(
  model: T,
  key: K & (K extends keyof T ? never : K),
): ExtraFieldValue<T> | undefined {
  if (!Object.prototype.hasOwnProperty.call(model, key)) {
    return undefined;
  }
  return (model as unknown as Record<string, ExtraFieldValue<T>>)[key];
}
