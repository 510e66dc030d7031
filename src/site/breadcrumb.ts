/** One step of the breadcrumb trail; the last step is the current page and has no link. */
export interface Crumb {
  label: string;
  /** Path relative to the base; omitted for the current page. */
  path?: string;
}
