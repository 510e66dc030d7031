/**
 * getStaticPaths for the four "one group's items" routes
 * (/councils/<slug>/, /councils/<slug>/2/ ...), shared so they page alike.
 */
import { getArchive, type DimensionName, type Group, type Item } from "./archive.ts";
import { cacheKeyOf, itemsKeyPart } from "./cache-key.ts";
import { pageToParam, splitIntoPages, type PageOf } from "./paginate.ts";

export interface GroupPageProps {
  group: Group;
  page: PageOf<Item>;
}

/** What a listing page shows: the group's name, link and size, where the page is, and its items. */
function groupPageCacheKey({ group, page }: GroupPageProps): string {
  const { items, ...position } = page;
  return cacheKeyOf([group.slug, group.label, group.detail ?? null, group.known, position, itemsKeyPart(items)]);
}

export async function groupPagePaths(dimension: DimensionName) {
  const archive = await getArchive();
  return archive.groups[dimension].flatMap((group) =>
    splitIntoPages(group.items).map((page) => {
      const props: GroupPageProps = { group, page };
      return {
        params: { slug: group.slug, page: pageToParam(page.number) },
        props,
        cacheKey: groupPageCacheKey(props),
      };
    }),
  );
}
