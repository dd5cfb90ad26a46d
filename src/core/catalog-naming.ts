/** Backstage catalog naming rules (entity names and tags), shared by the pipeline and workflow models. */

/** Backstage entity names: 1-63 characters, letters and digits separated by `-`, `_` or `.`. */
export const CATALOG_NAME_PATTERN = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
/** Backstage tags: lowercase letters, digits, `:`, `+`, `#`, separated by single `-`; at most 63 characters. */
export const CATALOG_TAG_PATTERN = /^[a-z0-9:+#]+(-[a-z0-9:+#]+)*$/;

/** True if `name` is a valid Backstage entity name (catalog-model `isValidObjectName`, docs/rules.md#catalog-entity-name). */
export function isCatalogName(name: string): boolean {
  return name.length <= 63 && CATALOG_NAME_PATTERN.test(name);
}

/** True if `tag` is a valid Backstage tag (catalog-model `FieldFormatEntityPolicy`). */
export function isCatalogTag(tag: string): boolean {
  return tag.length <= 63 && CATALOG_TAG_PATTERN.test(tag);
}

/** A valid tag close to `tag`, for messages. */
export function suggestCatalogTag(tag: string): string {
  return (
    tag
      .toLowerCase()
      .replace(/[^a-z0-9:+#]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'tag'
  );
}
