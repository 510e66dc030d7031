/**
 * getStaticPaths for the four "one group's items" routes
 * (/councils/<slug>/, /councils/<slug>/2/ ...), shared so they page alike.
 */
import { getArchive, type DimensionName, type Group, type Item } from "./archive.ts";
import { pageToParam, splitIntoPages, type PageOf } from "./paginate.ts";

export interface GroupPageProps {
  group: Group;
  page: PageOf<Item>;
}

export async function groupPagePaths(dimension: DimensionName) {
  const archive = await getArchive();
  return archive.groups[dimension].flatMap((group) =>
    splitIntoPages(group.items).map((page) => ({
      params: { slug: group.slug, page: pageToParam(page.number) },
      props: { group, page } satisfies GroupPageProps,
    })),
  );
}
