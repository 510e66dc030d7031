import { describe, expect, it } from "vitest";
import { findOrganisations } from "../../../scripts/ingest/describe/find-organisations.ts";
import { loadDescribeData } from "../../../scripts/ingest/describe/load-describe-data.ts";
import { readSample } from "./samples.ts";

const { organisations } = loadDescribeData();
const find = (text: string) => findOrganisations(text, organisations);

describe("findOrganisations", () => {
  it("finds the providers in the Leicestershire sample, in order of first mention", () => {
    expect(find(readSample("leicestershire").text)).toEqual(["Action for Children", "Barnardo's"]);
  });

  it("finds Ofsted in sample 003 but not Mockingbird, which is a programme", () => {
    expect(find(readSample("noCouncil").text)).toEqual(["Ofsted"]);
  });

  it("finds none in the Monmouthshire sample", () => {
    expect(find(readSample("monmouthshire").text)).toEqual([]);
  });

  it("accepts straight and curly apostrophes and capitals", () => {
    expect(find("Barnardo’s")).toEqual(["Barnardo's"]);
    expect(find("Barnardo's")).toEqual(["Barnardo's"]);
    expect(find("BARNARDO'S and OFSTED")).toEqual(["Barnardo's", "Ofsted"]);
    expect(find("The Children’s Commissioner")).toEqual(["Children's Commissioner for England"]);
  });

  it("prefers the longer name where one holds another", () => {
    expect(find("Care Inspectorate Wales visited")).toEqual(["Care Inspectorate Wales"]);
    expect(find("the Care Inspectorate visited")).toEqual(["Care Inspectorate"]);
    expect(find("the Children's Commissioner for Wales")).toEqual(["Children's Commissioner for Wales"]);
  });

  it("matches acronyms exactly and names that are ordinary phrases only as capitalised", () => {
    expect(find("the NSPCC and the DfE")).toEqual(["NSPCC", "Department for Education"]);
    expect(find("we need urgent action for children in care")).toEqual([]);
    expect(find("young people become adults; a catch 22; a home office")).toEqual([]);
    expect(find("commissioned from the charity Become")).toEqual(["Become"]);
  });
});
