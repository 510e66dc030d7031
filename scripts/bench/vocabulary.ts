/**
 * Words and sentence parts the synthetic minutes are made of, in the register
 * of the three samples in content/raw/: officers' titles, committees, services,
 * the things members ask about. Slots in {braces} are filled by minutes-text.ts.
 */
import { monthNames } from "../../src/site/format-date.ts";

export const committees = [
  "Children and Families Overview and Scrutiny Committee",
  "Children and Young People Select Committee",
  "People and Health Overview Committee",
  "Corporate Parenting Board",
  "Children's Services Scrutiny Panel",
  "Education and Children's Services Scrutiny Committee",
  "Children, Young People and Skills Scrutiny Committee",
  "Safeguarding Overview and Scrutiny Committee",
  "Scrutiny Committee for Children and Learning",
  "Families and Communities Scrutiny Sub-Committee",
];

export const roles = [
  "Director of Children and Family Services",
  "Head of Children's Services",
  "Executive Director for People (Children)",
  "Service Manager for Strategic Partnerships",
  "Assistant Director for Safeguarding",
  "Head of Fostering",
  "Leaving Care Manager",
  "Principal Social Worker",
  "Head of Early Help",
  "Corporate Director for Commissioning and Partnerships",
  "Virtual School Headteacher",
  "Head of Youth Justice",
];

export const subjects = [
  "Children's Social Care Investment Plan",
  "Annual Self Evaluation of Children's Services",
  "Sufficiency Strategy for Looked After Children",
  "Care Leavers Local Offer",
  "Fostering Recruitment and Retention",
  "Youth Justice Plan",
  "Early Help Strategy",
  "Special Educational Needs and Disabilities Improvement Plan",
  "Ofsted Inspection of Local Authority Children's Services",
  "Corporate Parenting Annual Report",
  "Residential Care Commissioning",
  "Social Work Workforce Strategy",
  "Unaccompanied Asylum Seeking Children",
  "Child Exploitation Annual Report",
  "Emotional Health and Wellbeing of Children in Care",
  "Adoption Regional Agency Performance",
  "Children's Services Budget Monitoring",
  "Family Hubs Programme",
  "Local Safeguarding Children Partnership Annual Report",
  "Participation and Voice of the Child",
  "Kinship Care Allowances",
  "Elective Home Education",
  "Placement Stability Performance Report",
  "Independent Reviewing Officer Annual Report",
];

export const titleSuffixes = [
  "",
  "",
  "",
  " - Update",
  " 2021-2024",
  ": Progress Report",
  " - Quarterly Performance",
  ": Consultation Outcome",
];

export const descriptions = [
  "To consider the report of the {role}.",
  "To receive a presentation from the {role}.",
  "To consider and endorse the {subject}.",
  "Report of the {role} on the {subject}.",
];

export const openings = [
  "The Committee considered a report of the {role} which set out the proposals for the {subject}.",
  "The {role} presented the report to the committee and highlighted the main areas of progress since the last meeting.",
  "Members received a presentation from the {role} on the {subject}, a copy of which is filed with these minutes.",
  "The Portfolio Holder for Children and Families introduced the report and thanked officers for their work across {council}.",
  "The Chairman welcomed the {role} to the meeting and invited them to introduce the {subject}.",
];

export const points = [
  "The number of looked after children had risen by {percent}% over the year, with a higher proportion of teenagers entering care.",
  "It was noted that the contract value of the current provision was {money} compared with the annual value of the new model of {money}.",
  "In response to a query, it was reported that the average caseload for social workers was {count}, with a handful of officers holding cases in the low twenties.",
  "Members asked about the recruitment of foster carers and were told that {count} new fostering households had been approved since April.",
  "The service had commissioned {count} additional residential placements to reduce reliance on out of area provision.",
  "Concerns were expressed about the cost of agency social workers, which had reached {money} in the last quarter.",
  "Officers confirmed that every care leaver had been offered a pathway plan and a personal adviser.",
  "The Multi-Agency Safeguarding Hub had received {count} contacts in the period, of which a third progressed to assessment.",
  "It was acknowledged that the work of the edge of care team had been highly successful in stabilising placements and ensuring children returned home.",
  "Members welcomed the improvement in the timeliness of initial health assessments for children in care.",
  "The Virtual School reported improved attendance for children looked after, though exclusions remained a concern.",
  "A review of the provision for disabled children and young people was under way and would report in {month}.",
  "The service was working with Barnardo's and Action for Children to ensure continuity of service for young people.",
  "Officers were asked how the council would meet the rising demand for education, health and care plans.",
  "The Youth Justice Service had seen a reduction in first time entrants of {percent}% compared with the previous year.",
  "Members asked whether the family hub model would reach families in rural areas, and were told that outreach sessions were planned.",
  "There was no retention problem within the service, but a movement of officers across teams where they wanted new challenges.",
  "The {role} advised that the Ofsted inspection had judged the service to be good, with leadership described as outstanding.",
  "The budget for children's social care was forecast to overspend by {money}, largely due to the cost of external placements.",
  "It was noted that {count} unaccompanied asylum seeking children were supported under the National Transfer Scheme.",
  "Councillors considered the issues arising from the report and asked for the voice of children to be reflected in future reports.",
  "The Committee noted that a report was being presented to the Cabinet on {date} to seek approval for additional capital investment.",
];

export const labels = [
  "Key Issues:",
  "Member Scrutiny:",
  "Context:",
  "Arising from the discussion, the following points were raised:",
  "During the discussion, the following areas were covered:",
];

export const resolutions = [
  "That the report be noted",
  "That an update on progress be provided to the Committee in six months",
  "That a further progress update be provided to the Committee in a years' time",
  "That the strategy be endorsed and recommended to Cabinet",
  "That officers circulate the performance data to all members of the Committee",
  "That the Committee's thanks to staff be recorded",
  "That the {subject} be brought back to the Committee at its meeting on {date}",
];

export const documents = [
  "{subject} PDF {kb} KB",
  "Appendix A - Business Case PDF {kb} KB",
  "Appendix B - Consultation Feedback PDF {kb} KB",
  "Performance Scorecard PDF {kb} KB",
];

export const months: readonly string[] = monthNames;

export const surnames = [
  "Ahmed",
  "Okafor",
  "Wren",
  "Marsh",
  "Patel",
  "Hughes",
  "Llewellyn",
  "Campbell",
  "O'Neill",
  "Kowalski",
  "Nguyen",
  "Bennett",
  "Fraser",
  "Davies",
  "Singh",
  "Murphy",
  "Thornton",
  "Achebe",
  "Harrington",
  "Pritchard",
  "Mensah",
  "Gallagher",
  "Whitfield",
  "Rahman",
  "Sutherland",
  "Blackwood",
  "Osei",
  "Fitzgerald",
  "Holloway",
  "Evans",
  "Clarke",
  "Iqbal",
  "MacLeod",
  "Ramsay",
  "Lindqvist",
  "Adeyemi",
];

export const questions = [
  "Councillor {surname} asked how many children were waiting for an assessment, and the {role} undertook to provide the figure after the meeting.",
  "Councillor {surname} raised concerns about placements made outside {council} and the distance children travelled to school.",
  "In response to Councillor {surname}, officers explained that the pilot scheme of {count} foster families working with a clinical psychologist would be evaluated in {month}.",
  "Councillor {surname} welcomed the report but asked that future reports include comparisons with statistical neighbours.",
];
