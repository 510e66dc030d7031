/**
 * The describe step: metadata inferred from one item's text, claiming only what
 * the text supports. Pure and deterministic: the same input and data always give
 * the same output, in the same order.
 */
import { classifyItemTopics } from "./classify-topics.ts";
import { findAcronyms } from "./find-acronyms.ts";
import { findCouncil } from "./find-council.ts";
import { findDates } from "./find-dates.ts";
import { findFollowUps } from "./find-follow-ups.ts";
import { findMoney } from "./find-money.ts";
import { findOrganisations } from "./find-organisations.ts";
import { itemTexts } from "./item-texts.ts";
import type { DescribeData, DescribeInput, Description } from "./types.ts";

export type { DescribeData, DescribeInput, Description } from "./types.ts";

export function describeItem(input: DescribeInput, data: DescribeData): Description {
  const { title, text, resolutions, meetingDate } = input;
  // The title is part of what the item says ("Leicestershire Children's Services ...").
  const texts = itemTexts(title, text);
  const { whole } = texts;
  const referenceYear = meetingDate === undefined ? undefined : Number(meetingDate.slice(0, 4));
  const meeting = meetingDate === undefined ? {} : { meetingDate };

  const council = findCouncil(whole, data.councils, meeting);
  const description: Description = {
    ...(council === undefined ? {} : { council: council.name }),
    ...(council?.code === undefined ? {} : { councilCode: council.code }),
    topics: classifyItemTopics(texts, data.topics),
    datesMentioned: findDates(whole, referenceYear === undefined ? {} : { referenceYear }),
    money: findMoney(whole),
    organisations: findOrganisations(whole, data.organisations),
    acronyms: findAcronyms(whole),
    followUps: findFollowUps(text, resolutions, meeting),
  };
  return description;
}
